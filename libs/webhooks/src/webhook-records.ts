import { WebhookTargets } from '@app/access';
import { Aggregate } from '@app/commands';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared, Statement } from '@app/database';
import { deriveKeyring, Keyring, parseKeyring } from '@app/kernel';
import { mlaPartiesSql } from '@app/mla';
import { isDeadlineNotice, MLA_REQUEST, MlaDeadlineNotice, WebhookEventKind, WebhookNotice } from './domain/webhook-events';
import { WebhookEndpointView } from './webhook-views';

/** Signing secrets are sealed under their own sub-keys of the victim-data keyring. */
export const WEBHOOK_KEYRING = Symbol('WEBHOOK_KEYRING');

export const webhookKeyringProvider = {
  provide: WEBHOOK_KEYRING,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Keyring => deriveKeyring(parseKeyring(config.VICTIM_DATA_KEYS, config.VICTIM_DATA_ACTIVE_KEY), 'webhook-secret'),
};

/** A sealed secret belongs to its endpoint: it cannot be copied to another row. */
export const secretAad = (endpointId: string): string => `webhook-endpoint:${endpointId}`;

export interface EndpointRow {
  id: string;
  agency_id: string;
  url: string;
  event_kinds: string[];
  description: string | null;
  created_at: Date;
  consecutive_failures: number;
  disabled_at: Date | null;
  disabled_reason: string | null;
}

export const ENDPOINT_COLUMNS = 'id, agency_id, url, event_kinds, description, created_at, consecutive_failures, disabled_at, disabled_reason';

/** A webhook endpoint as the command step reads and writes it; it keeps no version (nothing in it is edited twice). */
export const webhookEndpoints: Aggregate<EndpointRow, keyof WebhookTargets> = {
  type: 'webhook-endpoint',
  table: 'webhook_endpoint',
  returning: ENDPOINT_COLUMNS,
  noun: 'the webhook endpoint',
  read: async (m, id) => (await queryPrepared<EndpointRow>(m, `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint WHERE id = $1`, [id]))[0] ?? null,
  target: (row) => ({ agencyId: row.agency_id }),
  version: () => null,
};

export const toEndpointView = (row: EndpointRow): WebhookEndpointView => ({
  id: row.id,
  url: row.url,
  eventKinds: row.event_kinds as WebhookEventKind[],
  description: row.description,
  createdAt: row.created_at,
  consecutiveFailures: row.consecutive_failures,
  disabledAt: row.disabled_at,
  disabledReason: row.disabled_reason,
});

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

const INSERT_DELIVERY = `INSERT INTO webhook_delivery (endpoint_id, event_id, event_kind, object_type, object_id, reference, occurred_at)`;
const SUBSCRIBED = `e.disabled_at IS NULL AND $2 = ANY(e.event_kinds)`;

/**
 * One delivery for each enabled endpoint of the concerned agencies subscribed to the kind;
 * harmless to repeat (one per endpoint and event). An MLA deadline takes its parties and
 * reference from the request, as MLA exports them (mlaPartiesSql).
 */
export function deliveriesStatement(eventId: string, occurredAt: string, notice: WebhookNotice | MlaDeadlineNotice): Statement {
  if (isDeadlineNotice(notice)) {
    return {
      sql: `${INSERT_DELIVERY}
            SELECT e.id, $1, $2, '${MLA_REQUEST}', r.id::text, r.reference, $3
              FROM (${mlaPartiesSql('$4')}) r JOIN webhook_endpoint e ON e.agency_id = r.agency_id
             WHERE ${SUBSCRIBED}
            ON CONFLICT (endpoint_id, event_id) DO NOTHING`,
      params: [eventId, notice.kind, occurredAt, notice.requestId],
    };
  }
  return {
    sql: `${INSERT_DELIVERY}
          SELECT e.id, $1, $2, $4, $5, $6, $3 FROM webhook_endpoint e
           WHERE e.agency_id = ANY($7::uuid[]) AND ${SUBSCRIBED}
          ON CONFLICT (endpoint_id, event_id) DO NOTHING`,
    params: [eventId, notice.kind, occurredAt, notice.objectType, notice.objectId, notice.reference, notice.agencyIds],
  };
}

/** Gives up the pending deliveries of an endpoint being disabled. */
export const giveUpStatement = (endpointId: string): Statement => ({
  sql: `UPDATE webhook_delivery SET status = 'FAILED', finished_at = now() WHERE endpoint_id = $1 AND status = 'PENDING'`,
  params: [endpointId],
});

/** Disables an endpoint (once: nothing when it already is) and gives up its pending deliveries. */
export function disableStatements(endpointId: string, reason: string): { disable: Statement; giveUp: Statement } {
  return {
    disable: {
      sql: `UPDATE webhook_endpoint SET disabled_at = now(), disabled_reason = $2 WHERE id = $1 AND disabled_at IS NULL RETURNING ${ENDPOINT_COLUMNS}`,
      params: [endpointId, reason],
    },
    giveUp: giveUpStatement(endpointId),
  };
}
