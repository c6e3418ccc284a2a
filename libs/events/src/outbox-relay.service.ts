import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DOMAIN_EVENTS_QUEUE, DomainEventJob } from './catalogue';
import { jobFor, OUTBOX_ROW_COLUMNS, OutboxRow, toDomainEventJob, withTimeout } from './domain-event-jobs';

export const RELAY_BATCH_SIZE = 100;
/** Longest a claimed batch may wait on Redis before the transaction gives its rows back. */
export const REDIS_TIMEOUT_MS = 5000;
const POLL_INTERVAL_NAME = 'outbox-relay-poll';
const NOTIFY_CHANNEL = 'outbox_event';

/**
 * Moves committed outbox rows to the queue. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * any number of workers share the work; a row is marked dispatched in the same transaction
 * that queued it, so when Redis refuses the job the row simply stays for the next attempt.
 * It wakes on NOTIFY from the outbox trigger and also polls, which covers a lost listener.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private running: Promise<void> | null = null;
  private runAgain = false;
  private stopped = false;
  private failing = false;
  private listener: Client | null = null;
  private relisten: NodeJS.Timeout | null = null;
  private gathering: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    @InjectQueue(DOMAIN_EVENTS_QUEUE) private readonly queue: Queue<DomainEventJob>,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Queue connection errors surface as rejected adds; without a listener they would crash the process.
    this.queue.on('error', (error) => this.logger.debug(`Event queue: ${error.message}`));
    this.scheduler.addInterval(
      POLL_INTERVAL_NAME,
      setInterval(() => this.wakeSoon(), this.config.OUTBOX_POLL_INTERVAL_MS),
    );
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.scheduler.doesExist('interval', POLL_INTERVAL_NAME)) this.scheduler.deleteInterval(POLL_INTERVAL_NAME);
    if (this.relisten) clearTimeout(this.relisten);
    if (this.gathering) clearTimeout(this.gathering);
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    await this.running;
  }

  /**
   * Relays every undispatched row, batch by batch; returns how many were queued. Rejects when
   * Redis is unavailable, leaving the batch it was on undispatched.
   */
  async relayOnce(): Promise<number> {
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

  /**
   * A commit's NOTIFY (or a poll): the relay runs after OUTBOX_RELAY_GATHER_MS, so under load
   * the events committed meanwhile go in one batch (one claim, one Redis round trip) rather
   * than one each.
   */
  private wakeSoon(): void {
    if (this.gathering || this.stopped) return;
    this.gathering = setTimeout(() => {
      this.gathering = null;
      this.wake();
    }, this.config.OUTBOX_RELAY_GATHER_MS);
  }

  /** Runs the relay in the background; wake-ups while it runs fold into one more pass. */
  private wake(): void {
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

  /** A dedicated connection: LISTEN needs a session of its own, outside the pool. */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    const retry = (error: Error) => {
      if (this.stopped || this.listener !== client) return;
      this.logger.warn(`Outbox listener lost (${error.message}); polling until it is back`);
      this.listener = null;
      void client.end().catch(() => undefined);
      this.relisten = setTimeout(() => void this.listen(), this.config.OUTBOX_POLL_INTERVAL_MS);
    };
    client.on('notification', () => this.wakeSoon());
    client.on('error', retry);
    client.on('end', () => retry(new Error('connection ended')));
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (error) {
      retry(error as Error);
      return;
    }
    // Rows committed before the LISTEN took effect sent their NOTIFY to nobody.
    this.wake();
  }
}
