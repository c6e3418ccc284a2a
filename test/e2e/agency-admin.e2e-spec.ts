import { randomUUID } from 'node:crypto';
import { createPrivateDatabase } from '../support/private-database';
import { eventually, GraphQLResponse, Stack, startStack, uniqueSuffix } from '../support/stack';

const USERS = `query($status: AccountStatus, $first: Int, $after: String) {
  agencyUsers(status: $status, first: $first, after: $after) {
    edges { node { id email displayName roles status lockedUntil lastSignInAt secondFactorEnrolled agency { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const USER = `query($id: ID!) { agencyUser(id: $id) { id email status } }`;
const ENROL = `mutation($input: EnrolUserInput!) { enrolUser(input: $input) { setPasswordToken setPasswordExpiresAt user { id email status passwordChangeRequired } } }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) { setPasswordWithLink(token: $token, newPassword: $password) }`;
const CHOSEN = 'chosen-by-the-new-user-2026';
const UNLOCK = `mutation($id: ID!) { unlockUser(userId: $id) { id status lockedUntil } }`;
const ENABLE = `mutation($id: ID!) { enableUser(userId: $id) { id status disabled } }`;
const DISABLE = `mutation($id: ID!) { disableUser(userId: $id) { id status } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken user { id passwordChangeRequired } } }`;
const NOTIFICATIONS = `{ notifications(first: 50, unreadOnly: true) { edges { node { kind subjectId } } } }`;

interface UserNode {
  id: string;
  email: string;
  status: string;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  agency: { id: string };
}
type Users = { agencyUsers: { edges: { node: UserNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

// Its own database: it locks, disables and notifies, and counts audit rows per target.
describe('agency administrators (e2e)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let stack: Stack;
  let adminDe: string;
  let adminRo: string;
  let officerDe: string;

  beforeAll(async () => {
    database = await createPrivateDatabase('agency_admin_e2e');
    stack = await startStack({ worker: true, overrides: { DATABASE_URL: database.url } });
    [adminDe, adminRo, officerDe] = await Promise.all(
      ['agency_admin.de@demo.example', 'agency_admin.ro@demo.example', 'liaison_officer.de@demo.example'].map((e) => stack.signIn(e)),
    );
    // A database of its own is migrated first: more than the 30 s of a hook on a busy machine.
  }, 90_000);
  afterAll(async () => {
    await stack?.close();
    await database?.drop();
  });

  const auditCount = async (action: string, outcome: string, targetId: string) =>
    Number((await stack.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND outcome = $2 AND target_id = $3`, [action, outcome, targetId]))[0].n);

  /** A new user of the admin's agency, who has chosen a password with the link (unless `choose` is false). */
  async function enrol(token = adminDe, choose = true) {
    const email = `enrolled.${uniqueSuffix()}@example.test`;
    const result = await stack.gql<{ enrolUser: { setPasswordToken: string; setPasswordExpiresAt: string; user: { id: string; passwordChangeRequired: boolean; status: string } } }>(
      ENROL,
      { input: { email, displayName: 'Enrolled Officer', roles: ['LIAISON_OFFICER'] } },
      token,
    );
    if (!result.data) throw new Error(result.raw);
    if (choose) expect((await stack.gql(SET_PASSWORD, { token: result.data.enrolUser.setPasswordToken, password: CHOSEN })).errors).toBeUndefined();
    return { ...result.data.enrolUser, email, password: CHOSEN };
  }

  async function lockOut(email: string) {
    for (let i = 0; i < stack.config.LOCKOUT_THRESHOLD; i++) {
      await stack.gql(SIGN_IN, { input: { email, password: 'not-the-password-at-all' } });
    }
  }

  describe('agencyUsers', () => {
    it("lists the own agency's users, newest first, by cursor, with status, and nothing of another agency", async () => {
      const enrolled = await enrol();
      const first = await stack.gql<Users>(USERS, { first: 1 }, adminDe);
      expect(first.errors).toBeUndefined();
      expect(first.data!.agencyUsers.edges.map((e) => e.node.id)).toEqual([enrolled.user.id]);
      expect(first.data!.agencyUsers.pageInfo.hasNextPage).toBe(true);

      const all = await stack.gql<Users>(USERS, { first: 100 }, adminDe);
      const nodes = all.data!.agencyUsers.edges.map((e) => e.node);
      const [{ id: agencyId }] = await stack.db.query(`SELECT agency_id AS id FROM app_user WHERE email = 'agency_admin.de@demo.example'`);
      expect(nodes.every((n) => n.agency.id === agencyId)).toBe(true);
      expect(nodes.map((n) => n.email)).toEqual(expect.arrayContaining(['agency_admin.de@demo.example', 'liaison_officer.de@demo.example', enrolled.email]));
      expect(nodes.find((n) => n.email === 'agency_admin.de@demo.example')!.lastSignInAt).not.toBeNull();
      expect(nodes.find((n) => n.email === enrolled.email)).toMatchObject({ status: 'ACTIVE', lockedUntil: null, lastSignInAt: null });

      const second = await stack.gql<Users>(USERS, { first: 1, after: first.data!.agencyUsers.pageInfo.endCursor }, adminDe);
      expect(second.data!.agencyUsers.edges[0].node.id).toBe(nodes[1].id);

      const ro = await stack.gql<Users>(USERS, { first: 100 }, adminRo);
      expect(ro.errors).toBeUndefined();
      const roEmails = ro.data!.agencyUsers.edges.map((e) => e.node.email);
      expect(roEmails).toContain('agency_admin.ro@demo.example');
      expect(roEmails.filter((e) => !e.endsWith('.ro@demo.example'))).toEqual([]);
      expect(await auditCount('user.list', 'SUCCESS', agencyId)).toBeGreaterThanOrEqual(3);
    });

    it('filters by status', async () => {
      const enrolled = await enrol();
      await stack.gql(DISABLE, { id: enrolled.user.id }, adminDe);
      const disabled = await stack.gql<Users>(USERS, { status: 'DISABLED' }, adminDe);
      const statuses = disabled.data!.agencyUsers.edges.map((e) => e.node.status);
      expect(disabled.data!.agencyUsers.edges.map((e) => e.node.id)).toContain(enrolled.user.id);
      expect(new Set(statuses)).toEqual(new Set(['DISABLED']));
      const active = await stack.gql<Users>(USERS, { status: 'ACTIVE' }, adminDe);
      expect(active.data!.agencyUsers.edges.map((e) => e.node.id)).not.toContain(enrolled.user.id);
    });

    it('refuses every other role (FORBIDDEN, audited) and answers another agency\'s user NOT_FOUND', async () => {
      const denied = await stack.gql(USERS, {}, officerDe);
      expect(codeOf(denied)).toBe('FORBIDDEN');
      for (const email of ['prosecutor.de@demo.example', 'auditor.de@demo.example', 'platform_admin@demo.example']) {
        expect(codeOf(await stack.gql(USERS, {}, await stack.signIn(email)))).toBe('FORBIDDEN');
      }
      const [{ id: agencyId }] = await stack.db.query(`SELECT agency_id AS id FROM app_user WHERE email = 'liaison_officer.de@demo.example'`);
      expect(await auditCount('user:list', 'DENIED', agencyId)).toBeGreaterThanOrEqual(1);

      const enrolled = await enrol();
      expect((await stack.gql<{ agencyUser: { id: string } }>(USER, { id: enrolled.user.id }, adminDe)).data?.agencyUser.id).toBe(enrolled.user.id);
      expect(codeOf(await stack.gql(USER, { id: enrolled.user.id }, adminRo))).toBe('NOT_FOUND');
      expect(codeOf(await stack.gql(USER, { id: enrolled.user.id }, officerDe))).toBe('FORBIDDEN');
      expect(codeOf(await stack.gql(USER, { id: randomUUID() }, adminDe))).toBe('NOT_FOUND');
      expect(await auditCount('user:list', 'DENIED', enrolled.user.id)).toBe(2);
      expect(codeOf(await stack.gql(USERS, { after: 'not-a-cursor' }, adminDe))).toBe('BAD_USER_INPUT');
    });
  });

  describe('enrolUser', () => {
    it('creates a user of the own agency with a one-time link to choose a password, good once and until it expires', async () => {
      const enrolled = await enrol(adminDe, false);
      expect(enrolled.setPasswordToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const hours = (new Date(enrolled.setPasswordExpiresAt).getTime() - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(stack.config.SET_PASSWORD_LINK_HOURS - 0.1);
      expect(enrolled.user).toMatchObject({ status: 'ACTIVE', passwordChangeRequired: false });
      expect(await auditCount('user.create', 'SUCCESS', enrolled.user.id)).toBe(1);
      const [stored] = await stack.db.query(`SELECT encode(token_hash, 'hex') AS hash FROM password_setup_link WHERE user_id = $1`, [enrolled.user.id]);
      expect(stored.hash).not.toContain(Buffer.from(enrolled.setPasswordToken).toString('hex'));

      const tooShort = await stack.gql(SET_PASSWORD, { token: enrolled.setPasswordToken, password: 'short' });
      expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((await stack.gql<{ setPasswordWithLink: boolean }>(SET_PASSWORD, { token: enrolled.setPasswordToken, password: CHOSEN })).data?.setPasswordWithLink).toBe(true);
      expect((await stack.gql(SIGN_IN, { input: { email: enrolled.email, password: CHOSEN } })).errors).toBeUndefined();
      expect(await auditCount('user.set-password', 'SUCCESS', enrolled.user.id)).toBe(1);

      // Used once: the same link, or one never issued, is refused alike.
      for (const token of [enrolled.setPasswordToken, 'x'.repeat(43)]) {
        const refused = await stack.gql(SET_PASSWORD, { token, password: 'someone-else-s-password' });
        expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'token' }] });
      }
      expect(await auditCount('user.set-password', 'FAILURE', enrolled.user.id)).toBe(1);

      // An expired link is refused too.
      const late = await enrol(adminDe, false);
      await stack.db.query(`UPDATE password_setup_link SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [late.user.id]);
      expect(codeOf(await stack.gql(SET_PASSWORD, { token: late.setPasswordToken, password: CHOSEN }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await stack.gql(SIGN_IN, { input: { email: late.email, password: CHOSEN } }))).toBe('UNAUTHENTICATED');
    });

    it('refuses another role, a role an agency admin may not grant, and a duplicate e-mail', async () => {
      const input = { email: `x.${uniqueSuffix()}@example.test`, displayName: 'X', roles: ['LIAISON_OFFICER'] };
      expect(codeOf(await stack.gql(ENROL, { input }, officerDe))).toBe('FORBIDDEN');
      expect(codeOf(await stack.gql(ENROL, { input: { ...input, roles: ['PLATFORM_ADMIN'] } }, adminDe))).toBe('FORBIDDEN');
      expect(codeOf(await stack.gql(ENROL, { input: { ...input, email: 'not-an-email' } }, adminDe))).toBe('BAD_USER_INPUT');
      const duplicate = await stack.gql(ENROL, { input: { ...input, email: 'liaison_officer.de@demo.example' } }, adminDe);
      expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    });
  });

  describe('lock-out, unlockUser and enableUser', () => {
    it("tells the agency's admins of a lock-out, and the admin unlocks the account", async () => {
      const enrolled = await enrol();
      await lockOut(enrolled.email);
      const locked = await stack.gql<{ agencyUser: { status: string } }>(USER, { id: enrolled.user.id }, adminDe);
      expect(locked.data?.agencyUser.status).toBe('LOCKED');

      const notified = await eventually(async () => {
        const list = await stack.gql<{ notifications: { edges: { node: { kind: string; subjectId: string } }[] } }>(NOTIFICATIONS, {}, adminDe);
        return list.data?.notifications.edges.find((e) => e.node.subjectId === enrolled.user.id);
        // The relay and the worker on a machine shared with other work: give them time.
      }, 45_000);
      expect(notified.node.kind).toBe('USER_LOCKED_OUT');
      // Only the admins of that agency hear of it.
      const ro = await stack.gql<{ notifications: { edges: { node: { subjectId: string } }[] } }>(NOTIFICATIONS, {}, adminRo);
      expect(ro.data!.notifications.edges.map((e) => e.node.subjectId)).not.toContain(enrolled.user.id);
      const officer = await stack.gql<{ notifications: { edges: { node: { subjectId: string } }[] } }>(NOTIFICATIONS, {}, officerDe);
      expect(officer.data!.notifications.edges.map((e) => e.node.subjectId)).not.toContain(enrolled.user.id);

      // Neither another agency's admin nor another role may unlock it.
      expect(codeOf(await stack.gql(UNLOCK, { id: enrolled.user.id }, adminRo))).toBe('NOT_FOUND');
      expect(codeOf(await stack.gql(UNLOCK, { id: enrolled.user.id }, officerDe))).toBe('FORBIDDEN');
      expect(await auditCount('user:unlock', 'DENIED', enrolled.user.id)).toBe(2);

      const unlocked = await stack.gql<{ unlockUser: { status: string; lockedUntil: string | null } }>(UNLOCK, { id: enrolled.user.id }, adminDe);
      expect(unlocked.errors).toBeUndefined();
      expect(unlocked.data?.unlockUser).toMatchObject({ status: 'ACTIVE', lockedUntil: null });
      const [row] = await stack.db.query(`SELECT failed_sign_ins, locked_until FROM app_user WHERE id = $1`, [enrolled.user.id]);
      expect(row).toEqual({ failed_sign_ins: 0, locked_until: null });
      expect(await auditCount('user.unlock', 'SUCCESS', enrolled.user.id)).toBe(1);
      const signedIn = await stack.gql(SIGN_IN, { input: { email: enrolled.email, password: enrolled.password } });
      expect(signedIn.errors).toBeUndefined();

      // Not locked any more: a second unlock is a conflict with the account's state, audited.
      const again = await stack.gql(UNLOCK, { id: enrolled.user.id }, adminDe);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STATE', state: 'ACTIVE' });
      expect(await auditCount('user.unlock', 'DENIED', enrolled.user.id)).toBe(1);
    }, 90_000);

    it('enables a disabled account again, refused to others and when not disabled', async () => {
      const enrolled = await enrol();
      expect(codeOf(await stack.gql(ENABLE, { id: enrolled.user.id }, adminDe))).toBe('CONFLICT');
      await stack.gql(DISABLE, { id: enrolled.user.id }, adminDe);
      const refused = await stack.gql(SIGN_IN, { input: { email: enrolled.email, password: enrolled.password } });
      expect(codeOf(refused)).toBe('UNAUTHENTICATED');
      const unlockDisabled = await stack.gql(UNLOCK, { id: enrolled.user.id }, adminDe);
      expect(unlockDisabled.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'DISABLED' });

      expect(codeOf(await stack.gql(ENABLE, { id: enrolled.user.id }, adminRo))).toBe('NOT_FOUND');
      expect(codeOf(await stack.gql(ENABLE, { id: enrolled.user.id }, officerDe))).toBe('FORBIDDEN');
      const enabled = await stack.gql<{ enableUser: { status: string; disabled: boolean } }>(ENABLE, { id: enrolled.user.id }, adminDe);
      expect(enabled.data?.enableUser).toEqual({ id: enrolled.user.id, status: 'ACTIVE', disabled: false });
      expect(await auditCount('user.enable', 'SUCCESS', enrolled.user.id)).toBe(1);
      expect((await stack.gql(SIGN_IN, { input: { email: enrolled.email, password: enrolled.password } })).errors).toBeUndefined();
    });
  });
});
