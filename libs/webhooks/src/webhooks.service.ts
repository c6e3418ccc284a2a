import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, WebhookTargets } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared } from '@app/database';
import { AuthenticatedContext, BadUserInputError, cursorTimestampSql, decodeKeyset, isUuid, Keyring, pageSize, seal } from '@app/kernel';
import { ConnectionShape, toConnection } from '@app/platform';
import { AddressPolicy, addressPolicy, hostOf, urlProblem } from './domain/address-rules';
import { newWebhookSecret } from './domain/retry';
import { WebhookEventKind } from './domain/webhook-events';
import { AddressRefusedError, checkedAddresses } from './delivery/webhook-sender';
import {
  RegisteredWebhookEndpoint,
  RegisterWebhookEndpointInput,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
} from './dto/webhook.types';
import { disableStatements, ENDPOINT_COLUMNS, EndpointRow, secretAad, WEBHOOK_KEYRING } from './webhook-records';

const ENDPOINT = 'webhook-endpoint';

export interface DeliveriesQuery {
  endpointId: string;
  first?: number | null;
  after?: string | null;
}

interface DeliveryRow {
  id: string;
  event_kind: WebhookEventKind;
  object_type: string;
  object_id: string;
  reference: string | null;
  occurred_at: Date;
  status: WebhookDeliveryStatus;
  next_attempt_at: Date;
  finished_at: Date | null;
  attempt_log: { attempt: number; attemptedAt: string; durationMs: number; statusCode: number | null; error: string | null }[];
  cursor_at: string;
}

/**
 * An agency admin's webhook endpoints: registered with a secret shown once (sealed at rest),
 * listed, disabled, and their delivery log read. Only the admins of the endpoint's agency
 * ('webhook:*' in the access policy); everyone else is refused, audited.
 */
