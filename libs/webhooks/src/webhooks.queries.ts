import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, ownAgencyEndpointsSql } from '@app/access';
import { CommandStep } from '@app/commands';
import { queryPrepared } from '@app/database';
import { AuthenticatedContext, cursorTimestampSql, decodeKeyset, Page, pageOf, pageSize } from '@app/kernel';
import { WebhookEventKind } from './domain/webhook-events';
import { ENDPOINT_COLUMNS, EndpointRow, toEndpointView, webhookEndpoints } from './webhook-records';
import { WebhookAttemptView, WebhookDeliveriesQuery, WebhookDeliveryStatus, WebhookDeliveryView, WebhookEndpointView } from './webhook-views';

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

/** An agency admin's reads of the agency's webhook endpoints and their delivery logs ('webhook:*'). */
@Injectable()
export class WebhooksQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly step: CommandStep,
  ) {}

  /** The endpoints of the caller's own agency, newest first. */
  async endpoints(ctx: AuthenticatedContext): Promise<WebhookEndpointView[]> {
    const { agencyId } = ctx.actor;
    await this.access.authorize(ctx, 'webhook:list', { agencyId }, { type: 'agency', id: agencyId });
    const rows = await queryPrepared<EndpointRow>(
      this.db,
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint e WHERE ${ownAgencyEndpointsSql('e', '$1')} ORDER BY created_at DESC, id DESC`,
      [agencyId],
    );
    return rows.map(toEndpointView);
  }

  /** The delivery log of an endpoint the caller may see, newest first, each delivery with its attempts. */
  async deliveries(ctx: AuthenticatedContext, query: WebhookDeliveriesQuery): Promise<Page<WebhookDeliveryView>> {
    await this.step.visible(ctx, webhookEndpoints, 'webhook:read-deliveries', query.endpointId);
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
    return pageOf(rows, first, (row) => [row.cursor_at, row.id], toDelivery);
  }
}

const toDelivery = (row: DeliveryRow): WebhookDeliveryView => ({
  id: row.id,
  eventKind: row.event_kind,
  objectType: row.object_type,
  objectId: row.object_id,
  reference: row.reference,
  occurredAt: row.occurred_at,
  status: row.status,
  nextAttemptAt: row.status === WebhookDeliveryStatus.PENDING ? row.next_attempt_at : null,
  finishedAt: row.finished_at,
  attempts: row.attempt_log.map((a): WebhookAttemptView => ({ ...a, attemptedAt: new Date(a.attemptedAt) })),
});
