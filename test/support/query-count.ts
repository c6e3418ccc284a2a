import { DataSource } from 'typeorm';

/**
 * Runs `run` and counts the SQL statements the gateway sent through `db.query` that match
 * `pattern`. A pass-through spy, not a mock: the statements still reach PostgreSQL. Used to
 * prove a nested field is read with one query per request, not one per row.
 */
export async function countQueries<T>(db: DataSource, pattern: RegExp, run: () => Promise<T>): Promise<{ result: T; count: number }> {
  const spy = jest.spyOn(db, 'query');
  try {
    const result = await run();
    return { result, count: spy.mock.calls.filter(([sql]) => pattern.test(sql)).length };
  } finally {
    spy.mockRestore();
  }
}
