import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared } from '@app/database';
import { consumerConnection, OutboxService, WEBHOOK_DELIVERIES_QUEUE, WebhookDeliveryJob } from '@app/events';
import { Keyring, unseal } from '@app/kernel';
import { AddressPolicy, addressPolicy } from '../domain/address-rules';
import { AttemptVerdict, RetryPolicy, verdictOf } from '../domain/retry';
import { webhookPayload } from '../domain/webhook-events';
import { disableStatements, EndpointRow, secretAad, WEBHOOK_KEYRING } from '../webhook-records';
import { AttemptResult, postSigned } from './webhook-sender';

/** Beyond the time limit, how long a claimed attempt is left to its worker before another may take it up. */
const CLAIM_MARGIN_MS = 30_000;

const UNREADABLE_SECRET: AttemptResult = { statusCode: null, durationMs: 0, error: 'the signing secret cannot be unsealed (its key is no longer configured)' };

interface ClaimedDelivery {
  id: string;
  attempts: number;
  event_kind: string;
  object_type: string;
  object_id: string;
  reference: string | null;
  occurred_at: Date;
  endpoint_id: string;
  url: string;
  secret_key_id: string;
  secret_sealed: Buffer;
}

/**
 * Sends one attempt of one delivery per job: claims it (only while that attempt is due and
 * the endpoint enabled, so a repeated job does nothing), POSTs it signed, and records the
 * attempt, the delivery's next step and the endpoint's run of failures in one transaction.
 * At WEBHOOK_DISABLE_AFTER_FAILURES failures in a row the endpoint is disabled, its pending
 * deliveries given up, and an event tells the agency admins.
 */
