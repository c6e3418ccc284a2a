import { buildSchema, getOperationAST, parse } from 'graphql';
import { idProblems, inputProblems, literalArguments, MAX_INPUT_DEPTH, operationProblem, SUBSCRIPTIONS_OVER_WEBSOCKET } from './request-guard.rules';

describe('inputProblems', () => {
  it('names each bad string by its path, inside objects and lists', () => {
    expect(inputProblems({ input: { title: 'ok', identifiers: ['fine', 'x\u0000'] }, email: '\ud800' })).toEqual([
      { field: 'input.identifiers[1]', problem: 'must not contain a NUL character' },
      { field: 'email', problem: 'must be valid Unicode (it holds a lone surrogate)' },
    ]);
  });

  it('accepts numbers, booleans, nulls and nesting within the limit', () => {
    let value: unknown = 'leaf';
    for (let depth = 1; depth < MAX_INPUT_DEPTH; depth++) value = { a: value };
    expect(inputProblems({ n: 1, b: true, z: null, value })).toEqual([]);
  });

  it('walks a list of half a million items without overflowing the stack', () => {
    const items = Array.from({ length: 500_000 }, (_, i) => (i === 499_999 ? 'x\u0000' : 'ok'));
    expect(inputProblems({ items })).toEqual([{ field: 'items[499999]', problem: 'must not contain a NUL character' }]);
  });

  it('refuses nesting beyond the limit without overflowing the stack, objects or lists', () => {
    let object: unknown = 1;
    let list: unknown = [];
    for (let depth = 0; depth < 100_000; depth++) {
      object = { a: object };
      list = [list];
    }
    expect(inputProblems({ object })).toEqual([{ field: expect.stringMatching(/^object(\.a)+$/), problem: `is nested deeper than ${MAX_INPUT_DEPTH} levels` }]);
    expect(inputProblems({ list })[0].problem).toBe(`is nested deeper than ${MAX_INPUT_DEPTH} levels`);
  });
});

describe('literalArguments', () => {
  it('reads every literal argument of the document, fragments included, variables as undefined', () => {
    const document = parse(`
      mutation($id: ID!) { a: act(input: { title: "x\\u0000", tags: ["a"] }, id: $id) { ...F } b: act(input: { title: "y" }) { id } }
      fragment F on Thing { field(name: "n") }
    `);
    expect(literalArguments(document)).toEqual({ input: { title: 'x\u0000', tags: ['a'] }, id: undefined, 'input#2': { title: 'y' }, name: 'n' });
  });
});

describe('operationProblem', () => {
  const schema = buildSchema('type Query { me: String } type Mutation { act: String }');
  const problemOf = (query: string, operationName?: string) => {
    const document = parse(query);
    return operationProblem(schema, document, operationName, getOperationAST(document, operationName) ?? undefined);
  };

  it('accepts a query or mutation it can tell', () => {
    expect(problemOf('{ me }')).toBeNull();
    expect(problemOf('query A { me } mutation B { act }', 'B')).toBeNull();
  });

  it('refuses an unknown name, several operations without one, a type the schema lacks, and a subscription over HTTP', () => {
    expect(problemOf('query A { me }', 'B')).toBe('Unknown operation named "B".');
    expect(problemOf('query A { me } query B { me }')).toBe('Must provide operation name if query contains multiple operations.');
    expect(problemOf('subscription { me }')).toBe(SUBSCRIPTIONS_OVER_WEBSOCKET);
    const queriesOnly = buildSchema('type Query { me: String }');
    const mutation = parse('mutation { me }');
    expect(operationProblem(queriesOnly, mutation, undefined, getOperationAST(mutation) ?? undefined)).toBe('This API does not support mutation operations.');
    expect(problemOf('fragment F on Query { me }')).toBe('Must provide an operation.');
  });
});

describe('idProblems', () => {
  const schema = buildSchema(`
    input Change { id: ID!, ids: [ID!], note: String }
    type Query { one(id: ID!): String }
    type Mutation { change(input: Change!, ref: String): String }
  `);
  const UUID = '7d1c9c56-3f0e-4a43-9d0c-5a4f7f1f2c11';
  const problemsOf = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    return idProblems(schema, document, operation, variables).map((p) => p.field);
  };

  it('accepts UUIDs, and leaves strings that are no IDs alone', () => {
    expect(problemsOf(`query { one(id: "${UUID}") }`)).toEqual([]);
    expect(problemsOf('mutation($input: Change!) { change(input: $input, ref: "not-a-uuid") }', { input: { id: UUID, ids: [UUID], note: 'x' } })).toEqual([]);
  });

  it('names every ID that is no UUID, in variables and literals, lists and input objects included', () => {
    expect(problemsOf('mutation($input: Change!) { change(input: $input) }', { input: { id: 'x', ids: [UUID, 'y', 7] } })).toEqual([
      'input.id',
      'input.ids[1]',
      'input.ids[2]',
    ]);
    expect(problemsOf('mutation { change(input: { id: "x", ids: [5] }) }')).toEqual(['input.id', 'input.ids']);
    expect(problemsOf('query($id: ID!) { one(id: $id) }', { id: 'DROP TABLE' })).toEqual(['id']);
  });
});
