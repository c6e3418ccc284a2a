import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const names = new Map<string, string>();

/** A statement's name is derived from its text, so one text always has one name on every connection. */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `p_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * Runs `sql` as a named prepared statement: each pooled connection parses and plans it once
 * instead of on every call. For the hot paths only: a wide join is planned in about a
 * millisecond here, several times longer than it takes to run. Inside a transaction it runs
 * on the transaction's connection. Returns the rows (also for INSERT/UPDATE ... RETURNING).
 */
export async function queryPrepared<T extends QueryResultRow>(db: DataSource | EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const manager = db instanceof DataSource ? db.manager : db;
  const runner = manager.queryRunner;
  const client: Pool | PoolClient = runner
    ? ((await runner.connect()) as PoolClient)
    : ((manager.connection.driver as PostgresDriver).master as Pool);
  const result = await client.query<T>({ name: statementName(sql), text: sql, values: params });
  return result.rows;
}
