import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSortedSchema, SCHEMA_FILE } from '../../apps/gateway/src/schema';
import { hashRefreshToken } from '../../libs/identity/src/auth/sign-in.rules';
import { eventually, Stack, startStack, uniqueSuffix } from '../support/stack';

const ME = `{ me { id email roles agency { id name kind state { code name } } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { id email } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email roles agency { id state { code } } } }`;

describe('sign-in, sessions and administration (e2e)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
  });
  afterAll(() => stack.close());

  const auditRows = (action: string, outcome: string, targetId?: string) =>
    stack.db.query(
      `SELECT * FROM audit_event WHERE action = $1 AND outcome = $2 AND ($3::text IS NULL OR target_id = $3)`,
      [action, outcome, targetId ?? null],
    ) as Promise<Record<string, unknown>[]>;

  async function newUser(adminEmail: string, roles = ['LIAISON_OFFICER']) {
    const admin = await stack.signIn(adminEmail);
    const email = `officer.${uniqueSuffix()}@example.test`;
    const password = 'a-long-enough-password';
    const created = await stack.gql<{ createUser: { id: string } }>(
      CREATE_USER,
      { input: { email, displayName: 'Test Officer', password, roles } },
      admin,
    );
    if (!created.data) throw new Error(created.raw);
    return { id: created.data.createUser.id, email, password, admin };
  }

  it('serves the running schema exactly as committed in apps/gateway/schema.graphql', () => {
    const running = printSortedSchema(stack.gateway.get(GraphQLSchemaHost).schema);
    expect(running).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('signs in a demo user and answers me with agency and State', async () => {
    const token = await stack.signIn('prosecutor.de@demo.example');
    const result = await stack.gql<{ me: { email: string; roles: string[]; agency: { kind: string; state: { code: string } } } }>(ME, {}, token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toMatchObject({
      email: 'prosecutor.de@demo.example',
      roles: ['PROSECUTOR'],
      agency: { kind: 'PROSECUTION_SERVICE', state: { code: 'DE', name: 'Germany' } },
    });
  });

  it('refuses me without a valid token', async () => {
    const anonymous = await stack.gql(ME);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await stack.gql(ME, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.invalid');
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a wrong password, an unknown e-mail and a locked account alike, and locks after five failures', async () => {
    const user = await newUser('agency_admin.de@demo.example');
    const attempt = (email: string, password: string) => stack.gql(SIGN_IN, { input: { email, password } });

    const unknown = await attempt(`nobody.${uniqueSuffix()}@example.test`, 'whatever-password');
    const failures = [];
    for (let i = 0; i < 5; i++) failures.push(await attempt(user.email, 'wrong-password-123'));
    const whileLocked = await attempt(user.email, user.password);

    const shapes = [unknown, ...failures, whileLocked].map((r) => ({ data: r.data, error: r.errors?.[0] }));
    for (const shape of shapes) {
      expect(shape.data).toBeNull();
      expect(shape.error).toEqual({ message: 'Invalid e-mail or password', extensions: { code: 'UNAUTHENTICATED' }, path: ['signIn'] });
    }
    const [row] = await stack.db.query(`SELECT locked_until FROM app_user WHERE id = $1`, [user.id]);
    expect(new Date(row.locked_until).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await auditRows('auth.lockout', 'SUCCESS', user.id)).toHaveLength(1);
    expect(await auditRows('auth.sign-in', 'FAILURE', user.id)).toHaveLength(6);

    // The agency admin hears of it through the outbox and the worker.
    const notification = await eventually(async () => {
      const list = await stack.gql<{ notifications: { edges: { node: { kind: string; subjectId: string } }[] } }>(
        `{ notifications(first: 50, unreadOnly: true) { edges { node { kind subjectId } } } }`,
        {},
        user.admin,
      );
      return list.data?.notifications.edges.find((e) => e.node.subjectId === user.id);
    });
    expect(notification.node.kind).toBe('USER_LOCKED_OUT');
  });

  it('rotates the refresh token on every use and revokes the family when a rotated token is replayed', async () => {
    const first = await stack.gql<{ signIn: { refreshToken: string } }>(SIGN_IN, {
      input: { email: 'liaison_officer.md@demo.example', password: 'correct-horse-demo-2026' },
    });
    const original = first.data!.signIn.refreshToken;
    const rotated = await stack.gql<{ refreshSession: { refreshToken: string; accessToken: string } }>(REFRESH, { t: original });
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data!.refreshSession.refreshToken;
    expect(second).not.toBe(original);
    const me = await stack.gql<{ me: { email: string } }>(ME, {}, rotated.data!.refreshSession.accessToken);
    expect(me.data?.me.email).toBe('liaison_officer.md@demo.example');

    const replay = await stack.gql(REFRESH, { t: original });
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The thief's replay also ends the legitimate holder's session.
    const afterReplay = await stack.gql(REFRESH, { t: second });
    expect(afterReplay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Only hashes are stored: the token's hash is there (revoked, not deleted), the token itself nowhere.
    const stored = (token: Buffer) => stack.db.query(`SELECT token_hash FROM refresh_token WHERE token_hash = $1`, [token]);
    expect(await stored(hashRefreshToken(original))).toHaveLength(1);
    expect(await stored(Buffer.from(original))).toHaveLength(0);
  });

  it('signOut revokes the refresh token', async () => {
    const session = await stack.gql<{ signIn: { accessToken: string; refreshToken: string } }>(SIGN_IN, {
      input: { email: 'victim_coordinator.de@demo.example', password: 'correct-horse-demo-2026' },
    });
    const { accessToken, refreshToken } = session.data!.signIn;
    const out = await stack.gql<{ signOut: boolean }>(`mutation { signOut }`, {}, accessToken);
    expect(out.data?.signOut).toBe(true);
    const refreshed = await stack.gql(REFRESH, { t: refreshToken });
    expect(refreshed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('administration boundaries', () => {
    it('lets the platform admin create a State and an agency, and nobody else', async () => {
      const platform = await stack.signIn('platform_admin@demo.example');
      const code = 'LU';
      const state = await stack.gql<{ createState: { code: string; name: string } }>(
        `mutation($c: String!) { createState(input: { code: $c }) { code name } }`,
        { c: code },
        platform,
      );
      if (state.errors) expect(state.errors[0].extensions?.code).toBe('CONFLICT'); // a re-run in the same database
      else expect(state.data?.createState).toEqual({ code: 'LU', name: 'Luxembourg' });

      const agencyName = `Police Grand-Ducale ${uniqueSuffix()}`;
      const agency = await stack.gql<{ createAgency: { id: string; state: { code: string } } }>(
        `mutation($n: String!) { createAgency(input: { stateCode: "LU", name: $n, kind: POLICE }) { id state { code } } }`,
        { n: agencyName },
        platform,
      );
      expect(agency.data?.createAgency.state.code).toBe('LU');

      const admin = await stack.signIn('agency_admin.de@demo.example');
      const refused = await stack.gql(`mutation { createState(input: { code: "BE" }) { code } }`, {}, admin);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await auditRows('state:create', 'DENIED', 'BE')).length).toBeGreaterThan(0);

      const unknown = await stack.gql(`mutation { createState(input: { code: "XX" }) { code } }`, {}, platform);
      expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(unknown.errors?.[0].message).toContain('code');
    });

    it('lets an agency admin create users only in its own agency and never grant PLATFORM_ADMIN', async () => {
      const user = await newUser('agency_admin.de@demo.example');
      const [mdAgency] = await stack.db.query(`SELECT id FROM agency WHERE state_code = 'MD' AND kind = 'POLICE'`);

      const elsewhere = await stack.gql(
        CREATE_USER,
        { input: { email: `x.${uniqueSuffix()}@example.test`, displayName: 'X', password: 'a-long-enough-password', roles: ['PROSECUTOR'], agencyId: mdAgency.id } },
        user.admin,
      );
      expect(elsewhere.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await auditRows('user:create', 'DENIED', mdAgency.id)).not.toHaveLength(0);

      const escalate = await stack.gql(
        `mutation($id: ID!) { grantRoles(input: { userId: $id, roles: [PLATFORM_ADMIN] }) { roles } }`,
        { id: user.id },
        user.admin,
      );
      expect(escalate.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const granted = await stack.gql<{ grantRoles: { roles: string[] } }>(
        `mutation($id: ID!) { grantRoles(input: { userId: $id, roles: [PROSECUTOR] }) { roles } }`,
        { id: user.id },
        user.admin,
      );
      expect(granted.data?.grantRoles.roles.sort()).toEqual(['LIAISON_OFFICER', 'PROSECUTOR']);

      const mdAdmin = await stack.signIn('agency_admin.md@demo.example');
      const foreign = await stack.gql(`mutation($id: ID!) { disableUser(userId: $id) { id } }`, { id: user.id }, mdAdmin);
      expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await auditRows('user:disable', 'DENIED', user.id)).toHaveLength(1);

      const disabled = await stack.gql<{ disableUser: { id: string } }>(
        `mutation($id: ID!) { disableUser(userId: $id) { id disabled } }`,
        { id: user.id },
        user.admin,
      );
      expect(disabled.data?.disableUser).toEqual({ id: user.id, disabled: true });
      const signIn = await stack.gql(SIGN_IN, { input: { email: user.email, password: user.password } });
      expect(signIn.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a short password with BAD_USER_INPUT and writes nothing', async () => {
      const admin = await stack.signIn('agency_admin.ro@demo.example');
      const email = `short.${uniqueSuffix()}@example.test`;
      const result = await stack.gql(
        CREATE_USER,
        { input: { email, displayName: 'Short', password: 'too-short', roles: ['AUDITOR'] } },
        admin,
      );
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toContain('at least 12 characters');
      expect(await stack.db.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toHaveLength(0);
    });
  });

  describe('operability', () => {
    it('answers health on both apps', async () => {
      expect((await fetch(`${stack.url}/health/live`)).status).toBe(200);
      const ready = await fetch(`${stack.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, redis: { status: 'up' } } });
      const workerReady = await fetch(`${stack.workerUrl}/health/ready`);
      expect(workerReady.status).toBe(200);
      expect((await fetch(`${stack.workerUrl}/graphql`, { method: 'POST' })).status).toBe(404); // no API on the worker
    });

    it('rejects queries with too many aliases and unknown fields with BAD_USER_INPUT', async () => {
      const token = await stack.signIn('auditor.at@demo.example');
      const nested = `{ a: me { id } ${Array.from({ length: 20 }, (_, i) => `b${i}: me { id }`).join(' ')} }`;
      const aliases = await stack.gql(nested, {}, token);
      expect(aliases.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const unknown = await stack.gql(`{ me { password } }`, {}, token);
      expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses variables of the wrong type with BAD_USER_INPUT and status 400, and answers a refusal with its code and path', async () => {
      const token = await stack.signIn('auditor.at@demo.example');
      const wrongType = await stack.gql('query($first: Int) { mlaRequests(first: $first) { pageInfo { hasNextPage } } }', { first: 'twenty' }, token);
      expect(wrongType.status).toBe(400);
      expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(wrongType.errors?.[0].message).toContain('$first');
      const missing = await stack.gql('query($id: ID!) { mlaRequest(id: $id) { id } }', {}, token);
      expect(missing.status).toBe(400);
      expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const notFound = await stack.gql('query($id: ID!) { mlaRequest(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, token);
      expect(notFound.errors?.[0]).toMatchObject({ path: ['mlaRequest'], extensions: { code: 'NOT_FOUND' } });
    });

    it('answers introspection outside production, as the Sandbox needs', async () => {
      const token = await stack.signIn('auditor.at@demo.example');
      const introspection = await stack.gql<{ __schema: { queryType: { name: string }; types: { name: string }[] } }>(
        '{ __schema { queryType { name } types { name } } }',
        {},
        token,
      );
      expect(introspection.errors).toBeUndefined();
      expect(introspection.data?.__schema.queryType.name).toBe('Query');
      expect(introspection.data?.__schema.types.map((t) => t.name)).toContain('MlaRequest');
      const typename = await stack.gql<{ me: { __typename: string } }>('{ me { __typename } }', {}, token);
      expect(typename.data?.me.__typename).toBe('User');
    });

    it('blocks cross-site simple requests (CSRF prevention)', async () => {
      const response = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ states { code } }' }),
      });
      expect(response.status).toBe(400);
    });

    it('returns a request id header and never leaks the password in errors', async () => {
      const response = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-test-12345678' },
        body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: 'x@example.test', password: 'secret-pass-123' } } }),
      });
      expect(response.headers.get('x-request-id')).toBe('req-test-12345678');
      const body = await response.text();
      expect(body).toContain('UNAUTHENTICATED');
      expect(body).not.toContain('secret-pass-123');
    });
  });
});
