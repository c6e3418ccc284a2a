import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '@app/database';
import { BadUserInputError, RequestContext } from '@app/kernel';

export type AuditOutcome = 'SUCCESS' | 'DENIED' | 'FAILURE';

export interface AuditActor {
  readonly userId: string | null;
  readonly agencyId: string | null;
  readonly stateCode: string | null;
}

export interface AuditEntry {
  /** e.g. 'auth.sign-in', 'user.create', 'case.read' */
  action: string;
  outcome: AuditOutcome;
  targetType?: string;
  targetId?: string;
  /** Why personal data was consulted or disclosed (Directive 2016/680 art. 25). */
  purpose?: string;
  /** To whom personal data was disclosed (Directive 2016/680 art. 25). */
  recipients?: string[];
  details?: Record<string, string | number | boolean | null>;
  /** Who acted, when it is not the signed-in actor (e.g. a failed sign-in of a known user). */
  actor?: AuditActor;
}

/** An audit event as shown to an auditor. */
export interface AuditEventRecord {
  readonly id: string;
  readonly occurredAt: Date;
  readonly actorUserId: string | null;
  readonly actorAgencyId: string | null;
  readonly actorState: string | null;
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly requestId: string | null;
  readonly purpose: string | null;
  readonly recipients: string[] | null;
  readonly details: Record<string, string | number | boolean | null>;
}

interface AuditEventDbRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  actor_state: string | null;
  action: string;
  outcome: AuditOutcome;
  target_type: string | null;
  target_id: string | null;
  request_id: string | null;
  purpose: string | null;
  recipients: string[] | null;
  details: Record<string, string | number | boolean | null>;
}

/**
 * Writes audit events. Recording is one plain INSERT (the chain is linked later by the
 * sealer), so auditing every read costs no lock and no round trip to a chain head.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records inside the caller's transaction: the event exists exactly when the change does. */
  async record(manager: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    const actor: AuditActor = entry.actor ?? {
      userId: ctx.actor?.userId ?? null,
      agencyId: ctx.actor?.agencyId ?? null,
      stateCode: ctx.actor?.stateCode ?? null,
    };
    await queryPrepared(
      manager,
      `INSERT INTO audit_event (actor_user_id, actor_agency_id, actor_state, action, target_type, target_id,
         outcome, request_id, purpose, recipients, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        actor.userId,
        actor.agencyId,
        actor.stateCode,
        entry.action,
        entry.targetType ?? null,
        entry.targetId ?? null,
        entry.outcome,
        ctx.requestId,
        entry.purpose ?? null,
        entry.recipients ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /** Records in a transaction of its own, for attempts whose command is rolled back (denials, failures). */
  async recordAlone(ctx: RequestContext, entry: AuditEntry): Promise<void> {
    // A single statement outside a transaction commits on its own, trigger included.
    await this.record(this.dataSource.manager, ctx, entry);
  }

  /**
   * The trail of one State, newest first, after the event `afterId` (keyset on id).
   * Returns up to `first + 1` rows: the extra row only tells that a next page exists
   * (hand the rows to `toConnection(rows, first, ...)`).
   */
  async listForState(stateCode: string, first: number, afterId?: string): Promise<AuditEventRecord[]> {
    if (afterId !== undefined && !/^[0-9]{1,18}$/.test(afterId)) {
      throw BadUserInputError.of([{ field: 'after', problem: 'is not a cursor returned by this API' }]);
    }
    const rows: AuditEventDbRow[] = await this.dataSource.query(
      `SELECT id::text AS id, occurred_at, actor_user_id, actor_agency_id, actor_state, action, outcome,
              target_type, target_id, request_id, purpose, recipients, details
         FROM audit_event
        WHERE actor_state = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
        ORDER BY audit_event.id DESC
        LIMIT $3`,
      [stateCode, afterId ?? null, first + 1],
    );
    return rows.map(toRecord);
  }
}

function toRecord(row: AuditEventDbRow): AuditEventRecord {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorAgencyId: row.actor_agency_id,
    actorState: row.actor_state,
    action: row.action,
    outcome: row.outcome,
    targetType: row.target_type,
    targetId: row.target_id,
    requestId: row.request_id,
    purpose: row.purpose,
    recipients: row.recipients,
    details: row.details,
  };
}
