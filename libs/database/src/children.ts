/** What `childrenOf` needs of a database handle (a DataSource or an EntityManager). */
interface Queryable {
  query(sql: string, parameters: unknown[]): Promise<unknown>;
}

/**
 * The children of a batch of parents in one query: `sql` takes the parent ids as `$1`
 * (e.g. `WHERE request_id = ANY($1::uuid[])`) and names each row's parent `"parentId"`.
 * Answers one list per parent, aligned with `parentIds`, in the query's order.
 */
export async function childrenOf<R>(db: Queryable, sql: string, parentIds: readonly string[]): Promise<R[][]> {
  const rows = (await db.query(sql, [parentIds])) as (R & { parentId: string })[];
  return groupBy(parentIds, rows, (row) => row.parentId);
}

/**
 * Rows grouped by their parent's key, aligned with `keys` (a key without rows gets an empty
 * list) and in the rows' order, so a query's ORDER BY carries over to each group.
 */
export function groupBy<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}
