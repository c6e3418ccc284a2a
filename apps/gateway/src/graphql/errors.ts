import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, ErrorCode, FieldProblem, refusalExtensions, TooManyRequestsError } from '@app/kernel';
import { GraphQLContext } from '@app/graphql';

export const INTERNAL = 'INTERNAL_SERVER_ERROR';

// Errors raised by GraphQL itself (syntax, unknown fields, variable types, armor limits) are the client's.
const CLIENT_GRAPHQL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);
// Apollo Client's persisted-query link reads this code to fall back to sending the query: kept as it is.
const PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED';

function fromValidationPipe(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return `Invalid input: ${message.join('; ')}`;
    if (typeof message === 'string') return message;
  }
  return error.message;
}

/**
 * The field problems of a failed input validation, named like the services name theirs
 * (`title`, `consent.givenAt`, `needs[0].note`), so invalid input always answers with its fields.
 */
export function validationProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = !parent ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator starts its messages with the property's name, which `field` already gives.
      problem: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...validationProblems(error.children ?? [], field)];
  });
}

/**
 * Maps every error to one of the documented `extensions.code` values. Anything unexpected
 * becomes a generic message; its detail stays in the server log (see errorLoggingPlugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const path = formatted.path ? { path: formatted.path } : {};
  if (original instanceof DomainError) {
    const problems = original.problems.length ? { problems: original.problems } : {};
    const retry = original instanceof TooManyRequestsError ? { retryAfterSeconds: original.retryAfterSeconds } : {};
    return { message: original.message, ...path, extensions: { code: original.code, ...refusalExtensions(original), ...problems, ...retry } };
  }
  if (original instanceof HttpException && original.getStatus() === 400) {
    return { message: fromValidationPipe(original), ...path, extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } };
  }
  const code = formatted.extensions?.code;
  if (code === PERSISTED_QUERY_NOT_SUPPORTED) return { message: formatted.message, extensions: { code } };
  if (typeof code === 'string' && CLIENT_GRAPHQL_CODES.has(code)) {
    const problems = Array.isArray(formatted.extensions?.problems) ? { problems: formatted.extensions.problems } : {};
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', ...problems } };
  }
  return { message: 'Internal error', ...path, extensions: { code: INTERNAL } };
}

/** Logs unexpected errors with their request id, and gives the client that id to quote. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof DomainError || original instanceof HttpException) continue;
            // Parse, validation and request-guard errors have a code and no path: the client's, nothing to investigate.
            if (!error.path && error.extensions?.code) continue;
            logger.error({ requestId: contextValue.req.id, err: original, path: error.path }, 'unexpected error');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((e) => e.extensions?.code === INTERNAL)) return;
          response.body.singleResult.errors = errors.map((e) =>
            e.extensions?.code === INTERNAL
              ? {
                  ...e,
                  message: `Internal error; quote request id ${String(contextValue.req.id)}`,
                  extensions: { ...e.extensions, requestId: String(contextValue.req.id) },
                }
              : e,
          );
        },
      };
    },
  };
}
