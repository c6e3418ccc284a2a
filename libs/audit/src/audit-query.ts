import { SqlFilter, Statement } from '@app/database';
import { KeysetPosition, cursorTimestampSql } from '@app/kernel';
import { AUDIT_EVENT_COLUMNS, AuditOutcome } from './audit.service';

/** What an auditor narrows the trail to; every filter is optional and they combine with AND. */
export interface AuditEventFilter {
  readonly actorUserId?: string | null;
  readonly action?: string | null;
  readonly targetType?: string | null;
  readonly targetId?: string | null;
  readonly outcome?: AuditOutcome | null;
  /** From this instant, inclusive. */
  readonly from?: Date | null;
  /** Up to this instant, exclusive. */
  readonly to?: Date | null;
  /** Only consultations and disclosures with a stated purpose. */
  readonly withPurpose?: boolean | null;
}

const OUTCOMES: readonly AuditOutcome[] = ['SUCCESS', 'DENIED', 'FAILURE'];

/** The cursor's text of an event's time, beside the event's columns. */
export const AUDIT_CURSOR_AT = `${cursorTimestampSql('e.occurred_at')} AS "cursorAt"`;

/**
 * A page of the trail of State $1 (at most $2 rows), newest first, keyset on (occurred_at, id):
 * the events of its users (actor_state) and the events on its data by anyone else (target_state,
 * written as the partial index's predicate so that index answers it), two index ranges merged, each read in index order and stopped at the page's end, so the cost
 * does not grow with the table. Only the filters given become conditions (SqlFilter), so each
 * combination gets a plan of its own. The State scope is the rule 'audit:read' (libs/access,
 * oversight.rules.ts) in SQL: change both together.
 */
export function stateTrailStatement(stateCode: string, filter: AuditEventFilter, limit: number, after?: KeysetPosition): Statement {
  const where = new SqlFilter([stateCode, limit]);
  const equal = (column: string, value: string | null | undefined, cast = '') => {
    if (value) where.where(`e.${column} = ${where.param(value)}${cast}`);
  };
  equal('actor_user_id', filter.actorUserId, '::uuid');
  equal('action', filter.action);
  equal('target_type', filter.targetType);
  equal('target_id', filter.targetId);
  // A literal, checked against the three outcomes: the partial indexes of unsuccessful events match it.
  if (filter.outcome) where.where(`e.outcome = '${outcomeLiteral(filter.outcome)}'`);
  if (filter.from) where.where(`e.occurred_at >= ${where.param(filter.from)}::timestamptz`);
  if (filter.to) where.where(`e.occurred_at < ${where.param(filter.to)}::timestamptz`);
  if (filter.withPurpose) where.where('e.purpose IS NOT NULL');
  if (after) where.where(`(e.occurred_at, e.id) < (${where.param(after.at)}::timestamptz, ${where.param(after.id)}::bigint)`);
  const part = (scope: string) =>
    `(SELECT ${AUDIT_EVENT_COLUMNS}, ${AUDIT_CURSOR_AT}
        FROM audit_event e
       WHERE ${scope}${where.and}
       ORDER BY e.occurred_at DESC, e.id DESC LIMIT $2)`;
  return {
    sql: `SELECT * FROM (${part('e.actor_state = $1')}
       UNION ALL ${part('e.target_state = $1 AND e.target_state IS NOT NULL AND e.target_state IS DISTINCT FROM e.actor_state')}) page
     ORDER BY occurred_at DESC, id::bigint DESC LIMIT $2`,
    params: where.params,
  };
}

/** One event of State $1's trail by id ($2), or nothing when it is not in that trail. */
export const STATE_EVENT_SQL = `SELECT ${AUDIT_EVENT_COLUMNS} FROM audit_event e
  WHERE e.id = $2::bigint AND (e.actor_state = $1 OR e.target_state = $1)`;

function outcomeLiteral(outcome: string): AuditOutcome {
  const known = OUTCOMES.find((o) => o === outcome);
  if (!known) throw new Error(`unknown audit outcome ${outcome}`);
  return known;
}
