import { buildSchema, execute, graphql, GraphQLResolveInfo, parse } from 'graphql';
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

  describe('for a document run again, as Apollo runs its cached documents', () => {
    async function fieldsOfRun(document: ReturnType<typeof parse>, variableValues?: Record<string, unknown>): Promise<ReadonlySet<string>> {
      let seen: ReadonlySet<string> = new Set();
      const rootValue = {
        items: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
          seen = selectedNodeFields(info);
          return { edges: [] };
        },
      };
      const result = await execute({ schema, document, rootValue, variableValues });
      expect(result.errors).toBeUndefined();
      return seen;
    }

    it('works the selection out once', async () => {
      const document = parse(`{ items { edges { node { id ...Parts } } } } fragment Parts on Item { title }`);
      const first = await fieldsOfRun(document);
      expect([...first].sort()).toEqual(['id', 'title']);
      expect(await fieldsOfRun(document)).toBe(first);
    });

    it('works it out again for other variables when @skip / @include may depend on them, also inside a fragment', async () => {
      const document = parse(`query($full: Boolean!) { items { edges { node { id ...Parts } } } }
        fragment Parts on Item { title @include(if: $full) }`);
      expect([...(await fieldsOfRun(document, { full: true }))].sort()).toEqual(['id', 'title']);
      expect([...(await fieldsOfRun(document, { full: false }))].sort()).toEqual(['id']);
    });
  });
});
