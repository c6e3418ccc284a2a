import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DOMAIN_EVENTS_QUEUE, DomainEventJob } from './catalogue';
import { jobFor, OUTBOX_ROW_COLUMNS, OutboxRow, toDomainEventJob, withTimeout } from './domain-event-jobs';

export const RELAY_BATCH_SIZE = 100;
/** Longest a claimed batch may wait on Redis before the transaction gives its rows back. */
export const REDIS_TIMEOUT_MS = 5000;
const POLL_INTERVAL_NAME = 'outbox-relay-poll';

/**
 * Moves committed outbox rows to the queue. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * any number of workers share the work; a row is marked dispatched in the same transaction
 * that queued it, so when Redis refuses the job the row simply stays for the next attempt.
 *
 * It polls every OUTBOX_POLL_INTERVAL_MS, and the events committed in between go to Redis in
 * one batch; the processor wakes it at once for events its consumers wrote. It does not
 * LISTEN for a NOTIFY from the outbox: PostgreSQL serialises the commits of all notifying
 * transactions on one lock held through the WAL flush, which made every command wait for the
 * others' commits.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private running: Promise<void> | null = null;
  private runAgain = false;
  private stopped = false;
  private failing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    @InjectQueue(DOMAIN_EVENTS_QUEUE) private readonly queue: Queue<DomainEventJob>,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    // Queue connection errors surface as rejected adds; without a listener they would crash the process.
    this.queue.on('error', (error) => this.logger.debug(`Event queue: ${error.message}`));
    this.scheduler.addInterval(
      POLL_INTERVAL_NAME,
      setInterval(() => this.wake(), this.config.OUTBOX_POLL_INTERVAL_MS),
    );
    // Rows committed while no relay ran go at once, not a poll later.
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.scheduler.doesExist('interval', POLL_INTERVAL_NAME)) this.scheduler.deleteInterval(POLL_INTERVAL_NAME);
    await this.running;
  }

  /**
   * Relays every undispatched row, batch by batch; returns how many were queued. Rejects when
   * Redis is unavailable, leaving the batch it was on undispatched.
   */
  async relayOnce(): Promise<number> {
    // Most polls find nothing: for those, one look at the index and no transaction.
    const [{ waiting }]: { waiting: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM outbox_event WHERE dispatched_at IS NULL) AS waiting`,
    );
    if (!waiting) return 0;
    let total = 0;
    for (;;) {
      const relayed = await this.relayBatch();
      total += relayed;
      if (relayed < RELAY_BATCH_SIZE) return total;
    }
  }

  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT ${OUTBOX_ROW_COLUMNS} FROM outbox_event
         WHERE dispatched_at IS NULL
         ORDER BY seq
         LIMIT $1
         FOR UPDATE SKIP LOCKED`,
        [RELAY_BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      // The event id is the job id: a batch queued again after a lost commit is a no-op in BullMQ.
      await withTimeout(
        this.queue.addBulk(rows.map((row) => jobFor(toDomainEventJob(row)))),
        REDIS_TIMEOUT_MS,
        'Queueing domain events',
      );
      await manager.query(
        `UPDATE outbox_event SET dispatched_at = now(), dispatch_count = dispatch_count + 1 WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id)],
      );
      return rows.length;
    });
  }

  /** Runs the relay now, in the background, not at the next poll; calls while it runs fold into one more pass. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.runAgain = true;
      return;
    }
    this.running = this.relayInBackground().finally(() => {
      this.running = null;
      if (this.runAgain) {
        this.runAgain = false;
        this.wake();
      }
    });
  }

  private async relayInBackground(): Promise<void> {
    try {
      const relayed = await this.relayOnce();
      if (this.failing) this.logger.log('Outbox relay recovered');
      this.failing = false;
      if (relayed) this.logger.debug(`Relayed ${relayed} domain events`);
    } catch (error) {
      // Logged once per outage, not on every poll; the rows wait in the outbox meanwhile.
      if (!this.failing) this.logger.warn(`Outbox relay paused: ${(error as Error).message}`);
      this.failing = true;
    }
  }
}
