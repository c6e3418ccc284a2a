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
  /** Set once the refusal is in the audit trail as DENIED, so an outer layer does not record it again. */
  deniedAudited = false;
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

/**
 * Why a command conflicts with the resource as it now is (`extensions.reason`): the caller's
 * version is stale, the step is not allowed in the current state (named in `extensions.state`),
 * or what it would create exists already.
 */
export type ConflictReason = 'VERSION' | 'STATE' | 'DUPLICATE';

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';

  private constructor(
    message: string,
    readonly reason: ConflictReason,
    readonly state: string | null = null,
  ) {
    super(message);
  }

  static staleVersion(message: string): ConflictError {
    return new ConflictError(message, 'VERSION');
  }

  static notInState(state: string, message: string): ConflictError {
    return new ConflictError(message, 'STATE', state);
  }

  static duplicate(message: string): ConflictError {
    return new ConflictError(message, 'DUPLICATE');
  }
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

/**
 * Why a pure rule (a lifecycle's decide) refused a step; `refusalError` gives each kind its one
 * answer, the same in every context: the other side's step FORBIDDEN, a step the current state
 * does not allow CONFLICT (reason STATE), a missing or wrong input BAD_USER_INPUT.
 */
export type StepRefusal = 'WRONG_SIDE' | 'STATE' | 'INPUT';

export interface StepRefused {
  readonly refusal: StepRefusal;
  readonly problems: readonly FieldProblem[];
}

export function refusalError(refused: StepRefused, state: string): DomainError {
  const said = refused.problems.map((p) => p.problem).join('; ');
  switch (refused.refusal) {
    case 'WRONG_SIDE':
      return new ForbiddenError(`Not allowed: ${said}`);
    case 'STATE':
      return ConflictError.notInState(state, said);
    case 'INPUT':
      return BadUserInputError.of(refused.problems);
  }
}

/** The codes of refusals kept in the audit trail as DENIED: all but invalid input (the caller's typing, no attempt on anything). */
const AUDITED_REFUSAL_CODES: ReadonlySet<ErrorCode> = new Set(['NOT_FOUND', 'FORBIDDEN', 'CONFLICT']);

/** A refusal that must be audited as DENIED and is not yet. */
export const isUnauditedRefusal = (error: unknown): error is DomainError =>
  error instanceof DomainError && AUDITED_REFUSAL_CODES.has(error.code) && !error.deniedAudited;

/** What a refusal adds to GraphQL `extensions` besides its code and problems. */
export function refusalExtensions(error: DomainError): Record<string, string> {
  if (!(error instanceof ConflictError)) return {};
  return error.state === null ? { reason: error.reason } : { reason: error.reason, state: error.state };
}