@Injectable()
export class WebhookDeliveryProcessor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDeliveryProcessor.name);
  private readonly policy: AddressPolicy;
  private readonly retries: RetryPolicy;
  private worker: Worker<WebhookDeliveryJob> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly outbox: OutboxService,
    @Inject(WEBHOOK_KEYRING) private readonly keyring: Keyring,
  ) {
    this.policy = addressPolicy(config.WEBHOOK_ALLOWED_HOSTS);
    this.retries = { maxAttempts: config.WEBHOOK_MAX_ATTEMPTS, baseMs: config.WEBHOOK_RETRY_BASE_MS, maxMs: config.WEBHOOK_RETRY_MAX_MS };
  }

  onApplicationBootstrap(): void {
    const worker = new Worker<WebhookDeliveryJob>(WEBHOOK_DELIVERIES_QUEUE, (job) => this.deliver(job.data), {
      connection: consumerConnection(this.config),
      prefix: this.config.QUEUE_PREFIX,
      concurrency: this.config.WEBHOOK_DELIVERIES_AT_ONCE,
    });
    worker.on('error', (error) => this.logger.warn(`Webhook queue: ${error.message}`));
    worker.on('failed', (job, error) => this.logger.warn(`Webhook job ${job?.id ?? '?'} failed: ${error.message}`));
    this.worker = worker;
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    // A cut attempt is taken up again once its claim runs out.
    await worker?.close(true);
  }

  /** Makes the attempt if it is still due; returns its result, or null when there was nothing to do. */
  async deliver(job: WebhookDeliveryJob): Promise<AttemptResult | null> {
    const [delivery] = await queryPrepared<ClaimedDelivery>(
      this.db,
      `UPDATE webhook_delivery d SET attempts = d.attempts + 1, next_attempt_at = now() + $3 * interval '1 millisecond'
         FROM webhook_endpoint e
        WHERE d.id = $1 AND d.attempts = $2 - 1 AND d.status = 'PENDING' AND d.next_attempt_at <= now()
          AND e.id = d.endpoint_id AND e.disabled_at IS NULL
        RETURNING d.id, d.attempts, d.event_kind, d.object_type, d.object_id, d.reference, d.occurred_at,
                  e.id AS endpoint_id, e.url, e.secret_key_id, e.secret_sealed`,
      [job.deliveryId, job.attempt, this.config.WEBHOOK_TIMEOUT_MS + CLAIM_MARGIN_MS],
    );
    if (!delivery) return null;
    const attemptedAt = new Date();
    const secret = this.secretOf(delivery);
    const result = secret === null ? UNREADABLE_SECRET : await this.post(delivery, secret);
    await this.record(delivery, attemptedAt, result, verdictOf(result.statusCode, delivery.attempts, this.retries));
    return result;
  }

  /** One signed POST of the delivery's payload, made only of its kind, object, reference and time. */
  private post(delivery: ClaimedDelivery, secret: string): Promise<AttemptResult> {
    const payload = webhookPayload({
      eventKind: delivery.event_kind,
      objectType: delivery.object_type,
      objectId: delivery.object_id,
      reference: delivery.reference,
      occurredAt: delivery.occurred_at,
    });
    return postSigned({
      url: delivery.url,
      secret,
      messageId: delivery.id,
      body: JSON.stringify(payload),
      timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
      policy: this.policy,
    });
  }

  /** The endpoint's secret, or null when it cannot be unsealed (its key left the keyring): an attempt failed, like any other. */
  private secretOf(delivery: ClaimedDelivery): string | null {
    try {
      return unseal(this.keyring, { keyId: delivery.secret_key_id, data: delivery.secret_sealed }, secretAad(delivery.endpoint_id));
    } catch {
      return null;
    }
  }

  private record(delivery: ClaimedDelivery, attemptedAt: Date, result: AttemptResult, verdict: AttemptVerdict): Promise<void> {
    return this.db.transaction(async (m) => {
      await queryPrepared(
        m,
        `INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, duration_ms, status_code, error) VALUES ($1, $2, $3, $4, $5, $6)`,
        [delivery.id, delivery.attempts, attemptedAt, result.durationMs, result.statusCode, result.error],
      );
      await queryPrepared(
        m,
        `UPDATE webhook_delivery
            SET status = $2,
                next_attempt_at = CASE WHEN $2 = 'PENDING' THEN now() + $3 * interval '1 millisecond' ELSE next_attempt_at END,
                finished_at = CASE WHEN $2 = 'PENDING' THEN NULL ELSE now() END
          WHERE id = $1`,
        [delivery.id, verdict.delivery === 'RETRY' ? 'PENDING' : verdict.delivery, verdict.delivery === 'RETRY' ? verdict.afterMs : 0],
      );
      const [endpoint] = await queryPrepared<{ consecutive_failures: number; agency_id: string }>(
        m,
        `UPDATE webhook_endpoint SET consecutive_failures = CASE WHEN $2 THEN 0 ELSE consecutive_failures + 1 END
          WHERE id = $1 RETURNING consecutive_failures, agency_id`,
        [delivery.endpoint_id, verdict.delivery === 'DELIVERED'],
      );
      const failures = endpoint.consecutive_failures;
      if (failures < this.config.WEBHOOK_DISABLE_AFTER_FAILURES) return;
      const { disable, giveUp } = disableStatements(delivery.endpoint_id, `${failures} failed attempts in a row`);
      const disabled = await queryPrepared<EndpointRow>(m, disable.sql, [...disable.params]);
      if (disabled.length === 0) return;
      await queryPrepared(m, giveUp.sql, [...giveUp.params]);
      await this.outbox.publish(m, [
        {
          type: 'webhooks.endpoint-disabled',
          aggregateType: 'webhook-endpoint',
          aggregateId: delivery.endpoint_id,
          payload: { endpointId: delivery.endpoint_id, agencyId: endpoint.agency_id, failures },
        },
      ]);
      this.logger.warn(`Webhook endpoint ${delivery.endpoint_id} disabled after ${failures} failed attempts in a row`);
    });
  }
}
