import { BadUserInputError } from '@app/kernel';

/** An upload refused for its size (413), media type (415) or a stalled client (408); nothing of it is stored. */
export class DocumentRejectedError extends BadUserInputError {
  constructor(
    readonly httpStatus: 400 | 408 | 413 | 415,
    problem: string,
  ) {
    super(`Invalid input: file: ${problem}`, [{ field: 'file', problem }]);
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
