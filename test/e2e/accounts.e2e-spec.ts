import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { hashPassword, totpCode } from '@app/identity';
import { createGateway } from '../../apps/gateway/src/gateway';
import { testConfig } from '../support/config';
import { eventually, GraphQLResponse, Stack, startStack, uniqueSuffix } from '../support/stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { id secondFactorEnrolled } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { id roles secondFactorEnrolled secondFactorRequired passwordChangeRequired } }`;
const SESSIONS = `{ mySessions { id startedAt lastActiveAt userAgent address current } }`;
const END_SESSION = `mutation($id: ID!) { endSession(id: $id) }`;
const BEGIN = `mutation { beginSecondFactorEnrolment { otpauthUri secret qrCode } }`;
const CONFIRM = `mutation($code: String!) { confirmSecondFactorEnrolment(code: $code) { codes } }`;
const DISABLE = `mutation($code: String!) { disableSecondFactor(code: $code) }`;
const REGENERATE = `mutation($code: String!) { regenerateRecoveryCodes(oneTimeCode: $code) { codes } }`;
const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const RESET_PASSWORD = `mutation($id: ID!) { resetUserPassword(userId: $id) { password } }`;
const REVEAL = `mutation($id: ID!, $code: String) { revealVictimIdentity(handoffId: $id, purpose: "Safe-return planning with the shelter", oneTimeCode: $code) { familyName } }`;
const CASES = `{ cases(first: 1) { edges { node { id } } } }`;

const PASSWORD = 'a-long-enough-password';
type Gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<GraphQLResponse<T>>;
const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

function gqlAt(url: string): Gql {
  return async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'accounts-e2e/1.0', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const raw = await response.text();
    return { status: response.status, raw, ...JSON.parse(raw) } as GraphQLResponse<T>;
  };
}

