/** The tables commands write, but the audit trail: a refused command leaves their rows as they were. */
export const COMMAND_TABLES: readonly string[] = [
  'outbox_event',
  'case_file',
  'case_identifier',
  'case_share',
  'mla_request',
  'mla_message',
  'mla_history',
  'handoff',
  'handoff_message',
  'handoff_service',
  'app_user',
  'agency',
  'state',
];

/** One statement giving the number of rows of all `tables` together, as `n`. */
export const rowCountSql = (tables: readonly string[]): string =>
  `SELECT ${tables.map((table) => `(SELECT count(*) FROM ${table})`).join(' + ')}::int AS n`;
