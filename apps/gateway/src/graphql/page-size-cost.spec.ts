import { getOperationAST, parse, print } from 'graphql';
import { hasPageSizeVariables, withPageSizesInlined } from './page-size-cost';

describe('withPageSizesInlined', () => {
  const inline = (query: string, variables: Record<string, unknown>) => {
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    const inlined = withPageSizesInlined(document, operation, variables);
    return inlined && print(inlined).replace(/\s+/g, ' ');
  };

  it('writes in the page sizes variables and their defaults give, in fragments too', () => {
    expect(inline('query($n: Int, $m: Int = 50) { a(first: $n) { ...F } } fragment F on A { b(last: $m) { id } }', { n: 100 })).toBe(
      'query ($n: Int, $m: Int = 50) { a(first: 100) { ...F } } fragment F on A { b(last: 50) { id } }',
    );
  });

  it('leaves other arguments, and values that are no integers, to GraphQL', () => {
    expect(inline('query($n: Int, $s: String) { a(first: $n, after: $s) { id } }', { n: '100', s: 'x' })).toBeNull();
    expect(inline('query($n: Int) { a(first: $n) { id } }', {})).toBeNull();
    expect(inline('{ a(first: 10) { id } }', {})).toBeNull();
  });
});

describe('hasPageSizeVariables', () => {
  it('tells a document whose page size is a variable from one whose page sizes are literals', () => {
    expect(hasPageSizeVariables(parse('query($n: Int) { cases(first: $n) { edges { cursor } } }'))).toBe(true);
    expect(hasPageSizeVariables(parse('{ cases(first: 20) { edges { cursor } } }'))).toBe(false);
  });
});