async function startGateway(overrides: Record<string, string>): Promise<{ app: NestFastifyApplication; gql: Gql }> {
  const app = await createGateway(testConfig(overrides));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  return { app, gql: gqlAt(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`) };
}

describe('accounts and sessions (e2e)', () => {
  let stack: Stack;
  let gql: Gql;

  beforeAll(async () => {
    stack = await startStack();
    gql = gqlAt(stack.url);
  });
  afterAll(() => stack.close());

  const auditCount = async (action: string, outcome: string, targetId: string) =>
    Number(
      (await stack.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND outcome = $2 AND target_id = $3`, [action, outcome, targetId]))[0].n,
    );

  /** A user of its own, so enrolling or resetting never touches the demo accounts other test files sign in with. */
  async function freshUser(roles: string[], agency: { kind?: string; id?: string } = {}) {
    const [row] = agency.id
      ? [{ id: agency.id }]
      : await stack.db.query(`SELECT id FROM agency WHERE state_code = 'DE' AND kind = $1 ORDER BY name LIMIT 1`, [agency.kind ?? 'POLICE']);
    const email = `account.${uniqueSuffix()}@example.test`;
    const [user] = await stack.db.query(
      `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles) VALUES ($1, 'Account Test', $2, $3, $4) RETURNING id`,
      [email, await hashPassword(PASSWORD), row.id, roles],
    );
    return { id: user.id as string, email, agencyId: row.id as string };
  }

  async function signIn(email: string, password = PASSWORD, oneTimeCode?: string, via: Gql = gql) {
    return via<{ signIn: { accessToken: string; refreshToken: string; user: { id: string } } }>(SIGN_IN, { input: { email, password, oneTimeCode } });
  }
  const tokenOf = async (email: string, password = PASSWORD, oneTimeCode?: string, via: Gql = gql) => {
    const result = await signIn(email, password, oneTimeCode, via);
    if (!result.data) throw new Error(result.raw);
    return result.data.signIn;
  };

  /** Enrols a TOTP factor; answers the secret and the recovery codes. */
  async function enrol(token: string, via: Gql = gql) {
    const begun = await via<{ beginSecondFactorEnrolment: { secret: string; otpauthUri: string; qrCode: string } }>(BEGIN, {}, token);
    expect(begun.errors).toBeUndefined();
    const { secret } = begun.data!.beginSecondFactorEnrolment;
    const confirmed = await via<{ confirmSecondFactorEnrolment: { codes: string[] } }>(CONFIRM, { code: totpCode(secret, new Date()) }, token);
    expect(confirmed.errors).toBeUndefined();
    return { secret, recoveryCodes: confirmed.data!.confirmSecondFactorEnrolment.codes, begun: begun.data!.beginSecondFactorEnrolment };
  }
  // A code of the next time step: still in the window, and never the step enrolment just used.
  const nextCode = (secret: string) => totpCode(secret, new Date(Date.now() + 30_000));

  describe('sessions', () => {
    it('lists the open sessions with the current one marked; ending one stops its access and refresh tokens at once', async () => {
      const user = await freshUser(['LIAISON_OFFICER']);
      const first = await tokenOf(user.email);
      const second = await tokenOf(user.email);
      const listed = await gql<{ mySessions: { id: string; current: boolean; userAgent: string; address: string; startedAt: string }[] }>(SESSIONS, {}, first.accessToken);
      expect(listed.errors).toBeUndefined();
      const sessions = listed.data!.mySessions;
      expect(sessions).toHaveLength(2);
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ userAgent: 'accounts-e2e/1.0', address: '127.0.0.1' });
      const other = sessions.find((s) => !s.current)!;

      expect((await gql(ME, {}, second.accessToken)).errors).toBeUndefined();
      const ended = await gql<{ endSession: boolean }>(END_SESSION, { id: other.id }, first.accessToken);
      expect(ended.data?.endSession).toBe(true);
      expect(codeOf(await gql(ME, {}, second.accessToken))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(REFRESH, { t: second.refreshToken }))).toBe('UNAUTHENTICATED');
      expect((await gql(ME, {}, first.accessToken)).errors).toBeUndefined();
      expect(await auditCount('session.end', 'SUCCESS', other.id)).toBe(1);
      const after = await gql<{ mySessions: { id: string }[] }>(SESSIONS, {}, first.accessToken);
      expect(after.data!.mySessions.map((s) => s.id)).not.toContain(other.id);
    });

    it("answers NOT_FOUND for another user's session (audited) and leaves it open", async () => {
      const owner = await freshUser(['PROSECUTOR'], { kind: 'PROSECUTION_SERVICE' });
      const ownerSession = await tokenOf(owner.email);
      const [{ id: sessionId }] = await stack.db.query(`SELECT id FROM user_session WHERE user_id = $1`, [owner.id]);
      for (const email of ['agency_admin.de@demo.example', 'prosecutor.md@demo.example']) {
        const intruder = await stack.signIn(email);
        expect(codeOf(await gql(END_SESSION, { id: sessionId }, intruder))).toBe('NOT_FOUND');
      }
      // No such session: answered like another user's (an id that is no UUID is refused for its form, BAD_USER_INPUT, by the request guard).
      expect(codeOf(await gql(END_SESSION, { id: randomUUID() }, ownerSession.accessToken))).toBe('NOT_FOUND');
      expect(await auditCount('session:end', 'DENIED', sessionId)).toBe(2);
      expect((await gql(ME, {}, ownerSession.accessToken)).errors).toBeUndefined();
    });

    it('signing out, disabling the user and revoking a role take effect on the access token at once', async () => {
      const user = await freshUser(['LIAISON_OFFICER', 'PROSECUTOR']);
      const signedOut = await tokenOf(user.email);
      expect((await gql(ME, {}, signedOut.accessToken)).errors).toBeUndefined();
      await gql(`mutation { signOut }`, {}, signedOut.accessToken);
      expect(codeOf(await gql(ME, {}, signedOut.accessToken))).toBe('UNAUTHENTICATED');

      const session = await tokenOf(user.email);
      expect((await gql(CASES, {}, session.accessToken)).errors).toBeUndefined();
      const admin = await stack.signIn('agency_admin.de@demo.example');
      const revoked = await gql(`mutation($id: ID!) { revokeRoles(input: { userId: $id, roles: [LIAISON_OFFICER, PROSECUTOR] }) { roles } }`, { id: user.id }, admin);
      expect(revoked.errors).toBeUndefined();
      expect(codeOf(await gql(CASES, {}, session.accessToken))).toBe('FORBIDDEN');
      const me = await gql<{ me: { roles: string[] } }>(ME, {}, session.accessToken);
      expect(me.data?.me.roles).toEqual([]);

      await gql(`mutation($id: ID!) { disableUser(userId: $id) { id } }`, { id: user.id }, admin);
      expect(codeOf(await gql(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
    });

    it('answers no stored idempotent response to an ended session', async () => {
      const user = await freshUser(['LIAISON_OFFICER']);
      const session = await tokenOf(user.email);
      const key = `k-${uniqueSuffix()}`;
      const sendWith = () =>
        fetch(`${stack.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}`, 'idempotency-key': key },
          body: JSON.stringify({ query: `mutation { markNotificationsRead(ids: []) }` }),
        });
      const first = await sendWith();
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      expect((await sendWith()).headers.get('idempotent-replayed')).toBe('true');
      await gql(`mutation { signOut }`, {}, session.accessToken);
      const afterSignOut = await sendWith();
      expect(afterSignOut.headers.get('idempotent-replayed')).toBeNull();
      expect(((await afterSignOut.json()) as GraphQLResponse).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('tells every gateway replica at once through Redis, however long each caches a session', async () => {
      const replicas = await Promise.all([startGateway({ SESSION_CHECK_CACHE_SECONDS: '300' }), startGateway({ SESSION_CHECK_CACHE_SECONDS: '300' })]);
      try {
        const [a, b] = replicas;
        const user = await freshUser(['LIAISON_OFFICER']);
        const session = await tokenOf(user.email, PASSWORD, undefined, a.gql);
        const spare = await tokenOf(user.email, PASSWORD, undefined, a.gql);
        // Both replicas have read (and cached) the sessions.
        for (const replica of replicas) {
          expect((await replica.gql(CASES, {}, session.accessToken)).errors).toBeUndefined();
          expect((await replica.gql(ME, {}, spare.accessToken)).errors).toBeUndefined();
        }
        await a.gql(`mutation { signOut }`, {}, session.accessToken);
        expect(codeOf(await a.gql(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
        await eventually(async () => codeOf(await b.gql(ME, {}, session.accessToken)) === 'UNAUTHENTICATED', 2000);

        const admin = await stack.signIn('agency_admin.de@demo.example');
        await a.gql(`mutation($id: ID!) { revokeRoles(input: { userId: $id, roles: [LIAISON_OFFICER] }) { roles } }`, { id: user.id }, admin);
        await eventually(async () => codeOf(await b.gql(CASES, {}, spare.accessToken)) === 'FORBIDDEN', 2000);
      } finally {
        await Promise.all(replicas.map((r) => r.app.close()));
      }
    });
  });

  describe('second factor', () => {
    it('enrols with a QR code, then asks for a code at sign-in; a wrong or replayed code fails like a wrong password', async () => {
      const user = await freshUser(['LIAISON_OFFICER']);
      const session = await tokenOf(user.email);
      const { secret, recoveryCodes, begun } = await enrol(session.accessToken);
      expect(begun.otpauthUri).toContain(`secret=${secret}`);
      expect(begun.qrCode).toMatch(/^data:image\/png;base64,/);
      expect(recoveryCodes).toHaveLength(10);
      const [stored] = await stack.db.query(`SELECT secret_sealed FROM user_second_factor WHERE user_id = $1`, [user.id]);
      expect(Buffer.from(stored.secret_sealed).toString('latin1')).not.toContain(secret);
      const me = await gql<{ me: { secondFactorEnrolled: boolean; secondFactorRequired: boolean } }>(ME, {}, session.accessToken);
      expect(me.data?.me).toMatchObject({ secondFactorEnrolled: true, secondFactorRequired: false });
      expect(codeOf(await gql(BEGIN, {}, session.accessToken))).toBe('CONFLICT');

      const withoutCode = await signIn(user.email);
      expect(withoutCode.data).toBeNull();
      expect(codeOf(withoutCode)).toBe('SECOND_FACTOR_REQUIRED');
      const wrongPassword = await signIn(user.email, 'not-the-password-at-all');
      const wrongCode = await signIn(user.email, PASSWORD, '000000');
      expect(wrongCode.errors).toEqual(wrongPassword.errors);
      expect(await auditCount('auth.sign-in', 'FAILURE', user.id)).toBe(2);

      const code = nextCode(secret);
      expect((await signIn(user.email, PASSWORD, code)).errors).toBeUndefined();
      const replay = await signIn(user.email, PASSWORD, code);
      expect(replay.errors).toEqual(wrongPassword.errors);

      // A recovery code signs in once.
      expect((await signIn(user.email, PASSWORD, recoveryCodes[0].toLowerCase())).errors).toBeUndefined();
      expect(codeOf(await signIn(user.email, PASSWORD, recoveryCodes[0]))).toBe('UNAUTHENTICATED');
      // Counted as a failed sign-in since the last success.
      const [counters] = await stack.db.query(`SELECT failed_sign_ins FROM app_user WHERE id = $1`, [user.id]);
      expect(counters.failed_sign_ins).toBe(1);
    });

    it('regenerates recovery codes and disables the factor, each with a one-time code', async () => {
      const user = await freshUser(['PROSECUTOR'], { kind: 'PROSECUTION_SERVICE' });
      const first = await tokenOf(user.email);
      const { recoveryCodes } = await enrol(first.accessToken);
      const session = await tokenOf(user.email, PASSWORD, recoveryCodes[0]);

      expect(codeOf(await gql(REGENERATE, { code: 'ABCD-EFGH-JKMN-PQRS' }, session.accessToken))).toBe('SECOND_FACTOR_REQUIRED');
      expect(await auditCount('second-factor.regenerate-recovery-codes', 'DENIED', user.id)).toBe(1);
      const regenerated = await gql<{ regenerateRecoveryCodes: { codes: string[] } }>(REGENERATE, { code: recoveryCodes[1] }, session.accessToken);
      const fresh = regenerated.data!.regenerateRecoveryCodes.codes;
      expect(fresh).toHaveLength(10);
      // The old codes are gone with the regeneration.
      expect(codeOf(await gql(DISABLE, { code: recoveryCodes[2] }, session.accessToken))).toBe('SECOND_FACTOR_REQUIRED');
      const disabled = await gql<{ disableSecondFactor: boolean }>(DISABLE, { code: fresh[0] }, session.accessToken);
      expect(disabled.data?.disableSecondFactor).toBe(true);
      expect(await auditCount('second-factor.disable', 'SUCCESS', user.id)).toBe(1);
      expect((await signIn(user.email)).errors).toBeUndefined();
    });

    it('refuses a wrong confirmation code with BAD_USER_INPUT on code, and keeps the factor unconfirmed', async () => {
      const user = await freshUser(['LIAISON_OFFICER']);
      const session = await tokenOf(user.email);
      expect((await gql(BEGIN, {}, session.accessToken)).errors).toBeUndefined();
      const wrong = await gql(CONFIRM, { code: '123456' }, session.accessToken);
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0].extensions?.problems).toEqual([{ field: 'code', problem: 'is not the current code of the authenticator' }]);
      expect((await stack.db.query(`SELECT 1 FROM user_recovery_code WHERE user_id = $1`, [user.id])).length).toBe(0);
      expect((await signIn(user.email)).errors).toBeUndefined();
    });
  });

  describe('a role that requires a second factor', () => {
    let strict: { app: NestFastifyApplication; gql: Gql };
    beforeAll(async () => {
      strict = await startGateway({ SECOND_FACTOR_REQUIRED_ROLES: 'VICTIM_COORDINATOR,AGENCY_ADMIN' });
    });
    afterAll(() => strict.app.close());

    it('lets an unenrolled session only enrol; then asks for a fresh code before revealing a victim identity', async () => {
      const [handoff] = await stack.db.query(`SELECT id, referring_agency_id FROM handoff WHERE status <> 'WITHDRAWN' ORDER BY proposed_at LIMIT 1`);
      const coordinator = await freshUser(['VICTIM_COORDINATOR'], { id: handoff.referring_agency_id });
      const session = await tokenOf(coordinator.email, PASSWORD, undefined, strict.gql);
      const me = await strict.gql<{ me: Record<string, boolean> }>(ME, {}, session.accessToken);
      expect(me.data?.me).toMatchObject({ secondFactorEnrolled: false, secondFactorRequired: true, passwordChangeRequired: false });
      const refused = await strict.gql(`{ handoffs(first: 1) { edges { node { id } } } }`, {}, session.accessToken);
      expect(codeOf(refused)).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
      expect(codeOf(await strict.gql(REVEAL, { id: handoff.id }, session.accessToken))).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
      expect(codeOf(await strict.gql(DISABLE, { code: '123456' }, session.accessToken))).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');

      const { secret, recoveryCodes } = await enrol(session.accessToken, strict.gql);
      expect((await strict.gql(`{ handoffs(first: 1) { edges { node { id } } } }`, {}, session.accessToken)).errors).toBeUndefined();
      // The role requires it: it cannot be switched off.
      expect(codeOf(await strict.gql(DISABLE, { code: recoveryCodes[0] }, session.accessToken))).toBe('FORBIDDEN');

      const noCode = await strict.gql(REVEAL, { id: handoff.id }, session.accessToken);
      expect(codeOf(noCode)).toBe('SECOND_FACTOR_REQUIRED');
      expect(noCode.data).toBeNull();
      expect(codeOf(await strict.gql(REVEAL, { id: handoff.id, code: '000000' }, session.accessToken))).toBe('SECOND_FACTOR_REQUIRED');
      expect(await auditCount('handoff:reveal-identity', 'DENIED', handoff.id)).toBeGreaterThanOrEqual(2);
      const revealed = await strict.gql<{ revealVictimIdentity: { familyName: string } }>(REVEAL, { id: handoff.id, code: nextCode(secret) }, session.accessToken);
      expect(revealed.errors).toBeUndefined();
      expect(revealed.data?.revealVictimIdentity.familyName).toBeTruthy();

      // The next sign-in asks for the code on this gateway and the lenient one alike.
      expect(codeOf(await signIn(coordinator.email, PASSWORD, undefined, strict.gql))).toBe('SECOND_FACTOR_REQUIRED');
      expect(codeOf(await signIn(coordinator.email))).toBe('SECOND_FACTOR_REQUIRED');
    });

    it('asks a coordinator with a second factor for a code before a reveal even where no role requires one', async () => {
      const [handoff] = await stack.db.query(`SELECT id, referring_agency_id FROM handoff WHERE status <> 'WITHDRAWN' ORDER BY proposed_at LIMIT 1`);
      const coordinator = await freshUser(['VICTIM_COORDINATOR'], { id: handoff.referring_agency_id });
      const first = await tokenOf(coordinator.email);
      const { recoveryCodes } = await enrol(first.accessToken);
      expect(codeOf(await gql(REVEAL, { id: handoff.id }, first.accessToken))).toBe('SECOND_FACTOR_REQUIRED');
      expect((await gql(REVEAL, { id: handoff.id, code: recoveryCodes[0] }, first.accessToken)).errors).toBeUndefined();
    });
  });

  describe('passwords', () => {
    it('changes the own password: the current one checked, the new one by the policy, the other sessions ended', async () => {
      const user = await freshUser(['LIAISON_OFFICER']);
      const current = await tokenOf(user.email);
      const other = await tokenOf(user.email);
      const wrong = await gql(CHANGE_PASSWORD, { current: 'not-my-password', next: 'another-long-password' }, current.accessToken);
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0].extensions?.problems).toEqual([{ field: 'currentPassword', problem: 'is not your current password' }]);
      const short = await gql(CHANGE_PASSWORD, { current: PASSWORD, next: 'short' }, current.accessToken);
      expect(short.errors?.[0].extensions?.problems).toEqual([{ field: 'newPassword', problem: 'must be at least 12 characters' }]);
      expect(codeOf(await gql(ME, {}, other.accessToken))).toBeUndefined();

      const changed = await gql<{ changePassword: boolean }>(CHANGE_PASSWORD, { current: PASSWORD, next: 'another-long-password' }, current.accessToken);
      expect(changed.data?.changePassword).toBe(true);
      expect(codeOf(await gql(ME, {}, other.accessToken))).toBe('UNAUTHENTICATED');
      expect((await gql(ME, {}, current.accessToken)).errors).toBeUndefined();
      expect(codeOf(await signIn(user.email))).toBe('UNAUTHENTICATED');
      expect((await signIn(user.email, 'another-long-password')).errors).toBeUndefined();
      expect(await auditCount('user.change-password', 'SUCCESS', user.id)).toBe(1);
      expect(await auditCount('user.change-password', 'FAILURE', user.id)).toBe(1);
    });

    it('lets an agency admin reset the password of its own agency users only; the next session may only change it', async () => {
      const admin = await stack.signIn('agency_admin.de@demo.example');
      const [{ agency_id: adminAgency }] = await stack.db.query(`SELECT agency_id FROM app_user WHERE email = 'agency_admin.de@demo.example'`);
      const user = await freshUser(['LIAISON_OFFICER'], { id: adminAgency });
      const session = await tokenOf(user.email);

      const foreignAdmin = await stack.signIn('agency_admin.md@demo.example');
      expect(codeOf(await gql(RESET_PASSWORD, { id: user.id }, foreignAdmin))).toBe('NOT_FOUND');
      const colleague = await stack.signIn('liaison_officer.de@demo.example');
      expect(codeOf(await gql(RESET_PASSWORD, { id: user.id }, colleague))).toBe('FORBIDDEN');
      expect(await auditCount('user:reset-password', 'DENIED', user.id)).toBe(2);
      expect((await gql(ME, {}, session.accessToken)).errors).toBeUndefined();

      const reset = await gql<{ resetUserPassword: { password: string } }>(RESET_PASSWORD, { id: user.id }, admin);
      const temporary = reset.data!.resetUserPassword.password;
      expect(temporary.length).toBeGreaterThanOrEqual(12);
      expect(await auditCount('user.reset-password', 'SUCCESS', user.id)).toBe(1);
      expect(codeOf(await gql(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
      expect(codeOf(await signIn(user.email))).toBe('UNAUTHENTICATED');

      const restricted = await tokenOf(user.email, temporary);
      const me = await gql<{ me: { passwordChangeRequired: boolean } }>(ME, {}, restricted.accessToken);
      expect(me.data?.me.passwordChangeRequired).toBe(true);
      expect(codeOf(await gql(CASES, {}, restricted.accessToken))).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(codeOf(await gql(SESSIONS, {}, restricted.accessToken))).toBe('PASSWORD_CHANGE_REQUIRED');
      expect((await gql(CHANGE_PASSWORD, { current: temporary, next: 'my-own-new-password' }, restricted.accessToken)).errors).toBeUndefined();
      expect((await gql(CASES, {}, restricted.accessToken)).errors).toBeUndefined();
    });

    it('refuses to reset the password of a platform admin of the same agency', async () => {
      const admin = await stack.signIn('agency_admin.de@demo.example');
      const [{ agency_id: adminAgency }] = await stack.db.query(`SELECT agency_id FROM app_user WHERE email = 'agency_admin.de@demo.example'`);
      const platformAdmin = await freshUser(['PLATFORM_ADMIN'], { id: adminAgency });
      expect(codeOf(await gql(RESET_PASSWORD, { id: platformAdmin.id }, admin))).toBe('FORBIDDEN');
    });

    it('asks a reset user whose role requires a second factor to change the password first, then to enrol', async () => {
      const strict = await startGateway({ SECOND_FACTOR_REQUIRED_ROLES: '*' });
      try {
        const user = await freshUser(['LIAISON_OFFICER']);
        await stack.db.query(`UPDATE app_user SET password_change_required = true WHERE id = $1`, [user.id]);
        const session = await tokenOf(user.email, PASSWORD, undefined, strict.gql);
        expect(codeOf(await strict.gql(BEGIN, {}, session.accessToken))).toBe('PASSWORD_CHANGE_REQUIRED');
        expect((await strict.gql(CHANGE_PASSWORD, { current: PASSWORD, next: 'my-own-new-password' }, session.accessToken)).errors).toBeUndefined();
        expect(codeOf(await strict.gql(CASES, {}, session.accessToken))).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
        await enrol(session.accessToken, strict.gql);
        expect((await strict.gql(CASES, {}, session.accessToken)).errors).toBeUndefined();
      } finally {
        await strict.app.close();
      }
    });
  });
});
