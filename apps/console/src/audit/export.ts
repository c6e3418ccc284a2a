import { accessToken } from '../session/access-token';
import { AuditFilterSearch, exportQuery } from './search';

export type ExportFormat = 'csv' | 'jsonl';

/** Why an export failed, as the console explains it. */
export class ExportFailure extends Error {
  constructor(readonly refused: boolean) {
    super(refused ? 'refused' : 'failed');
  }
}

/**
 * Asks GET /audit-events/export for the filtered selection with the session's bearer token
 * (the server streams it) and hands the file to the browser as a download.
 */
export async function downloadAuditExport(search: AuditFilterSearch, format: ExportFormat): Promise<void> {
  const token = accessToken();
  const response = await fetch(`/audit-events/export?${exportQuery(search, format)}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new ExportFailure(response.status === 403 || response.status === 401);
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `audit.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
