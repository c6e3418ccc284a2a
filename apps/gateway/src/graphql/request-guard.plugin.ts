import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, validate, ValidationRule } from 'graphql';
import { BadUserInputError, FieldProblem } from '@app/kernel';
import { GraphQLContext } from '@app/graphql';
import { hasPageSizeVariables, withPageSizesInlined } from './page-size-cost';
import { inputProblems, literalArguments, literalIdProblems, operationProblem, variableIdProblems } from './request-guard.rules';

/** Problems one answer names at most: a list of a hundred thousand bad items needs no answer as long. */
const MAX_PROBLEMS = 20;

/** A refusal of the whole request, before anything runs: HTTP 400. */
function requestError(message: string, code: string, problems?: readonly FieldProblem[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(problems ? { problems } : {}), http: { status: 400 } } });
}

/** What the guard finds in a document itself, whatever the variables. */
interface DocumentFacts {
  readonly literalProblems: readonly FieldProblem[];
  /** Worked out only once the literals are sound (the ID walk reads them). */
  literalIdProblems?: readonly FieldProblem[];
  readonly pageSizeVariables: boolean;
}

/**
 * Apollo keeps each parsed document and hands the same object to every request that sends
 * that query, so what depends on the document alone is worked out once, not per request.
 */
const factsOfDocuments = new WeakMap<DocumentNode, DocumentFacts>();

function documentFacts(document: DocumentNode): DocumentFacts {
  let facts = factsOfDocuments.get(document);
  if (!facts) {
    facts = { literalProblems: inputProblems(literalArguments(document)), pageSizeVariables: hasPageSizeVariables(document) };
    factsOfDocuments.set(document, facts);
  }
  return facts;
}

function literalIdProblemsOf(schema: GraphQLSchema, document: DocumentNode, facts: DocumentFacts): readonly FieldProblem[] {
  return (facts.literalIdProblems ??= literalIdProblems(schema, document));
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
          const facts = documentFacts(document);
          const textual = [...inputProblems(variables), ...facts.literalProblems];
          // Only once nothing is nested too deep: the ID walk reads the values.
          const problems =
            textual.length || !operation
              ? textual
              : [...variableIdProblems(schema, operation, variables), ...literalIdProblemsOf(schema, document, facts)];
          if (problems.length) {
            const error = BadUserInputError.of(problems.slice(0, MAX_PROBLEMS));
            throw requestError(error.message, error.code, error.problems);
          }
          const inlined = operation && costRules.length && facts.pageSizeVariables ? withPageSizesInlined(document, operation, variables) : null;
          const [tooCostly] = inlined ? validate(schema, inlined, costRules) : [];
          if (tooCostly) throw requestError(tooCostly.message, 'GRAPHQL_VALIDATION_FAILED');
        },
      };
    },
  };
}
