import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared, Statement } from '@app/database';
import { RequestContext } from '@app/kernel';
import { AuditEventColumns } from './chain';

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
  /**
   * The State the target belongs to (a case's, the requesting State of an MLA request ...),
   * when the writer knows it: the event then appears in that State's trail too.
   */
  targetState?: string;
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
  readonly targetState: string | null;
  readonly requestId: string | null;
  readonly purpose: string | null;
  readonly recipients: string[] | null;
  readonly details: Record<string, string | number | boolean | null>;
}


/** Events written by one statement at most, when many requests record at once. */
export const AUDIT_BATCH_LIMIT = 500;

/** An audit_event row as inserted (columns named as in the table). */
interface NewAuditEvent extends AuditEventColumns {
  target_state: string | null;
  outcome: AuditOutcome;
  details: Record<string, string | number | boolean | null>;
}

export interface AuditEventDbRow extends NewAuditEvent {
  id: string;
  occurred_at: Date;
}

interface WaitingEvent {
  readonly event: NewAuditEvent;
  readonly written: () => void;
  readonly failed: (error: unknown) => void;
}

/** The select list (table alias `e`) of an event as an AuditEventDbRow. */
export const AUDIT_EVENT_COLUMNS = `e.id::text AS id, e.occurred_at, e.actor_user_id, e.actor_agency_id, e.actor_state, e.action,
  e.outcome, e.target_type, e.target_id, e.target_state, e.request_id, e.purpose, e.recipients, e.details`;

/** One statement for one event or many: the rows travel as one JSON array. */
const INSERT_EVENTS = `INSERT INTO audit_event (actor_user_id, actor_agency_id, actor_state, action, target_type, target_id,
    target_state, outcome, request_id, purpose, recipients, details)
  SELECT actor_user_id, actor_agency_id, actor_state, action, target_type, target_id, target_state, outcome, request_id, purpose,
         recipients, details
    FROM jsonb_to_recordset($1::jsonb) AS e(actor_user_id uuid, actor_agency_id uuid, actor_state text, action text,
      target_type text, target_id text, target_state text, outcome text, request_id text, purpose text, recipients text[], details jsonb)`;

/**
 * Writes audit events. Recording is one plain INSERT (the chain is linked later by the
 * sealer), so auditing every read costs no lock and no round trip to a chain head.
 */
@Injectable()
export class AuditService {
  private readonly waiting: WaitingEvent[] = [];
  private writing = false;

  constructor(private readonly dataSource: DataSource) {}

  /** Records inside the caller's transaction: the event exists exactly when the change does. */
  async record(manager: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    const { sql, params } = this.recordStatement(ctx, entry);
    await queryPrepared(manager, sql, [...params]);
  }

  /** The statement `record` runs, for a command that writes its rows together (runTogether). */
  recordStatement(ctx: RequestContext, entry: AuditEntry): Statement {
    return { sql: INSERT_EVENTS, params: [JSON.stringify([newEvent(ctx, entry)])] };
  }

  /**
   * Records in a transaction of its own, for reads and for attempts whose command is rolled
   * back (denials, failures); resolves once the event is committed. Events recorded while
   * another write is under way go together in the next statement, so a burst of reads costs
   * one commit, not one each (group commit).
   */
  recordAlone(ctx: RequestContext, entry: AuditEntry): Promise<void> {
    return new Promise((written, failed) => {
      this.waiting.push({ event: newEvent(ctx, entry), written, failed });
      if (!this.writing) void this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true;
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, AUDIT_BATCH_LIMIT);
      if (!(await this.write(batch)) && batch.length > 1) {
        // One bad event must not fail the others' requests: each is tried on its own.
        for (const one of batch) await this.write([one]);
      }
    }
    this.writing = false;
  }

  /** Writes the events in one statement; a single statement outside a transaction commits on its own, trigger included. */
  private async write(batch: WaitingEvent[]): Promise<boolean> {
    try {
      await queryPrepared(this.dataSource, INSERT_EVENTS, [JSON.stringify(batch.map((w) => w.event))]);
      for (const w of batch) w.written();
      return true;
    } catch (error) {
      if (batch.length === 1) batch[0].failed(error);
      return false;
    }
  }

  /** The successful events of `action` on each target, oldest first, one list per target id. */
  async successesOn(action: string, targetIds: readonly string[]): Promise<AuditEventRecord[][]> {
    const rows: AuditEventDbRow[] = await this.dataSource.query(
      `SELECT ${AUDIT_EVENT_COLUMNS}
         FROM audit_event e
        WHERE action = $1 AND outcome = 'SUCCESS' AND target_id = ANY($2::text[])
        ORDER BY id`,
      [action, targetIds],
    );
    return targetIds.map((targetId) => rows.filter((row) => row.target_id === targetId).map(toAuditRecord));
  }
}

export function toAuditRecord(row: AuditEventDbRow): AuditEventRecord {
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
    targetState: row.target_state,
    requestId: row.request_id,
    purpose: row.purpose,
    recipients: row.recipients,
    details: row.details,
  };
}

function newEvent(ctx: RequestContext, entry: AuditEntry): NewAuditEvent {
  const actor: AuditActor = entry.actor ?? {
    userId: ctx.actor?.userId ?? null,
    agencyId: ctx.actor?.agencyId ?? null,
    stateCode: ctx.actor?.stateCode ?? null,
  };
  return {
    actor_user_id: actor.userId,
    actor_agency_id: actor.agencyId,
    actor_state: actor.stateCode,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    target_state: entry.targetState ?? null,
    outcome: entry.outcome,
    request_id: ctx.requestId,
    purpose: entry.purpose ?? null,
    recipients: entry.recipients ?? null,
    details: entry.details ?? {},
  };
}
