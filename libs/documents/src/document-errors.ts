import { BadUserInputError } from '@app/kernel';
import type { TransferRefusal, TransferRefusalKind } from './transfer-limits';

type RejectedStatus = 400 | 408 | 413 | 415;

/** An upload refused for its size (413), media type (415) or a stalled client (408); nothing of it is stored. */
export class DocumentRejectedError extends BadUserInputError {
  constructor(
    readonly httpStatus: RejectedStatus,
    problem: string,
  ) {
    super(`Invalid input: file: ${problem}`, [{ field: 'file', problem }]);
  }
}

/** An upload that broke a time limit (idle, minimum rate, deadline): 408, its connection given up. */
export class TransferRefusedError extends DocumentRejectedError {
  readonly kind: TransferRefusalKind;

  constructor(refusal: TransferRefusal) {
    super(408, refusal.problem);
    this.kind = refusal.kind;
  }
}

/** A stored document whose content no longer matches its SHA-256: never served. */
export class DocumentIntegrityError extends Error {}

/** Every upload slot of this gateway is taken (MLA_UPLOADS_AT_ONCE): the client retries shortly. */
export class UploadsBusyError extends Error {
  readonly retryAfterSeconds = 5;

  constructor() {
    super('Too many uploads in progress; retry shortly');
  }
}

/** What an audited refusal says, by status: short, and never anything of the content. */
const REFUSAL_REASONS: Record<RejectedStatus, string> = {
  400: 'malformed upload',
  408: 'client stalled',
  413: 'larger than the size limit',
  415: 'media type not allowed',
};

const TRANSFER_REASONS: Record<TransferRefusalKind, string> = {
  stalled: 'client stalled',
  'too-slow': 'transfer too slow',
  deadline: 'upload deadline passed',
};

/** The reason an upload refusal is audited with, or null for an error that is no refusal of the upload. */
export function refusalReason(error: unknown): string | null {
  if (error instanceof UploadsBusyError) return 'too many uploads at once';
  if (error instanceof TransferRefusedError) return TRANSFER_REASONS[error.kind];
  return error instanceof DocumentRejectedError ? REFUSAL_REASONS[error.httpStatus] : null;
}
