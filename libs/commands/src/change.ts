import { Statement } from '@app/database';
import { AuditEntry } from '@app/audit';
import { DomainEvent } from '@app/events';

/** An audit row of a command that went through: it succeeded by being written. */
export type AuditedChange = Omit<AuditEntry, 'outcome' | 'targetType' | 'targetId'> &
  Partial<Pick<AuditEntry, 'targetType' | 'targetId'>>;

/** A deadline of the aggregate armed (due, with its reminder) or stopped. */
export type DeadlineChange =
  | { readonly kind: string; readonly dueAt: Date; readonly remindAt: Date | null }
  | { readonly kind?: string; readonly stop: true };

/**
 * What a command does to an aggregate, decided on the row as read, before anything is written.
 * The step writes it all in one statement, or none of it.
 */
export interface Change {
  /** Columns of the aggregate's row to set. Its version moves on, unless `keepVersion`. Empty: the row is left as it is. */
  readonly set?: Readonly<Record<string, unknown>>;
  /** A change that is not a new version of the row (a message, a touch of `updated_at`): nobody's edit becomes stale. */
  readonly keepVersion?: boolean;
  /**
   * A condition the row must still meet when it is written, over the aggregate's alias (`t.first_read_at IS NULL`):
   * for an aggregate without a version, what the decision relied on. Not met: CONFLICT, nothing written.
   */
  readonly stillTrue?: string;
  /** Rows of the same context that go with the change: a history entry, a message, a service log. */
  readonly alongside?: readonly Statement[];
  /** The SUCCESS rows of the audit trail; they name the aggregate unless they say otherwise. */
  readonly audit: AuditedChange | readonly AuditedChange[];
  /** Domain events for the outbox, published exactly when the change commits. */
  readonly events?: readonly DomainEvent[];
  /** The aggregate's deadlines armed or stopped. */
  readonly deadlines?: readonly DeadlineChange[];
  /**
   * A statement taken first in the same transaction, when the change must take turns with
   * another writer (an advisory lock); without it the command is one statement, no transaction.
   */
  readonly takeTurns?: Statement;
}

/** A command that creates an aggregate: its row's columns (with the id it chose), and the rest as for a change. */
export interface Creation extends Omit<Change, 'set' | 'keepVersion'> {
  readonly insert: Readonly<Record<string, unknown>>;
}
