import { AuditEventRecord } from '@app/audit';

export type ExportFormat = 'csv' | 'jsonl';

/** Media type and file extension of each export format. */
export const EXPORT_FORMATS: Record<ExportFormat, { readonly mediaType: string; readonly extension: string }> = {
  csv: { mediaType: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { mediaType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
};

export const isExportFormat = (value: unknown): value is ExportFormat => value === 'csv' || value === 'jsonl';

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell (RFC 4180): a cell a spreadsheet would read as a formula gets a leading
 * apostrophe, so it shows as text; a cell with a comma, quote, line break or edge space is
 * quoted, its quotes doubled.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly (string | null)[]): string => `${cells.map(csvCell).join(',')}\r\n`;

const COLUMNS: readonly [string, (e: AuditEventRecord) => string | null][] = [
  ['id', (e) => e.id],
  ['occurredAt', (e) => e.occurredAt.toISOString()],
  ['actorUserId', (e) => e.actorUserId],
  ['actorAgencyId', (e) => e.actorAgencyId],
  ['actorState', (e) => e.actorState],
  ['action', (e) => e.action],
  ['outcome', (e) => e.outcome],
  ['targetType', (e) => e.targetType],
  ['targetId', (e) => e.targetId],
  ['targetState', (e) => e.targetState],
  ['requestId', (e) => e.requestId],
  ['purpose', (e) => e.purpose],
  ['recipients', (e) => e.recipients?.join(' ') ?? null],
  ['details', (e) => JSON.stringify(e.details)],
];

/** The header line of a format (CSV names its columns; JSON Lines has none). */
export const exportHeader = (format: ExportFormat): string => (format === 'csv' ? csvLine(COLUMNS.map(([name]) => name)) : '');

/** One event as one line of the format. */
export function exportLine(format: ExportFormat, event: AuditEventRecord): string {
  return format === 'csv' ? csvLine(COLUMNS.map(([, cell]) => cell(event))) : `${JSON.stringify(event)}\n`;
}
