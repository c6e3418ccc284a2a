import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { selectedNodeFields } from './selected-fields';

const schema = buildSchema(`
  type Item { id: ID! title: String status: String owner: String }
  type ItemEdge { cursor: String! node: Item! }
  type ItemConnection { edges: [ItemEdge!]! total: Int }
  type Query { items: ItemConnection! }
`);

async function fieldsOf(query: string, variableValues?: Record<string, unknown>): Promise<string[]> {
  let seen: ReadonlySet<string> = new Set();
  const rootValue = {
    items: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = selectedNodeFields(info);
      return { edges: [] };
    },
  };
  const result = await graphql({ schema, source: query, rootValue, variableValues });
  expect(result.errors).toBeUndefined();
  return [...seen].sort();
}

describe('selectedNodeFields', () => {
  it('gives the fields selected on edges.node, not those of the edge or the connection', async () => {
    expect(await fieldsOf('{ items { total edges { cursor node { id title } } } }')).toEqual(['id', 'title']);
  });

  it('follows fragments and inline fragments, and names aliased fields by their field name', async () => {
    const query = `{ items { edges { node { ...Parts ... on Item { owner } label: status } } } }
      fragment Parts on Item { title }`;
    expect(await fieldsOf(query)).toEqual(['owner', 'status', 'title']);
  });

  it('leaves out fields skipped by @skip / @include', async () => {
    const query = `query($full: Boolean!) { items { edges { node { id title @include(if: $full) owner @skip(if: $full) } } } }`;
    expect(await fieldsOf(query, { full: false })).toEqual(['id', 'owner']);
    expect(await fieldsOf(query, { full: true })).toEqual(['id', 'title']);
  });
});
