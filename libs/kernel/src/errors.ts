/**
 * Errors the use cases raise. The gateway maps `code` to GraphQL `extensions.code`;
 * anything else that escapes is reported to clients as a generic internal error.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SECOND_FACTOR_REQUIRED'
  | AccountRestriction;

/**
 * What a session must do before anything else (FORBIDDEN-class codes): a password set by an
 * administrator is changed first, then a second factor the role requires is enrolled.
 */
export type AccountRestriction = 'PASSWORD_CHANGE_REQUIRED' | 'SECOND_FACTOR_ENROLMENT_REQUIRED';

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

/** Too many attempts: the client may try again after `retryAfterSeconds` (HTTP 429 with Retry-After). */
export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  /** The HTTP answer it calls for, in the form GraphQL servers read from an error's extensions. */
  readonly extensions: { http: { status: number; headers: Map<string, string> } };

  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.extensions = { http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } };
  }
}

/** The operation needs a one-time code (TOTP or recovery code): none was given, or it was wrong. */
export class SecondFactorRequiredError extends DomainError {
  readonly code = 'SECOND_FACTOR_REQUIRED';
}

/** The session may only do what lifts its restriction (change the password, enrol a second factor). */
export class AccountRestrictedError extends DomainError {
  constructor(readonly code: AccountRestriction) {
    super(
      code === 'PASSWORD_CHANGE_REQUIRED'
        ? 'Change your password first (changePassword)'
        : 'Enrol a second factor first (beginSecondFactorEnrolment, confirmSecondFactorEnrolment)',
    );
  }
}
