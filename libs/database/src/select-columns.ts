/**
 * The select list for the fields a query needs: `columns` maps each field to its SQL (in
 * select-list order), `wanted` names the fields. Fields without a column (computed or
 * resolved elsewhere) are passed over.
 */
export function selectColumns(columns: Readonly<Record<string, string>>, wanted: Iterable<string>): string {
  const fields = new Set(wanted);
  return Object.entries(columns)
    .filter(([field]) => fields.has(field))
    .map(([, column]) => column)
    .join(', ');
}

/**
 * The select list of a page for the fields its query selects, plus those always read. It is
 * worked out once per selection: selectedNodeFields gives the same set for every request of
 * a cached query, so a page's SQL is not rebuilt on every request.
 */
export function pageColumnsFor(columns: Readonly<Record<string, string>>, alwaysRead: readonly string[]): (fields: ReadonlySet<string>) => string {
  const bySelection = new WeakMap<ReadonlySet<string>, string>();
  return (fields) => {
    let list = bySelection.get(fields);
    if (list === undefined) {
      list = selectColumns(columns, [...alwaysRead, ...fields]);
      bySelection.set(fields, list);
    }
    return list;
  };
}
