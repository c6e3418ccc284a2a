import { accessToken } from '../session/access-token';

export interface UploadedDocument {
  id: string;
  sha256: string;
}

/** Why an upload failed, as the console explains it. */
export class UploadFailure extends Error {
  constructor(readonly kind: 'rejected' | 'busy' | 'notFound' | 'failed') {
    super(kind);
  }
}

function isUploaded(body: unknown): body is { document: UploadedDocument } {
  if (typeof body !== 'object' || body === null || !('document' in body)) return false;
  const document: unknown = body.document;
  return typeof document === 'object' && document !== null && 'id' in document && 'sha256' in document;
}

function failureOf(status: number): UploadFailure {
  if (status === 400 || status === 413 || status === 415) return new UploadFailure('rejected');
  if (status === 503) return new UploadFailure('busy');
  if (status === 404) return new UploadFailure('notFound');
  return new UploadFailure('failed');
}

/**
 * Sends a document to POST `url` (e.g. /mla-requests/{id}/documents; multipart, the bearer
 * token of the session). XMLHttpRequest, not fetch: only it reports how much of the body has
 * gone out, which the progress bar shows.
 */
export function uploadDocument(url: string, file: File, onProgress: (fraction: number) => void): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    const token = accessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300 && isUploaded(body)) {
        onProgress(1);
        resolve(body.document);
      } else {
        reject(failureOf(xhr.status));
      }
    };
    xhr.onerror = () => reject(new UploadFailure('failed'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Fetches a document (GET `{documentsPath}/{documentId}`) with the bearer token and hands it to the browser as a download. */
export async function downloadDocument(documentsPath: string, documentId: string, fileName: string): Promise<void> {
  const token = accessToken();
  const response = await fetch(`${documentsPath}/${encodeURIComponent(documentId)}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw failureOf(response.status);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked on the next turn: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
