import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { BadUserInputError, FieldProblem } from '@app/kernel';
import { GraphQLContext } from '@app/platform';
import { inputProblems, literalArguments, operationProblem } from './request-guard.rules';

/** A refusal of the whole request, before anything runs: HTTP 400. */
function requestError(message: string, code: string, problems?: readonly FieldProblem[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(problems ? { problems } : {}), http: { status: 400 } } });
}

/**
 * One guard for every request, once its operation is resolved and before any plugin or
 * resolver sees it: the operation must exist and be of a kind the schema has, and no input
 * value (variable or literal argument) may hold what the database refuses (NUL, lone
 * surrogates) or nest deep enough to overflow recursive code downstream.
 */
export function requestGuardPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          const problem = operationProblem(schema, document, request.operationName, operation);
          if (problem) throw requestError(problem, 'OPERATION_RESOLUTION_FAILURE');
          const problems = [...inputProblems(request.variables ?? {}), ...inputProblems(literalArguments(document))];
          if (problems.length) {
            const error = BadUserInputError.of(problems);
            throw requestError(error.message, error.code, error.problems);
          }
        },
      };
    },
  };
}
