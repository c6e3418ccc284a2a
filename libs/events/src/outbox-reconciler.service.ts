import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DOMAIN_EVENTS_QUEUE, DomainEventJob } from './catalogue';
import {
  jobFor,
  OUTBOX_ROW_COLUMNS,
  OutboxRow,
  reconcileIntervalMs,
  toDomainEventJob,
  withTimeout,
} from './domain-event-jobs';
import { REDIS_TIMEOUT_MS, RELAY_BATCH_SIZE } from './outbox-relay.service';

const INTERVAL_NAME = 'outbox-reconcile';

/** What the reconciler does with an event that was queued long ago and is still unprocessed. */
export type Redelivery = 'requeue' | 'retry' | 'replace' | 'leave';

/**
 * Decides from the job's state in Redis: a missing job (Redis restarted empty, or trimmed)
 * is queued again; a job that failed for good is retried; a completed job whose event is not
 * processed is replaced; a job still waiting, delayed or running is left alone.
 */
export function redeliveryFor(state: string | undefined): Redelivery {
  switch (state) {
    case undefined:
    case 'unknown':
      return 'requeue';
    case 'failed':
      return 'retry';
    case 'completed':
      return 'replace';
    default:
      return 'leave';
  }
}

/**
 * Guarantees delivery when Redis loses jobs: PostgreSQL says which events no consumer has
 * acknowledged yet, Redis is only asked whether their job still exists. Runs on a timer in
 * the process (not as a BullMQ repeatable job, which would vanish with a flushed Redis).
 */
@Injectable()
export class OutboxReconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxReconciler.name);
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    @InjectQueue(DOMAIN_EVENTS_QUEUE) private readonly queue: Queue<DomainEventJob>,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const every = reconcileIntervalMs(this.config.OUTBOX_REDELIVER_AFTER_SECONDS);
    this.scheduler.addInterval(
      INTERVAL_NAME,
      setInterval(() => {
        if (this.running) return;
        this.running = this.reconcileOnce()
          .then((count) => count && this.logger.warn(`Redelivered ${count} domain events`))
          .catch((error: Error) => this.logger.warn(`Outbox reconciliation failed: ${error.message}`))
          .finally(() => (this.running = null));
      }, every),
    );
  }

  async onModuleDestroy(): Promise<void> {
    if (this.scheduler.doesExist('interval', INTERVAL_NAME)) this.scheduler.deleteInterval(INTERVAL_NAME);
    await this.running;
  }

  /**
   * Redelivers events dispatched at least `olderThanSeconds` ago that are still unprocessed;
   * returns how many were queued again or retried. Every event it looks at gets a fresh
   * `dispatched_at`, so the next pass moves on to others instead of re-reading the same batch.
   */
  async reconcileOnce(olderThanSeconds = this.config.OUTBOX_REDELIVER_AFTER_SECONDS): Promise<number> {
    // One cutoff for the whole pass: rows it touches get a later dispatched_at and drop out.
    const [{ cutoff }]: { cutoff: Date }[] = await this.dataSource.query(
      `SELECT now() - make_interval(secs => $1) AS cutoff`,
      [olderThanSeconds],
    );
    let total = 0;
    for (;;) {
      const { examined, redelivered } = await this.reconcileBatch(cutoff);
      total += redelivered;
      if (examined < RELAY_BATCH_SIZE) return total;
    }
  }

  private reconcileBatch(cutoff: Date): Promise<{ examined: number; redelivered: number }> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT ${OUTBOX_ROW_COLUMNS} FROM outbox_event
         WHERE processed_at IS NULL AND dispatched_at <= $1
         ORDER BY dispatched_at
         LIMIT $2
         FOR UPDATE SKIP LOCKED`,
        [cutoff, RELAY_BATCH_SIZE],
      );
      const redelivered: string[] = [];
      for (const row of rows) {
        if (await withTimeout(this.redeliver(row), REDIS_TIMEOUT_MS, 'Redelivering a domain event')) {
          redelivered.push(row.id);
        }
      }
      if (rows.length) {
        await manager.query(
          `UPDATE outbox_event
           SET dispatched_at = now(),
               dispatch_count = dispatch_count + CASE WHEN id = ANY($2::uuid[]) THEN 1 ELSE 0 END
           WHERE id = ANY($1::uuid[])`,
          [rows.map((row) => row.id), redelivered],
        );
      }
      return { examined: rows.length, redelivered: redelivered.length };
    });
  }

  private async redeliver(row: OutboxRow): Promise<boolean> {
    const job = await this.queue.getJob(row.id);
    const action = redeliveryFor(job ? await job.getState() : undefined);
    if (action === 'leave') return false;
    if (job && action === 'retry') {
      await job.retry('failed', { resetAttemptsMade: true });
      return true;
    }
    if (job && action === 'replace') {
      this.logger.warn(`Event ${row.id} completed in the queue but is not processed; queueing it again`);
      await job.remove();
    }
    const { name, data, opts } = jobFor(toDomainEventJob(row));
    await this.queue.add(name, data, opts);
    return true;
  }
}
