import { EntityManager } from 'typeorm';
import { Action, PolicyTargets } from '@app/access';

/**
 * What the command step needs to know of an aggregate (a case, an MLA request, a handoff, a
 * user ...) and no more: how to read one, what the policy decides on, and how its table is
 * written. The feature keeps its rules; the step keeps the order in which they apply.
 */
export interface Aggregate<Row, A extends Action> {
  /** Its name in the audit trail, the outbox and the deadline table ('mla-request', 'handoff' ...). */
  readonly type: string;
  /** Its table. */
  readonly table: string;
  /** The alias the step writes the table under, which `returning` names (default `t`). */
  readonly alias?: string;
  /** What a change returns, as `read` gives it: a column list over the alias (`t.id, t.status AS "status"` ...). */
  readonly returning: string;
  /** What a refusal says of it ("the request", "the case"). */
  readonly noun: string;
  /** Said when a unique constraint refuses a change (CONFLICT, reason DUPLICATE). */
  readonly duplicate?: string;
  /** Reads one by id (a valid UUID): null when there is none. */
  read(m: EntityManager, id: string): Promise<Row | null>;
  /** What the one policy decides on, for the actions of this aggregate. */
  target(row: Row): PolicyTargets[A];
  /** The version the caller must have seen; null for an aggregate that keeps none. */
  version(row: Row): number | null;
}
