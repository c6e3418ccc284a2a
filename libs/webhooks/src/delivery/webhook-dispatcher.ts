import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared } from '@app/database';
import { WEBHOOK_DELIVERIES_QUEUE, WebhookDeliveryJob } from '@app/events';

const POLL_INTERVAL_NAME = 'webhook-dispatcher-poll';
const BATCH_SIZE = 500;

/**
 * A job is removed once run: a later re-add of the same attempt (another worker's poll) is then
 * harmless, because the processor claims a delivery only while its attempt is due.
 */
const JOB_OPTIONS: JobsOptions = { attempts: 1, removeOnComplete: true, removeOnFail: true };

/**
 * Queues the deliveries that are due, every WEBHOOK_POLL_INTERVAL_MS. The database is the
 * source of truth (a retry's time is stored with the delivery), so a Redis outage or a lost
 * job delays a delivery but loses none; job ids (delivery and attempt) keep any number of
 * workers from queueing an attempt twice while it waits.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private running: Promise<number> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    @InjectQueue(WEBHOOK_DELIVERIES_QUEUE) private readonly queue: Queue<WebhookDeliveryJob>,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.on('error', (error) => this.logger.debug(`Webhook queue: ${error.message}`));
    this.scheduler.addInterval(POLL_INTERVAL_NAME, setInterval(() => void this.tick(), this.config.WEBHOOK_POLL_INTERVAL_MS));
  }

  async onModuleDestroy(): Promise<void> {
    if (this.scheduler.doesExist('interval', POLL_INTERVAL_NAME)) this.scheduler.deleteInterval(POLL_INTERVAL_NAME);
    await this.running;
  }

  /** Queues every due delivery's next attempt; returns how many were offered to the queue. */
  async dispatchOnce(): Promise<number> {
    const due = await queryPrepared<{ id: string; attempts: number }>(
      this.db,
      `SELECT id, attempts FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT $1`,
      [BATCH_SIZE],
    );
    if (due.length === 0) return 0;
    await this.queue.addBulk(
      due.map(({ id, attempts }) => {
        const attempt = attempts + 1;
        return { name: 'deliver', data: { deliveryId: id, attempt }, opts: { ...JOB_OPTIONS, jobId: `${id}-${attempt}` } };
      }),
    );
    return due.length;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.dispatchOnce();
    try {
      await this.running;
    } catch (error) {
      this.logger.warn(`Queueing due webhook deliveries failed: ${(error as Error).message}`);
    } finally {
      this.running = null;
    }
  }
}
