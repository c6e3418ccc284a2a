import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, validate, ValidationRule } from 'graphql';
import { BadUserInputError, FieldProblem } from '@app/kernel';
import { GraphQLContext } from '@app/platform';
import { withPageSizesInlined } from './page-size-cost';
import { idProblems, inputProblems, literalArguments, operationProblem } from './request-guard.rules';

/** Problems one answer names at most: a list of a hundred thousand bad items needs no answer as long. */
const MAX_PROBLEMS = 20;

/** A refusal of the whole request, before anything runs: HTTP 400. */
function requestError(message: string, code: string, problems?: readonly FieldProblem[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(problems ? { problems } : {}), http: { status: 400 } } });
}

/**
 * One guard for every request, once its operation is resolved and before any plugin or
 * resolver sees it: the operation must exist and be of a kind the schema has, and no input
 * value (variable or literal argument) may hold what the database refuses (NUL, lone
 * surrogates, an ID that is no UUID) or nest deep enough to overflow recursive code
 * downstream. `costRules` (the cost limit) are applied again with the page sizes the
 * variables give.
 */
export function requestGuardPlugin(costRules: readonly ValidationRule[] = []): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          const problem = operationProblem(schema, document, request.operationName, operation);
          if (problem) throw requestError(problem, 'OPERATION_RESOLUTION_FAILURE');
          const variables = request.variables ?? {};
          const textual = [...inputProblems(variables), ...inputProblems(literalArguments(document))];
          // Only once nothing is nested too deep: the ID walk reads the values.
          const problems = textual.length || !operation ? textual : idProblems(schema, document, operation, variables);
          if (problems.length) {
            const error = BadUserInputError.of(problems.slice(0, MAX_PROBLEMS));
            throw requestError(error.message, error.code, error.problems);
          }
          const inlined = operation && costRules.length ? withPageSizesInlined(document, operation, variables) : null;
          const [tooCostly] = inlined ? validate(schema, inlined, costRules) : [];
          if (tooCostly) throw requestError(tooCostly.message, 'GRAPHQL_VALIDATION_FAILED');
        },
      };
    },
  };
}
