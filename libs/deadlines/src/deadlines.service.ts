import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryPrepared, Statement } from '@app/database';
import { CLOCK, Clock } from '@app/kernel';

/** A deadline of some subject (an MLA request, a handoff ...), e.g. kind 'acknowledgement'. */
export interface DeadlineSpec {
  readonly subjectType: string;
  readonly subjectId: string;
  readonly kind: string;
  readonly dueAt: Date;
  /** When to remind the acting side; null for no reminder. */
  readonly remindAt: Date | null;
}

export interface DeadlineView {
  readonly kind: string;
  readonly dueAt: Date;
  readonly remindAt: Date | null;
  readonly remindedAt: Date | null;
  readonly breachedAt: Date | null;
  readonly overdue: boolean;
}

/**
 * Deadlines live in PostgreSQL, written in the same transaction as the change that sets
 * them; the worker's sweeper turns them into reminder and breach events. Nothing about
 * them lives only in Redis.
 */
@Injectable()
export class DeadlinesService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /**
   * Creates, moves or restarts a deadline. Moving it re-arms its reminder and breach; one
   * restarted with the same dates keeps them, so neither is sent twice.
   */
  async schedule(m: EntityManager, spec: DeadlineSpec): Promise<void> {
    await run(m, this.scheduleStatement(spec));
  }

  /** The statement `schedule` runs, for a command that writes its rows together (runTogether). */
  scheduleStatement(spec: DeadlineSpec): Statement {
    return {
      sql: `INSERT INTO deadline (subject_type, subject_id, kind, due_at, remind_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (subject_type, subject_id, kind) DO UPDATE SET
         due_at = EXCLUDED.due_at,
         remind_at = EXCLUDED.remind_at,
         reminded_at = CASE WHEN deadline.remind_at IS DISTINCT FROM EXCLUDED.remind_at THEN NULL ELSE deadline.reminded_at END,
         breached_at = CASE WHEN deadline.due_at IS DISTINCT FROM EXCLUDED.due_at THEN NULL ELSE deadline.breached_at END,
         stopped_at = NULL,
         updated_at = now()`,
      params: [spec.subjectType, spec.subjectId, spec.kind, spec.dueAt, spec.remindAt],
    };
  }

  /**
   * The deadline was met or no longer runs: no reminder or breach follows. The row stays,
   * stopped, with its marks, for the case it runs again (see schedule).
   */
  async clear(m: EntityManager, subjectType: string, subjectId: string, kind?: string): Promise<void> {
    await run(m, this.clearStatement(subjectType, subjectId, kind));
  }

  /** The statement `clear` runs, for a command that writes its rows together (runTogether). */
  clearStatement(subjectType: string, subjectId: string, kind?: string): Statement {
    return {
      sql: `UPDATE deadline SET stopped_at = now(), updated_at = now()
             WHERE subject_type = $1 AND subject_id = $2 AND ($3::text IS NULL OR kind = $3) AND stopped_at IS NULL`,
      params: [subjectType, subjectId, kind ?? null],
    };
  }

  async forSubject(m: EntityManager, subjectType: string, subjectId: string): Promise<DeadlineView[]> {
    const rows: Omit<DeadlineView, 'overdue'>[] = await m.query(
      `SELECT kind, due_at AS "dueAt", remind_at AS "remindAt", reminded_at AS "remindedAt", breached_at AS "breachedAt"
         FROM deadline WHERE subject_type = $1 AND subject_id = $2 AND stopped_at IS NULL ORDER BY due_at`,
      [subjectType, subjectId],
    );
    const now = this.clock.now().getTime();
    return rows.map((row) => ({ ...row, overdue: row.breachedAt !== null || row.dueAt.getTime() <= now }));
  }
}

const run = (m: EntityManager, { sql, params }: Statement) => queryPrepared(m, sql, [...params]);
