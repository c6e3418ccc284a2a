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
