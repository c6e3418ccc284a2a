import { requestHash } from '../../apps/gateway/src/graphql/idempotency.rules';
import { GraphQLResponse, Stack, startStack, uniqueSuffix } from '../support/stack';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
const ME = `{ me { id email } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

type Created = GraphQLResponse<{ createUser: { id: string; email: string } }>;

describe('idempotency keys on mutations (e2e)', () => {
  let stack: Stack;
  let adminDe: string;

  beforeAll(async () => {
    stack = await startStack();
    adminDe = await stack.signIn('agency_admin.de@demo.example');
  });
  afterAll(() => stack.close());

  /** A GraphQL request with an Idempotency-Key header. */
  async function gqlWithKey<T = Record<string, unknown>>(
    key: string,
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T> & { headers: Headers }> {
    const response = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': key,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const raw = await response.text();
    return { status: response.status, raw, headers: response.headers, ...(JSON.parse(raw) as object) } as GraphQLResponse<T> & {
      headers: Headers;
    };
  }

  const newUserInput = (password = 'a-long-enough-password') => ({
    email: `officer.${uniqueSuffix()}@example.test`,
    displayName: 'Retried Officer',
    password,
    roles: ['LIAISON_OFFICER'],
  });
  const usersWithEmail = async (email: string) =>
    Number((await stack.db.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email]))[0].n);
  const keyRows = (key: string) => stack.db.query(`SELECT user_id, status, response FROM idempotency_key WHERE key = $1`, [key]);

  it('executes the first request once and replays its response on a retry', async () => {
    const key = `create-${uniqueSuffix()}`;
    const input = newUserInput();
    const first = await gqlWithKey<Created['data']>(key, CREATE_USER, { input }, adminDe);
    expect(first.errors).toBeUndefined();
    const retry = await gqlWithKey<Created['data']>(key, CREATE_USER, { input: { ...input } }, adminDe);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.createUser.id).toBe(first.data?.createUser.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await usersWithEmail(input.email)).toBe(1);
    const rows = await keyRows(key);
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('DONE');
  });

  it('answers CONFLICT for the same key with different variables', async () => {
    const key = `create-${uniqueSuffix()}`;
    const first = await gqlWithKey(key, CREATE_USER, { input: newUserInput() }, adminDe);
    expect(first.errors).toBeUndefined();
    const other = newUserInput();
    const reused = await gqlWithKey(key, CREATE_USER, { input: other }, adminDe);
    expect(reused.data).toBeUndefined();
    expect(reused.errors).toEqual([{ message: 'this idempotency key was used with a different request', extensions: { code: 'CONFLICT' } }]);
    expect(await usersWithEmail(other.email)).toBe(0);
  });

  it('stores nothing when the first attempt fails, so the key can be used again', async () => {
    const key = `create-${uniqueSuffix()}`;
    const failed = await gqlWithKey(key, CREATE_USER, { input: newUserInput('short') }, adminDe);
    expect(failed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await keyRows(key)).toHaveLength(0);
    const input = newUserInput();
    const succeeded = await gqlWithKey<Created['data']>(key, CREATE_USER, { input }, adminDe);
    expect(succeeded.errors).toBeUndefined();
    expect(succeeded.data?.createUser.email).toBe(input.email);
    expect(await usersWithEmail(input.email)).toBe(1);
  });

  it('answers BAD_USER_INPUT for a malformed key, without executing', async () => {
    for (const key of ['has space', 'x'.repeat(101), 'semi;colon']) {
      const input = newUserInput();
      const result = await gqlWithKey(key, CREATE_USER, { input }, adminDe);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await usersWithEmail(input.email)).toBe(0);
    }
  });

  it('keeps keys apart per user', async () => {
    const key = `shared-${uniqueSuffix()}`;
    const adminMd = await stack.signIn('agency_admin.md@demo.example');
    const de = await gqlWithKey<Created['data']>(key, CREATE_USER, { input: newUserInput() }, adminDe);
    const md = await gqlWithKey<Created['data']>(key, CREATE_USER, { input: newUserInput() }, adminMd);
    expect(de.errors).toBeUndefined();
    expect(md.errors).toBeUndefined();
    expect(md.data?.createUser.id).not.toBe(de.data?.createUser.id);
    expect(await keyRows(key)).toHaveLength(2);
  });

  it('ignores the header on queries, and on anonymous mutations (no tokens stored)', async () => {
    const me = await gqlWithKey<{ me: { email: string } }>('not a valid key!', ME, {}, adminDe);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.email).toBe('agency_admin.de@demo.example');
    const again = await gqlWithKey<{ me: { email: string } }>('query-key', ME, {}, adminDe);
    expect(again.data?.me.email).toBe('agency_admin.de@demo.example');
    expect(await keyRows('query-key')).toHaveLength(0);

    const key = `sign-in-${uniqueSuffix()}`;
    const input = { email: 'prosecutor.de@demo.example', password: 'correct-horse-demo-2026' };
    const first = await gqlWithKey<{ signIn: { accessToken: string } }>(key, SIGN_IN, { input });
    const second = await gqlWithKey<{ signIn: { accessToken: string } }>(key, SIGN_IN, { input });
    expect(first.data?.signIn.accessToken).toBeTruthy();
    expect(second.data?.signIn.accessToken).toBeTruthy();
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    // Even signed in, a token-issuing mutation is never stored.
    const signedIn = await gqlWithKey<{ signIn: { accessToken: string } }>(key, SIGN_IN, { input }, adminDe);
    expect(signedIn.data?.signIn.accessToken).toBeTruthy();
    expect(await keyRows(key)).toHaveLength(0);
  });

  it('answers CONFLICT while the first request with the key is still running', async () => {
    const key = `pending-${uniqueSuffix()}`;
    const input = newUserInput();
    const [{ id: userId }] = await stack.db.query(`SELECT id FROM app_user WHERE email = 'agency_admin.de@demo.example'`);
    const hash = requestHash({ query: CREATE_USER, variables: { input } });
    await stack.db.query(`INSERT INTO idempotency_key (user_id, key, request_hash, status) VALUES ($1, $2, $3, 'PENDING')`, [userId, key, hash]);
    const retry = await gqlWithKey(key, CREATE_USER, { input }, adminDe);
    expect(retry.errors).toEqual([{ message: 'a request with this idempotency key is in progress', extensions: { code: 'CONFLICT' } }]);
    expect(await usersWithEmail(input.email)).toBe(0);
  });

  it('forgets a key after IDEMPOTENCY_KEY_TTL_HOURS', async () => {
    const key = `expired-${uniqueSuffix()}`;
    const first = await gqlWithKey<Created['data']>(key, CREATE_USER, { input: newUserInput() }, adminDe);
    expect(first.errors).toBeUndefined();
    await stack.db.query(`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const input = newUserInput();
    const reused = await gqlWithKey<Created['data']>(key, CREATE_USER, { input }, adminDe);
    expect(reused.errors).toBeUndefined();
    expect(reused.data?.createUser.email).toBe(input.email);
    const rows = await keyRows(key);
    expect(rows).toHaveLength(1);
    expect(rows[0].response).toEqual({ data: { createUser: reused.data?.createUser } });
  });

  it('lets exactly one of two concurrent first requests execute', async () => {
    const key = `race-${uniqueSuffix()}`;
    const input = newUserInput();
    const results = await Promise.all([1, 2, 3].map(() => gqlWithKey<Created['data']>(key, CREATE_USER, { input }, adminDe)));
    expect(await usersWithEmail(input.email)).toBe(1);
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    const ids = new Set(succeeded.map((r) => r.data?.createUser.id));
    expect(ids.size).toBe(1);
    for (const refused of results.filter((r) => r.errors)) {
      expect(refused.errors).toEqual([{ message: 'a request with this idempotency key is in progress', extensions: { code: 'CONFLICT' } }]);
    }
    // Once it is done, a retry replays the one user.
    const retry = await gqlWithKey<Created['data']>(key, CREATE_USER, { input }, adminDe);
    expect(retry.data?.createUser.id).toBe([...ids][0]);
  });
});
