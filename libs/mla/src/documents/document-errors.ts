import { BadUserInputError } from '@app/kernel';

/** An upload refused for its size (413) or media type (415); nothing of it is stored. */
export class DocumentRejectedError extends BadUserInputError {
  constructor(
    readonly httpStatus: 413 | 415 | 400,
    problem: string,
  ) {
    super(`Invalid input: file: ${problem}`, [{ field: 'file', problem }]);
  }
}

/** A stored document whose content no longer matches its SHA-256: never served. */
export class DocumentIntegrityError extends Error {}
