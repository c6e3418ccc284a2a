import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared } from '@app/database';
import { MAIL_QUEUE, MAIL_SEND_JOB, MailSendJob } from '@app/events';
import { DEFAULT_DELIVERY_JSON } from '../domain/mail-delivery';

const POLL_INTERVAL = 'notification-mail-poll';
const BATCH = 200;
/** A notification older than this when first looked at (mail was off) is not mailed any more. */
const STALE_AFTER = `interval '1 hour'`;

/**
 * The notifications `n` their users want in the digest ending at parameter `until`, given the
 * default table as parameter `defaults` (e.g. '$2'). Shared by the gathering of digests and the
 * digest's composition, so both agree on its items.
 */
export const digestItems = (until: string, defaults: string) => `notification n
  LEFT JOIN notification_preference p ON p.user_id = n.recipient_user_id AND p.kind = n.kind
  WHERE n.created_at >= ${until}::timestamptz - interval '1 day' AND n.created_at < ${until}::timestamptz
    AND coalesce(p.delivery, ${defaults}::jsonb ->> n.kind) = 'DAILY_DIGEST'`;

/**
 * Turns notifications into mail deliveries and queues them. Every MAIL_POLL_INTERVAL_MS it
 * looks at the notifications not yet considered (each once, claimed with SKIP LOCKED so several
 * workers share the work) and writes a delivery for those their recipient wants at once; the
 * daily digest job writes one delivery per user with digest items. Deliveries are queued with
 * their id as job id, and marked queued in the transaction that queued them: a delivery whose
 * queueing failed is taken again at the next poll.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailDispatcher.name);
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue<MailSendJob>,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SMTP_URL) return;
    this.queue.on('error', (error) => this.logger.debug(`Mail queue: ${error.message}`));
    this.scheduler.addInterval(POLL_INTERVAL, setInterval(() => this.wake(), this.config.MAIL_POLL_INTERVAL_MS));
  }

  async onModuleDestroy(): Promise<void> {
    if (this.scheduler.doesExist('interval', POLL_INTERVAL)) this.scheduler.deleteInterval(POLL_INTERVAL);
    await this.running;
  }

  /** One pass now, unless one runs. */
  wake(): void {
    if (this.running) return;
    this.running = this.dispatch()
      .catch((error: Error) => this.logger.warn(`Mail dispatch failed: ${error.message}`))
      .finally(() => (this.running = null));
  }

  /** Writes the deliveries of new notifications, then queues every delivery not yet queued. */
  async dispatch(): Promise<void> {
    while ((await this.considerNew()) === BATCH);
    while ((await this.queueWaiting()) === BATCH);
  }

  /** One delivery per user with digest items in the 24 hours before `until`; a second call for the same `until` adds none. */
  async gatherDigests(until: Date): Promise<number> {
    const rows = await queryPrepared(
      this.dataSource,
      `INSERT INTO mail_delivery (recipient_user_id, digest_until)
       SELECT DISTINCT n.recipient_user_id, $1::timestamptz FROM ${digestItems('$1', '$2')}
       ON CONFLICT (recipient_user_id, digest_until) DO NOTHING
       RETURNING id`,
      [until, DEFAULT_DELIVERY_JSON],
    );
    return rows.length;
  }

  private async considerNew(): Promise<number> {
    const [{ considered }] = await queryPrepared<{ considered: number }>(
      this.dataSource,
      `WITH due AS (
         SELECT id, recipient_user_id, kind, created_at FROM notification
          WHERE mail_considered_at IS NULL ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED
       ), considered AS (
         UPDATE notification n SET mail_considered_at = now() FROM due WHERE n.id = due.id RETURNING n.id
       ), delivered AS (
         INSERT INTO mail_delivery (recipient_user_id, notification_id)
         SELECT due.recipient_user_id, due.id FROM due
           LEFT JOIN notification_preference p ON p.user_id = due.recipient_user_id AND p.kind = due.kind
          WHERE coalesce(p.delivery, $1::jsonb ->> due.kind) = 'AT_ONCE' AND due.created_at > now() - ${STALE_AFTER}
         ON CONFLICT (notification_id) DO NOTHING
       )
       SELECT count(*)::int AS considered FROM considered`,
      [DEFAULT_DELIVERY_JSON, BATCH],
    );
    return considered;
  }

  private queueWaiting(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const waiting = await queryPrepared<{ id: string }>(
        m,
        `SELECT id FROM mail_delivery WHERE queued_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (waiting.length === 0) return 0;
      await this.queue.addBulk(
        waiting.map(({ id }) => ({
          name: MAIL_SEND_JOB,
          data: { deliveryId: id },
          opts: {
            jobId: id,
            attempts: this.config.MAIL_ATTEMPTS,
            backoff: { type: 'exponential', delay: this.config.MAIL_BACKOFF_MS },
            removeOnComplete: { age: 24 * 3600, count: 10_000 },
            removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
          },
        })),
      );
      await queryPrepared(m, `UPDATE mail_delivery SET queued_at = now() WHERE id = ANY($1::uuid[])`, [waiting.map(({ id }) => id)]);
      return waiting.length;
    });
  }
}
