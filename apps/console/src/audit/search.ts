import { listOf, oneOf, present, textMatching } from '../app/search-params';
import type { AuditEventFilterInput, AuditOutcome } from '../gql/graphql';

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['SUCCESS', 'DENIED', 'FAILURE'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Marks the first page in the list of pages to go back to (a cursor is never this). */
export const FIRST_PAGE = 'first';

/** The audit trail's filters and page, as they stand in the address bar. */
export interface AuditSearch {
  actorUserId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: AuditOutcome;
  /** A day (YYYY-MM-DD), from its start. */
  from?: string;
  /** A day (YYYY-MM-DD), up to its end. */
  to?: string;
  withPurpose?: boolean;
  after?: string;
  /** The `after` of each page before this one, for "previous page". */
  back?: string[];
}

/** The filters alone, without the page. */
export type AuditFilterSearch = Omit<AuditSearch, 'after' | 'back'>;

const day = (value: unknown) => textMatching(value, DAY, 10);

/** Keeps what is valid of a hand-edited address and drops the rest. */
export function validateAuditSearch(search: Record<string, unknown>): AuditSearch {
  const back = listOf(search.back).map((cursor) => textMatching(cursor)).filter((cursor) => cursor !== undefined);
  return present({
    actorUserId: textMatching(search.actorUserId, UUID, 36),
    action: textMatching(search.action),
    targetType: textMatching(search.targetType),
    targetId: textMatching(search.targetId),
    outcome: oneOf(AUDIT_OUTCOMES, search.outcome),
    from: day(search.from),
    to: day(search.to),
    withPurpose: search.withPurpose === true || search.withPurpose === 'true' ? true : undefined,
    after: textMatching(search.after),
    back: back.length ? back : undefined,
  });
}

/** Midnight starting a day in the reader's time zone, as an instant. */
function startOfDay(value: string, days = 0): string {
  const [year, month, date] = value.split('-').map(Number);
  return new Date(year, month - 1, date + days).toISOString();
}

/** The API's filter for the address bar's: days become instants (the "to" day included whole). */
export function auditFilterOf(search: AuditFilterSearch): AuditEventFilterInput {
  return present({
    actorUserId: search.actorUserId,
    action: search.action,
    targetType: search.targetType,
    targetId: search.targetId,
    outcome: search.outcome,
    from: search.from ? startOfDay(search.from) : undefined,
    to: search.to ? startOfDay(search.to, 1) : undefined,
    withPurpose: search.withPurpose,
  });
}

/** The query string of GET /audit-events/export for the filters and a format. */
export function exportQuery(search: AuditFilterSearch, format: 'csv' | 'jsonl'): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(auditFilterOf(search))) params.set(key, String(value));
  return params.toString();
}
