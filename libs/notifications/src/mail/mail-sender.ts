import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared } from '@app/database';
import { DeadlinesService } from '@app/deadlines';
import { consumerConnection, MAIL_DIGEST_JOB, MAIL_QUEUE, MailDigestJob, MailSendJob } from '@app/events';
import { mailRecipientsOf } from '@app/identity';
import { DEFAULT_DELIVERY_JSON, MailLanguage } from '../domain/mail-delivery';
import { digestMail, Mail, MailItem, notificationMail } from '../domain/mail-templates';
import { NotificationKind } from '../notification-kind';
import { digestItems, MailDispatcher } from './mail-dispatcher';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';

const CONCURRENCY = 4;
const DIGEST_SCHEDULER = 'notification-mail-digest';
const HOUR_MS = 3_600_000;
/** Items listed in one digest at most; the count says how many there were. */
const DIGEST_MAX_ITEMS = 200;

interface DeliveryRow {
  status: string;
  recipient: string;
  digest_until: Date | null;
  kind: NotificationKind | null;
  subject_type: string | null;
  subject_id: string | null;
  subject_reference: string | null;
}

type ItemRow = Pick<DeliveryRow, 'subject_type' | 'subject_id' | 'subject_reference'> & { kind: NotificationKind };

/** A mail to send, or why there is none. */
type Composed = { to: string; mail: Mail } | { skip: 'done' | 'disabled' | 'empty' };

/**
 * Sends the queued mails through SMTP and gathers the daily digest (a repeated job at
 * MAIL_DIGEST_HOUR_UTC). A refused mail is retried by BullMQ with exponential back-off; each
 * attempt is counted on its delivery row with the server's answer, and after MAIL_ATTEMPTS the
 * delivery is FAILED, for the agency admin to see.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailSender.name);
  private worker: Worker<MailSendJob | MailDigestJob> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport | null,
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue,
    private readonly dispatcher: MailDispatcher,
    private readonly deadlines: DeadlinesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.transport) return;
    // One scheduler for every worker (upserted by id); Redis away at start must not stop the worker.
    await this.queue
      .upsertJobScheduler(DIGEST_SCHEDULER, { pattern: `0 ${this.config.MAIL_DIGEST_HOUR_UTC} * * *`, tz: 'UTC' }, { name: MAIL_DIGEST_JOB, data: {} })
      .catch((error: Error) => this.logger.warn(`Daily digest not scheduled: ${error.message}`));
    const worker = new Worker<MailSendJob | MailDigestJob>(MAIL_QUEUE, (job) => this.process(job), {
      connection: consumerConnection(this.config),
      prefix: this.config.QUEUE_PREFIX,
      concurrency: CONCURRENCY,
    });
    worker.on('error', (error) => this.logger.warn(`Mail queue: ${error.message}`));
    worker.on('failed', (job, error) => this.logger.warn(`Mail ${job?.id ?? '?'} not sent: ${error.message}`));
    this.worker = worker;
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
    this.transport?.close();
  }

  private async process(job: Job<MailSendJob | MailDigestJob>): Promise<void> {
    if (job.name === MAIL_DIGEST_JOB) {
      // The scheduler runs it at the hour: the digest covers the 24 hours before that hour.
      await this.dispatcher.gatherDigests(new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS));
      this.dispatcher.wake();
      return;
    }
    if ('deliveryId' in job.data) await this.send(job.data.deliveryId);
  }

  /** Sends one delivery; throws the SMTP server's refusal after recording it, so BullMQ retries. */
  async send(deliveryId: string): Promise<void> {
    const composed = await this.compose(deliveryId);
    if ('skip' in composed) {
      if (composed.skip !== 'done') await this.record(deliveryId, { status: 'SKIPPED', attempted: false });
      return;
    }
    try {
      await this.transport?.sendMail({ from: this.config.MAIL_FROM, to: composed.to, subject: composed.mail.subject, text: composed.mail.text });
    } catch (error) {
      await this.record(deliveryId, { status: 'FAILED', attempted: true, error: (error as Error).message.slice(0, 500) });
      throw error;
    }
    await this.record(deliveryId, { status: 'SENT', attempted: true });
  }

  /**
   * Counts an attempt and ends the delivery: SENT, SKIPPED, or FAILED once MAIL_ATTEMPTS are
   * spent (before that a failed attempt leaves it PENDING, with the server's answer, for the retry).
   */
  private async record(deliveryId: string, outcome: { status: 'SENT' | 'FAILED' | 'SKIPPED'; attempted: boolean; error?: string }): Promise<void> {
    await queryPrepared(
      this.dataSource,
      `UPDATE mail_delivery SET
         attempts = attempts + $3::int,
         last_error = coalesce($4, last_error),
         status = CASE WHEN $2 <> 'FAILED' OR attempts + $3::int >= $5 THEN $2 ELSE status END,
         finished_at = CASE WHEN $2 <> 'FAILED' OR attempts + $3::int >= $5 THEN now() END
       WHERE id = $1`,
      [deliveryId, outcome.status, outcome.attempted ? 1 : 0, outcome.error ?? null, this.config.MAIL_ATTEMPTS],
    );
  }

  private async compose(deliveryId: string): Promise<Composed> {
    const [row] = await queryPrepared<DeliveryRow>(
      this.dataSource,
      `SELECT d.status, d.recipient_user_id AS recipient, d.digest_until, n.kind, n.subject_type, n.subject_id, n.subject_reference
         FROM mail_delivery d
         LEFT JOIN notification n ON n.id = d.notification_id
        WHERE d.id = $1`,
      [deliveryId],
    );
    if (!row || row.status !== 'PENDING') return { skip: 'done' };
    const recipient = (await mailRecipientsOf(this.dataSource, [row.recipient])).get(row.recipient)!;
    if (recipient.disabled) return { skip: 'disabled' };
    // The column's CHECK holds exactly the mail languages.
    const language = recipient.language as MailLanguage;
    const consoleUrl = this.config.CONSOLE_URL;
    if (row.kind) return { to: recipient.email, mail: notificationMail(language, await this.itemOf({ ...row, kind: row.kind }), consoleUrl) };
    const until = row.digest_until ?? new Date();
    const rows = await queryPrepared<ItemRow>(
      this.dataSource,
      `SELECT n.kind, n.subject_type, n.subject_id, n.subject_reference FROM ${digestItems('$2', '$3')}
          AND n.recipient_user_id = $1
        ORDER BY n.created_at, n.id LIMIT $4`,
      [row.recipient, until, DEFAULT_DELIVERY_JSON, DIGEST_MAX_ITEMS],
    );
    if (rows.length === 0) return { skip: 'empty' };
    const items = await Promise.all(rows.map((item) => this.itemOf(item)));
    return { to: recipient.email, mail: digestMail(language, items, until, consoleUrl) };
  }

  /** What a mail may tell of a notification: its kind, the reference its context lets travel and the subject's next deadline. */
  private async itemOf(row: ItemRow): Promise<MailItem> {
    const deadlines = row.subject_type && row.subject_id ? await this.deadlines.forSubject(this.dataSource.manager, row.subject_type, row.subject_id) : [];
    return { kind: row.kind, reference: row.subject_reference, dueAt: deadlines[0]?.dueAt ?? null };
  }
}
