import { Stack, startStack } from '../support/stack';

/** The answers' security headers, as a browser receives them (the console's pages run under this policy in the browser tests). */
describe('security headers (e2e)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 60_000);
  afterAll(() => stack?.close());

  const expectStrict = (headers: Headers) => {
    const policy = headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  };

  it('sends the strict policy with the console, its assets and the API', async () => {
    const page = await fetch(`${stack.url}/`);
    expectStrict(page.headers);
    const api = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expectStrict(api.headers);
    expect(api.headers.get('strict-transport-security')).toBeNull(); // HSTS only in production
  });

  it('lets only the development sandbox page load Apollo’s explorer', async () => {
    const sandbox = await fetch(`${stack.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(sandbox.headers.get('content-type')).toContain('text/html');
    expect(sandbox.headers.get('content-security-policy')).toContain('https://embeddable-sandbox.cdn.apollographql.com');
    expect(sandbox.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
