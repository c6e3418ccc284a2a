import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DocumentNode, getOperationAST, GraphQLError, validate } from 'graphql';
import { withPageSizesInlined } from '../../gateway/src/graphql/page-size-cost';
import { DEFAULT_GRAPHQL_MAX_COST } from '../../../libs/config/src/query-limits';
import { MAX_PAGE_SIZE } from '../../../libs/kernel/src/cursor';
import * as generated from './gql/graphql';

const schema = buildSchema(readFileSync(join(__dirname, '../../gateway/schema.graphql'), 'utf8'));
const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && typeof entry[1] === 'object' && entry[1] !== null && 'definitions' in entry[1],
);

/**
 * The cost graphql-armor gives an operation as Apollo Client sends it (with __typename
 * everywhere), page sizes given by variables counted at the largest the API allows, as the
 * gateway counts them with the values sent.
 */
function costOf(document: DocumentNode): number {
  const sent = addTypenameToDocument(document);
  const operation = getOperationAST(sent);
  const largest = Object.fromEntries((operation?.variableDefinitions ?? []).map((d) => [d.variable.name.value, MAX_PAGE_SIZE]));
  try {
    validate(schema, (operation && withPageSizesInlined(sent, operation, largest)) || sent, [costLimitRule({ maxCost: 0 })]);
  } catch (error) {
    const found = /found ([\d.]+)/.exec((error as GraphQLError).message);
    if (found) return parseFloat(found[1]);
    throw error;
  }
  return 0;
}

describe('console operations against the gateway query limits', () => {

  it('finds the generated operations', () => {
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['DeskDocument', 'SignInDocument']));
  });

  it.each(documents)('%s costs less than the default GRAPHQL_MAX_COST', (_, document) => {
    expect(costOf(document)).toBeLessThan(DEFAULT_GRAPHQL_MAX_COST);
  });
});