@Injectable()
export class WebhooksService {
  private readonly policy: AddressPolicy;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEBHOOK_KEYRING) private readonly keyring: Keyring,
  ) {
    this.policy = addressPolicy(config.WEBHOOK_ALLOWED_HOSTS);
  }

  /** The endpoints of the caller's own agency, newest first. */
  async endpoints(ctx: AuthenticatedContext): Promise<WebhookEndpoint[]> {
    const { agencyId } = ctx.actor;
    await this.access.authorize(ctx, 'webhook:list', { agencyId }, { type: 'agency', id: agencyId });
    const rows = await queryPrepared<EndpointRow>(
      this.db,
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint WHERE agency_id = $1 ORDER BY created_at DESC, id DESC`,
      [agencyId],
    );
    return rows.map(toEndpoint);
  }

  async register(ctx: AuthenticatedContext, input: RegisterWebhookEndpointInput): Promise<RegisteredWebhookEndpoint> {
    const { agencyId } = ctx.actor;
    await this.access.authorize(ctx, 'webhook:register', { agencyId }, { type: 'agency', id: agencyId });
    await this.checkUrl(input.url);
    const id = randomUUID();
    const secret = newWebhookSecret();
    const sealed = seal(this.keyring, secret, secretAad(id));
    const kinds = [...new Set(input.eventKinds)];
    const endpoint = await this.commands.run(
      ctx,
      () => ({ action: 'webhook.register', targetType: ENDPOINT, targetId: id, details: { kinds: kinds.join(',') } }),
      async (m) => {
        const [row] = await queryPrepared<EndpointRow>(
          m,
          `INSERT INTO webhook_endpoint (id, agency_id, url, event_kinds, description, secret_key_id, secret_sealed, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${ENDPOINT_COLUMNS}`,
          [id, agencyId, input.url, kinds, input.description ?? null, sealed.keyId, sealed.data, ctx.actor.userId],
        );
        return toEndpoint(row);
      },
    );
    return { endpoint, secret };
  }

  /** Stops deliveries to the endpoint; those still pending are given up. Disabling a disabled endpoint changes nothing. */
  async disable(ctx: AuthenticatedContext, endpointId: string): Promise<WebhookEndpoint> {
    await this.visibleEndpoint(ctx, 'webhook:disable', endpointId);
    return this.commands.run(
      ctx,
      () => ({ action: 'webhook.disable', targetType: ENDPOINT, targetId: endpointId }),
      async (m) => {
        const { disable, giveUp } = disableStatements(endpointId, 'disabled by an agency admin');
        await queryPrepared(m, disable.sql, [...disable.params]);
        await queryPrepared(m, giveUp.sql, [...giveUp.params]);
        const [row] = await queryPrepared<EndpointRow>(m, `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint WHERE id = $1`, [endpointId]);
        return toEndpoint(row);
      },
    );
  }

  /** The delivery log of an endpoint, newest first, each delivery with its attempts. */
  async deliveries(ctx: AuthenticatedContext, query: DeliveriesQuery): Promise<ConnectionShape<WebhookDelivery>> {
    await this.visibleEndpoint(ctx, 'webhook:read-deliveries', query.endpointId);
    const first = pageSize(query.first);
    const params: unknown[] = [query.endpointId, first + 1];
    const conditions = ['d.endpoint_id = $1'];
    if (query.after) {
      const after = decodeKeyset(query.after);
      params.push(after.at, after.id);
      conditions.push('(d.created_at, d.id) < ($3::timestamptz, $4::uuid)');
    }
    const rows = await queryPrepared<DeliveryRow>(
      this.db,
      `SELECT d.id, d.event_kind, d.object_type, d.object_id, d.reference, d.occurred_at, d.status, d.next_attempt_at, d.finished_at,
              ${cursorTimestampSql('d.created_at')} AS cursor_at,
              coalesce((SELECT json_agg(json_build_object('attempt', a.attempt, 'attemptedAt', a.attempted_at, 'durationMs', a.duration_ms,
                                                          'statusCode', a.status_code, 'error', a.error) ORDER BY a.attempt)
                          FROM webhook_attempt a WHERE a.delivery_id = d.id), '[]') AS attempt_log
         FROM webhook_delivery d
        WHERE ${conditions.join(' AND ')}
        ORDER BY d.created_at DESC, d.id DESC
        LIMIT $2`,
      params,
    );
    return toConnection(rows, first, (row) => [row.cursor_at, row.id], toDelivery);
  }

  /** The URL's form, then its host's addresses: refused as input, before anything is stored. */
  private async checkUrl(raw: string): Promise<void> {
    const problem = urlProblem(raw, this.config.isProduction);
    if (problem) throw BadUserInputError.of([{ field: 'url', problem }]);
    try {
      await checkedAddresses(this.policy, hostOf(new URL(raw)));
    } catch (error) {
      if (error instanceof AddressRefusedError) throw BadUserInputError.of([{ field: 'url', problem: error.message }]);
      throw error;
    }
  }

  /** Loads an endpoint the caller may act on, answering NOT_FOUND (audited) for any other. */
  private async visibleEndpoint(ctx: AuthenticatedContext, action: keyof WebhookTargets, endpointId: string): Promise<EndpointRow> {
    const [row] = isUuid(endpointId)
      ? await queryPrepared<EndpointRow>(this.db, `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint WHERE id = $1`, [endpointId])
      : [];
    if (!row) return this.access.notFound(ctx, action, { type: ENDPOINT, id: endpointId });
    await this.access.authorize(ctx, action, { agencyId: row.agency_id }, { type: ENDPOINT, id: endpointId });
    return row;
  }
}

const toEndpoint = (row: EndpointRow): WebhookEndpoint => ({
  id: row.id,
  url: row.url,
  eventKinds: row.event_kinds as WebhookEventKind[],
  description: row.description,
  createdAt: row.created_at,
  consecutiveFailures: row.consecutive_failures,
  disabledAt: row.disabled_at,
  disabledReason: row.disabled_reason,
});

const toDelivery = (row: DeliveryRow): WebhookDelivery => ({
  id: row.id,
  eventKind: row.event_kind,
  objectType: row.object_type,
  objectId: row.object_id,
  reference: row.reference,
  occurredAt: row.occurred_at,
  status: row.status,
  nextAttemptAt: row.status === WebhookDeliveryStatus.PENDING ? row.next_attempt_at : null,
  finishedAt: row.finished_at,
  attempts: row.attempt_log.map((a): WebhookAttempt => ({ ...a, attemptedAt: new Date(a.attemptedAt) })),
});
