import { EntityManager } from 'typeorm';
import { queryPrepared } from './prepared-query';

/** One SQL statement and its parameters ($1 … $n), to run alone or together with others. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** A change the final statement reads the RETURNING rows of, by this name. */
export interface NamedStatement extends Statement {
  readonly name: string;
}

/** Shifts a statement's parameter numbers by `offset` (statements here use no literal `$`). */
const renumbered = (sql: string, offset: number): string => sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);

/**
 * Runs data-changing statements (INSERT, UPDATE, DELETE) and a final statement as ONE SQL
 * statement, each change a WITH clause: a command's history, audit, outbox and deadline rows
 * cost one round trip instead of one each. They all see the snapshot from before the
 * statement, so none may depend on another's changes. Returns the final statement's rows.
 */
export async function runTogether<T extends object>(
  m: EntityManager,
  changes: readonly (Statement | NamedStatement)[],
  final: Statement,
): Promise<T[]> {
  const params: unknown[] = [];
  const clauses = changes.map((change, i) => {
    const sql = renumbered(change.sql, params.length);
    params.push(...change.params);
    return `${'name' in change ? change.name : `change_${i}`} AS (${sql})`;
  });
  const main = renumbered(final.sql, params.length);
  params.push(...final.params);
  return queryPrepared<T>(m, clauses.length ? `WITH ${clauses.join(',\n')}\n${main}` : main, params);
}
