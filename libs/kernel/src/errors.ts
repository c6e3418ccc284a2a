/**
 * Errors the use cases raise. The gateway maps `code` to GraphQL `extensions.code`;
 * anything else that escapes is reported to clients as a generic internal error.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

export interface FieldProblem {
  readonly field: string;
  readonly problem: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

/** Also used for objects that exist but that the caller may not see: their existence is not revealed. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  static of(problems: readonly FieldProblem[]): BadUserInputError {
    const summary = problems.map((p) => `${p.field}: ${p.problem}`).join('; ');
    return new BadUserInputError(`Invalid input: ${summary}`, problems);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}
