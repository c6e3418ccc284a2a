import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MessageKey } from '../i18n/messages';

export type FailureKind = 'notFound' | 'forbidden' | 'conflict' | 'badInput' | 'unauthenticated' | 'secondFactor' | 'throttled' | 'unexpected' | 'network';

export interface FieldProblem {
  field: string;
  problem: string;
}

/** What went wrong with a request, in the terms the console explains to its user. */
export interface Failure {
  kind: FailureKind;
  problems: FieldProblem[];
  requestId?: string;
  /**
   * For a conflict with the current state (`extensions.reason` STATE): the state named, e.g.
   * SUBMITTED. Absent for a stale version, the other conflict the console explains.
   */
  state?: string;
}

const KIND_OF_CODE: Record<string, FailureKind> = {
  NOT_FOUND: 'notFound',
  FORBIDDEN: 'forbidden',
  CONFLICT: 'conflict',
  BAD_USER_INPUT: 'badInput',
  GRAPHQL_VALIDATION_FAILED: 'badInput',
  UNAUTHENTICATED: 'unauthenticated',
  SECOND_FACTOR_REQUIRED: 'secondFactor',
  TOO_MANY_REQUESTS: 'throttled',
};

export const FAILURE_MESSAGE: Record<FailureKind, MessageKey> = {
  notFound: 'error.notFound',
  forbidden: 'error.forbidden',
  conflict: 'error.conflict',
  badInput: 'error.badInput',
  unauthenticated: 'error.unauthenticated',
  secondFactor: 'error.secondFactor',
  throttled: 'error.throttled',
  unexpected: 'error.unexpected',
  network: 'error.network',
};

function isFieldProblem(value: unknown): value is FieldProblem {
  return typeof value === 'object' && value !== null && 'field' in value && 'problem' in value;
}

export function describeFailure(error: unknown): Failure {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'network', problems: [] };
  const first = error.errors[0];
  const code = String(first?.extensions?.code ?? '');
  const problems = error.errors.flatMap((e) => {
    const listed = e.extensions?.problems;
    return Array.isArray(listed) ? listed.filter(isFieldProblem) : [];
  });
  const requestId = first?.extensions?.requestId;
  const state = first?.extensions?.reason === 'STATE' ? first.extensions.state : undefined;
  return {
    kind: KIND_OF_CODE[code] ?? 'unexpected',
    problems,
    requestId: typeof requestId === 'string' ? requestId : undefined,
    ...(typeof state === 'string' ? { state } : {}),
  };
}

/** The sentence that explains a failure, with its values: a conflict with the state names that state. */
export function failureSentence(failure: Failure): { key: MessageKey; values: Record<string, string> } {
  if (failure.kind === 'conflict' && failure.state) return { key: 'error.conflictState', values: { state: failure.state } };
  return { key: FAILURE_MESSAGE[failure.kind], values: { requestId: failure.requestId ?? '—' } };
}

/** The problem the server named for one field (its last path segment), if any. */
export function problemOf(failure: Failure | null, field: string): string | undefined {
  return failure?.problems.find((p) => p.field === field || p.field.endsWith(`.${field}`))?.problem;
}
