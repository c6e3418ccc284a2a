import type Redis from 'ioredis';
import { REDIS } from '@app/platform';
import { DEMO_PASSWORD, Stack, startStack, uniqueSuffix } from '../support/stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

interface Attempt {
  status: number;
  code: string | undefined;
  retryAfter: string | null;
  requestId: string | null;
}

/** Sign-in throttling, counted in Redis (shared by every gateway), each case with limits of its own. */
describe('sign-in throttling (e2e)', () => {
  const stacks: Stack[] = [];
  const start = async (limits: Record<string, string>) => {
    const stack = await startStack({ overrides: { QUEUE_PREFIX: `thr${uniqueSuffix()}`, ...limits } });
    stacks.push(stack);
    return stack;
  };
  afterAll(() => Promise.all(stacks.map((s) => s.close())));

  const attempt = async (stack: Stack, email: string, password: string, from = '203.0.113.7'): Promise<Attempt> => {
    const response = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return {
      status: response.status,
      code: body.errors?.[0]?.extensions?.code,
      retryAfter: response.headers.get('retry-after'),
      requestId: response.headers.get('x-request-id'),
    };
  };

  it('refuses an address that tried too often, with 429 and Retry-After, the right password too; other addresses go on', async () => {
    const stack = await start({ SIGN_IN_ATTEMPTS_PER_ADDRESS: '3' });
    for (let i = 0; i < 3; i++) expect((await attempt(stack, 'prosecutor.de@demo.example', 'wrong-password')).code).toBe('UNAUTHENTICATED');
    const refused = await attempt(stack, 'prosecutor.de@demo.example', DEMO_PASSWORD);
    expect(refused).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await attempt(stack, 'prosecutor.de@demo.example', DEMO_PASSWORD, '198.51.100.9')).code).toBeUndefined();
    // Other test files share the database: the refused request's own audit row is looked for.
    const [denied] = await stack.db.query(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE request_id = $1 AND action = 'auth.sign-in' AND outcome = 'DENIED' AND details->>'reason' = 'throttled'`,
      [refused.requestId],
    );
    expect(denied.n).toBe(1);
  });

  it('believes X-Forwarded-For only from the proxies named in TRUST_PROXY', async () => {
    const stack = await start({ SIGN_IN_ATTEMPTS_PER_ADDRESS: '2', TRUST_PROXY: '10.255.255.1' });
    expect((await attempt(stack, 'prosecutor.de@demo.example', 'wrong-password', '198.51.100.21')).code).toBe('UNAUTHENTICATED');
    expect((await attempt(stack, 'prosecutor.de@demo.example', 'wrong-password', '198.51.100.22')).code).toBe('UNAUTHENTICATED');
    // A new address in the header changes nothing: the connection's own address is counted.
    expect((await attempt(stack, 'prosecutor.de@demo.example', DEMO_PASSWORD, '198.51.100.23')).code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses an account after too many failures from any address, while other accounts sign in', async () => {
    const stack = await start({ SIGN_IN_FAILURES_PER_ACCOUNT: '3' });
    for (const from of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      expect((await attempt(stack, 'liaison_officer.md@demo.example', 'wrong-password', from)).code).toBe('UNAUTHENTICATED');
    }
    expect((await attempt(stack, 'liaison_officer.md@demo.example', DEMO_PASSWORD, '198.51.100.4')).code).toBe('TOO_MANY_REQUESTS');
    expect((await attempt(stack, 'prosecutor.md@demo.example', DEMO_PASSWORD, '198.51.100.4')).code).toBeUndefined();
  });

  it('slows password spraying: too many failures across accounts refuse further sign-ins for the minute', async () => {
    const stack = await start({ SIGN_IN_FAILURES_PER_MINUTE: '3' });
    const sprayed = ['prosecutor.ro@demo.example', 'liaison_officer.ro@demo.example', 'nobody@demo.example'];
    for (const [i, email] of sprayed.entries()) expect((await attempt(stack, email, 'Summer2026!', `192.0.2.${i + 1}`)).code).toBe('UNAUTHENTICATED');
    const refused = await attempt(stack, 'prosecutor.at@demo.example', DEMO_PASSWORD, '192.0.2.50');
    expect(refused).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  });

  it('refuses sign-ins beyond the verification queue at the door: 429 with Retry-After, nothing asked of Redis or the database', async () => {
    const prefix = `thr${uniqueSuffix()}`;
    const stack = await start({ QUEUE_PREFIX: prefix, SIGN_IN_VERIFICATIONS_AT_ONCE: '1', SIGN_IN_VERIFICATIONS_QUEUED: '1' });
    // The shared Redis client connects at the first readiness probe, as behind a load balancer.
    expect((await fetch(`${stack.url}/health/ready`)).status).toBe(200);
    // Sent together, each from an address of its own: far more than one running and one waiting.
    const flood = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(stack, `flood-${prefix}-${i}@nowhere.example`, 'wrong-password', `198.18.0.${i + 1}`)),
    );
    const admitted = flood.filter((a) => a.code === 'UNAUTHENTICATED');
    const refused = flood.filter((a) => a.code === 'TOO_MANY_REQUESTS');
    expect(admitted.length + refused.length).toBe(flood.length);
    expect(admitted.length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r.status).toBe(429);
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    // Audited: the admitted attempts, each once; the refused ones not at all.
    const audited = async (requests: Attempt[]) => {
      const rows: { request_id: string }[] = await stack.db.query(`SELECT request_id FROM audit_event WHERE request_id = ANY($1)`, [
        requests.map((a) => a.requestId),
      ]);
      return rows.map((row) => row.request_id).sort();
    };
    expect(await audited(admitted)).toEqual(admitted.map((a) => a.requestId).sort());
    expect(await audited(refused)).toEqual([]);
    // Counted in Redis: an address key for each admitted attempt, none for the refused ones.
    const addresses = await stack.gateway.get<Redis>(REDIS).keys(`${prefix}:sign-in:address:*`);
    expect(addresses).toHaveLength(admitted.length);
  });

  it('answers a locked account no faster than a wrong password', async () => {
    const stack = await start({ LOCKOUT_THRESHOLD: '1' });
    const timed = async (email: string, password: string) => {
      const started = process.hrtime.bigint();
      await attempt(stack, email, password, `192.0.2.${Math.floor(Math.random() * 200)}`);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await attempt(stack, 'auditor.de@demo.example', 'wrong-password'); // locks it
    const locked: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 5; i++) {
      locked.push(await timed('auditor.de@demo.example', DEMO_PASSWORD));
      wrong.push(await timed('agency_admin.md@demo.example', `wrong-${i}`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
    // An argon2 verification takes tens of milliseconds here; an unverified refusal takes a few.
    expect(median(locked)).toBeGreaterThan(median(wrong) * 0.5);
  });
});
