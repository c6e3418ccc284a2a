import { parse, FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import {
  canonicalJson,
  isValidIdempotencyKey,
  KEY_IN_PROGRESS,
  KEY_REUSED,
  outcomeForExistingKey,
  requestHash,
  rootFieldNames,
} from './idempotency.rules';

describe('idempotency rules', () => {
  it('accepts 1 to 100 letters, digits, - and _ as a key', () => {
    expect(isValidIdempotencyKey('a')).toBe(true);
    expect(isValidIdempotencyKey('7f3c-Retry_01')).toBe(true);
    expect(isValidIdempotencyKey('x'.repeat(100))).toBe(true);
    expect(isValidIdempotencyKey('')).toBe(false);
    expect(isValidIdempotencyKey('x'.repeat(101))).toBe(false);
    expect(isValidIdempotencyKey('has space')).toBe(false);
    expect(isValidIdempotencyKey('semi;colon')).toBe(false);
    expect(isValidIdempotencyKey('key\n')).toBe(false);
  });

  it('writes JSON with sorted object keys at every level, arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('hashes operation name, query and variables, ignoring the order of variables', () => {
    const base = { operationName: 'Create', query: 'mutation Create($a: Int) { x(a: $a) }', variables: { a: 1, b: { c: 2, d: 3 } } };
    const hash = requestHash(base);
    expect(hash).toHaveLength(32);
    expect(requestHash({ ...base, variables: { b: { d: 3, c: 2 }, a: 1 } }).equals(hash)).toBe(true);
    expect(requestHash({ ...base, variables: { a: 2, b: { c: 2, d: 3 } } }).equals(hash)).toBe(false);
    expect(requestHash({ ...base, operationName: 'Other' }).equals(hash)).toBe(false);
    expect(requestHash({ ...base, query: `${base.query} ` }).equals(hash)).toBe(false);
    // Absent variables and an empty object are the same request.
    expect(requestHash({ query: 'mutation { x }' }).equals(requestHash({ query: 'mutation { x }', variables: {}, operationName: null }))).toBe(true);
  });

  it('names root fields through aliases and fragments', () => {
    const document = parse(`
      mutation M { alias: signIn(input: {}) { a } ...F ... on Mutation { createUser { id } } }
      fragment F on Mutation { refreshSession(refreshToken: "t") { a } ...F }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = { F: document.definitions[1] as FragmentDefinitionNode };
    expect([...rootFieldNames(operation, fragments)].sort()).toEqual(['createUser', 'refreshSession', 'signIn']);
  });

  describe('a key already held', () => {
    const hash = Buffer.alloc(32, 1);
    const other = Buffer.alloc(32, 2);
    const response = { data: { createUser: { id: 'u1' } } };

    it('replays the stored response for the same request', () => {
      expect(outcomeForExistingKey({ requestHash: hash, status: 'DONE', response }, hash)).toEqual({ kind: 'replay', response });
    });

    it('refuses a different request with the key, finished or not', () => {
      expect(outcomeForExistingKey({ requestHash: other, status: 'DONE', response }, hash)).toEqual({ kind: 'conflict', message: KEY_REUSED });
      expect(outcomeForExistingKey({ requestHash: other, status: 'PENDING', response: null }, hash)).toEqual({
        kind: 'conflict',
        message: KEY_REUSED,
      });
    });

    it('refuses a retry while the first request runs', () => {
      expect(outcomeForExistingKey({ requestHash: hash, status: 'PENDING', response: null }, hash)).toEqual({
        kind: 'conflict',
        message: KEY_IN_PROGRESS,
      });
      expect(outcomeForExistingKey(null, hash)).toEqual({ kind: 'conflict', message: KEY_IN_PROGRESS });
    });
  });
});
