import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgencyKind, AuthenticatedContext, BadUserInputError, Role } from '@app/kernel';
import { ClockModule } from '@app/platform';
import { actorIn } from '@test/support/actors';
import { testConfig } from '@test/support/config';
import { UserView } from '../identity.views';
import { PlatformDirectoryCommands } from '../platform/platform-directory.commands';
import { SessionStates } from '../sessions/session-states';
import { DirectoryCommands } from './directory.commands';

/** What the commands wrote since `mark`, as `actor`: audit rows by outcome, and of one user its row and what goes with it. */
interface Footprint {
  succeeded: number;
  denied: number;
  outbox: number;
  version: number | null;
  roles: string[] | null;
  disabled: boolean | null;
  liveSessions: number;
  links: number;
}

/**
 * The directory's commands on the real PostgreSQL (the layer between the pure rules and the e2e
 * tests): what each writes in its one statement, and that a refusal leaves one DENIED row and
 * nothing else. Its States and agencies are its own (private-use codes QK, QL; Tuvalu created).
 */
describe('DirectoryCommands (PostgreSQL)', () => {
  let app: TestingModule;
  let db: DataSource;
  let directory: DirectoryCommands;
  let platformCommands: PlatformDirectoryCommands;
  let admin: AuthenticatedContext;
  let otherAdmin: AuthenticatedContext;
  let platform: AuthenticatedContext;
  const sessionsChanged: string[] = [];

  beforeAll(async () => {
    app = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, ClockModule, AccessModule, AuditModule, CommandsModule],
      providers: [DirectoryCommands, PlatformDirectoryCommands, { provide: SessionStates, useValue: { changed: async (userId: string) => void sessionsChanged.push(userId) } }],
    }).compile();
    await app.init();
    db = app.get(DataSource);
    directory = app.get(DirectoryCommands);
    platformCommands = app.get(PlatformDirectoryCommands);
    admin = await actorIn(db, 'QK', AgencyKind.POLICE, Role.AGENCY_ADMIN);
    otherAdmin = await actorIn(db, 'QL', AgencyKind.POLICE, Role.AGENCY_ADMIN);
    platform = await actorIn(db, 'QK', AgencyKind.POLICE, Role.PLATFORM_ADMIN);
  });
  afterAll(() => app?.close());

  const lastAuditId = async (): Promise<string> => (await db.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_event`))[0].id;

  async function footprint(actor: AuthenticatedContext, mark: string, userId: string): Promise<Footprint> {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM audit_event WHERE id > $2::bigint AND actor_user_id = $1 AND outcome = 'SUCCESS')::int AS succeeded,
              (SELECT count(*) FROM audit_event WHERE id > $2::bigint AND actor_user_id = $1 AND outcome = 'DENIED')::int AS denied,
              (SELECT count(*) FROM outbox_event WHERE aggregate_id = $3)::int AS outbox,
              u.version, u.roles, u.disabled_at IS NOT NULL AS disabled,
              (SELECT count(*) FROM user_session s WHERE s.user_id::text = $3 AND s.ended_at IS NULL)::int AS "liveSessions",
              (SELECT count(*) FROM password_setup_link l WHERE l.user_id::text = $3)::int AS links
         FROM (SELECT 1) one LEFT JOIN app_user u ON u.id::text = $3`,
      [actor.actor.userId, mark, userId],
    );
    return row;
  }

  const enrolment = (roles: Role[] = [Role.LIAISON_OFFICER]) => ({ email: `Officer.${randomUUID()}@Police.example`, displayName: 'An Officer', roles });

  async function enrolled(): Promise<UserView> {
    return (await directory.enrolUser(admin, enrolment())).user;
  }

  async function signedIn(userId: string): Promise<void> {
    await db.query(`INSERT INTO user_session (id, user_id, started_at, last_active_at, expires_at) VALUES ($1, $2, now(), now(), now() + interval '1 hour')`, [
      randomUUID(),
      userId,
    ]);
  }

  describe('States and agencies', () => {
    it('creates a State under its English name, refuses it twice (DUPLICATE, audited on its code) and an unknown code (invalid input, not audited)', async () => {
      const mark = await lastAuditId();
      expect(await directory.createState(platform, { code: 'TV' })).toEqual({ code: 'TV', name: 'Tuvalu' });
      await expect(directory.createState(platform, { code: 'TV', name: 'Again' })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
      await expect(directory.createState(platform, { code: 'QM' })).rejects.toBeInstanceOf(BadUserInputError);
      const audited = await db.query(`SELECT action, outcome, target_id AS "targetId" FROM audit_event WHERE id > $1::bigint AND actor_user_id = $2 ORDER BY id`, [
        mark,
        platform.actor.userId,
      ]);
      expect(audited).toEqual([
        { action: 'state.create', outcome: 'SUCCESS', targetId: 'TV' },
        { action: 'state.create', outcome: 'DENIED', targetId: 'TV' },
      ]);
      expect((await db.query(`SELECT name FROM state WHERE code = 'TV'`))[0].name).toBe('Tuvalu');
    });

    it('refuses a State to anyone but a platform admin (FORBIDDEN, audited on its code)', async () => {
      const mark = await lastAuditId();
      await expect(directory.createState(admin, { code: 'NR' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await db.query(`SELECT target_id AS "targetId", outcome FROM audit_event WHERE id > $1::bigint AND actor_user_id = $2`, [mark, admin.actor.userId])).toEqual([
        { targetId: 'NR', outcome: 'DENIED' },
      ]);
      expect(await db.query(`SELECT 1 FROM state WHERE code = 'NR'`)).toEqual([]);
    });

    it('creates an agency in a State of the platform with its audit row, and refuses one in no such State (invalid input) or a second of the name (DUPLICATE)', async () => {
      const name = `Agency ${randomUUID()}`;
      const agency = await directory.createAgency(platform, { stateCode: 'QK', name, kind: AgencyKind.LABOUR_INSPECTORATE });
      expect(agency).toEqual({ id: expect.any(String), name, kind: AgencyKind.LABOUR_INSPECTORATE, state: { code: 'QK', name: 'State QK' } });
      expect(await db.query(`SELECT outcome FROM audit_event WHERE action = 'agency.create' AND target_id = $1`, [agency.id])).toEqual([{ outcome: 'SUCCESS' }]);
      await expect(directory.createAgency(platform, { stateCode: 'QJ', name, kind: AgencyKind.POLICE })).rejects.toBeInstanceOf(BadUserInputError);
      const mark = await lastAuditId();
      await expect(directory.createAgency(platform, { stateCode: 'QK', name, kind: AgencyKind.POLICE })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
      expect(await footprint(platform, mark, agency.id)).toMatchObject({ succeeded: 0, denied: 1 });
      expect((await db.query(`SELECT count(*)::int AS n FROM agency WHERE name = $1`, [name]))[0].n).toBe(1);
    });
  });

  describe('users of the own agency', () => {
    it('enrols a user with a one-time link: the row, its audit row, its outbox event and its link in one statement', async () => {
      const mark = await lastAuditId();
      const input = enrolment([Role.PROSECUTOR, Role.PROSECUTOR]);
      const { user, setPasswordToken, setPasswordExpiresAt } = await directory.enrolUser(admin, input);
      expect(user).toMatchObject({ email: input.email.toLowerCase(), roles: [Role.PROSECUTOR], status: 'ACTIVE', agency: { id: admin.actor.agencyId } });
      expect(setPasswordToken).toEqual(expect.any(String));
      expect(setPasswordExpiresAt.getTime()).toBeGreaterThan(Date.now());
      expect(await footprint(admin, mark, user.id)).toEqual({ succeeded: 1, denied: 0, outbox: 1, version: 1, roles: [Role.PROSECUTOR], disabled: false, liveSessions: 0, links: 1 });
    });

    it('creates a user with a password, and refuses a taken address (DUPLICATE, audited) writing nothing', async () => {
      const input = { ...enrolment(), password: 'a-long-enough-password' };
      const user = await directory.createUser(admin, input);
      expect(user.passwordChangeRequired).toBe(false);
      const mark = await lastAuditId();
      await expect(directory.createUser(admin, { ...input, displayName: 'Twin' })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
      expect(await footprint(admin, mark, user.id)).toMatchObject({ succeeded: 0, denied: 1, outbox: 1, version: 1 });
    });

    it("refuses a user in another agency (NOT_FOUND, audited on that agency) and a role it may not give (FORBIDDEN), writing nothing", async () => {
      const mark = await lastAuditId();
      await expect(directory.createUser(admin, { ...enrolment(), password: 'a-long-enough-password', agencyId: otherAdmin.actor.agencyId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(directory.enrolUser(admin, enrolment([Role.PLATFORM_ADMIN]))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const audited = await db.query(`SELECT target_type AS "targetType", target_id AS "targetId", outcome FROM audit_event WHERE id > $1::bigint AND actor_user_id = $2 ORDER BY id`, [
        mark,
        admin.actor.userId,
      ]);
      expect(audited).toEqual([
        { targetType: 'agency', targetId: otherAdmin.actor.agencyId, outcome: 'DENIED' },
        { targetType: 'agency', targetId: admin.actor.agencyId, outcome: 'DENIED' },
      ]);
      expect((await db.query(`SELECT count(*)::int AS n FROM app_user WHERE agency_id = $1`, [otherAdmin.actor.agencyId]))[0].n).toBe(1);
    });

    it('disables a user: the row, its sessions ended, the audit row and the outbox event together; the sessions are told after', async () => {
      const user = await enrolled();
      await signedIn(user.id);
      const mark = await lastAuditId();
      expect(await directory.disableUser(admin, user.id)).toMatchObject({ disabled: true, status: 'DISABLED' });
      expect(await footprint(admin, mark, user.id)).toMatchObject({ succeeded: 1, denied: 0, outbox: 2, version: 2, disabled: true, liveSessions: 0 });
      expect(sessionsChanged).toContain(user.id);
    });

    it("refuses another agency's user as NOT_FOUND, one DENIED row and nothing else", async () => {
      const user = await enrolled();
      await signedIn(user.id);
      const mark = await lastAuditId();
      await expect(directory.disableUser(otherAdmin, user.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(directory.resetUserPassword(otherAdmin, user.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await footprint(otherAdmin, mark, user.id)).toMatchObject({ succeeded: 0, denied: 2, outbox: 1, version: 1, disabled: false, liveSessions: 1 });
    });

    it('enables a disabled user, and refuses an active one as CONFLICT reason STATE, audited under the command', async () => {
      const user = await enrolled();
      await directory.disableUser(admin, user.id);
      const mark = await lastAuditId();
      expect(await directory.enableUser(admin, user.id)).toMatchObject({ disabled: false, status: 'ACTIVE' });
      await expect(directory.enableUser(admin, user.id)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'STATE', state: 'ACTIVE' });
      expect(await footprint(admin, mark, user.id)).toMatchObject({ succeeded: 1, denied: 1, version: 3, disabled: false });
      expect(await db.query(`SELECT action FROM audit_event WHERE id > $1::bigint AND target_id = $2 AND outcome = 'DENIED'`, [mark, user.id])).toEqual([{ action: 'user.enable' }]);
    });

    it('unlocks a locked-out user (failed sign-ins forgotten), and refuses one not locked (CONFLICT reason STATE) writing nothing else', async () => {
      const user = await enrolled();
      await db.query(`UPDATE app_user SET failed_sign_ins = 5, locked_until = now() + interval '10 minutes' WHERE id = $1`, [user.id]);
      const mark = await lastAuditId();
      expect(await directory.unlockUser(admin, user.id)).toMatchObject({ status: 'ACTIVE', lockedUntil: null });
      await expect(directory.unlockUser(admin, user.id)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'STATE', state: 'ACTIVE' });
      expect(await footprint(admin, mark, user.id)).toMatchObject({ succeeded: 1, denied: 1, version: 2 });
      expect((await db.query(`SELECT failed_sign_ins AS n FROM app_user WHERE id = $1`, [user.id]))[0].n).toBe(0);
    });

    it('resets a password: a temporary one that must be changed, the sessions ended, the lock-out lifted', async () => {
      const user = await enrolled();
      await signedIn(user.id);
      await db.query(`UPDATE app_user SET failed_sign_ins = 5, locked_until = now() + interval '10 minutes' WHERE id = $1`, [user.id]);
      const mark = await lastAuditId();
      const { password } = await directory.resetUserPassword(admin, user.id);
      expect(password).toEqual(expect.any(String));
      expect(await footprint(admin, mark, user.id)).toMatchObject({ succeeded: 1, denied: 0, version: 2, liveSessions: 0 });
      expect(await db.query(`SELECT password_change_required AS "changeRequired", locked_until AS "lockedUntil" FROM app_user WHERE id = $1`, [user.id])).toEqual([
        { changeRequired: true, lockedUntil: null },
      ]);
    });

    it('grants and revokes roles with their audit rows and outbox events, and refuses a role an agency admin may not give (FORBIDDEN) writing nothing else', async () => {
      const user = await enrolled();
      const mark = await lastAuditId();
      expect((await directory.grantRoles(admin, { userId: user.id, roles: [Role.AUDITOR, Role.LIAISON_OFFICER] })).roles).toEqual([Role.LIAISON_OFFICER, Role.AUDITOR]);
      expect((await directory.revokeRoles(admin, { userId: user.id, roles: [Role.LIAISON_OFFICER] })).roles).toEqual([Role.AUDITOR]);
      await expect(directory.grantRoles(admin, { userId: user.id, roles: [Role.PLATFORM_ADMIN] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await footprint(admin, mark, user.id)).toMatchObject({ succeeded: 2, denied: 1, outbox: 3, version: 3, roles: [Role.AUDITOR] });
    });
  });

  describe("an agency's first administrator", () => {
    const newAgency = () => directory.createAgency(platform, { stateCode: 'QK', name: `Agency ${randomUUID()}`, kind: AgencyKind.POLICE });
    const firstAdmin = (agencyId: string, by = platform) =>
      platformCommands.createFirstAgencyAdmin(by, { agencyId, email: `admin.${randomUUID()}@police.example`, displayName: 'First Admin' });

    it('creates it with a temporary password, audited on the agency with its outbox event', async () => {
      const agency = await newAgency();
      const created = await firstAdmin(agency.id);
      expect(created.user).toMatchObject({ roles: [Role.AGENCY_ADMIN], passwordChangeRequired: true, agency: { id: agency.id } });
      expect(created.temporaryPassword).toEqual(expect.any(String));
      const [audited] = await db.query(`SELECT details FROM audit_event WHERE action = 'agency.first-admin' AND outcome = 'SUCCESS' AND target_id = $1`, [agency.id]);
      expect(audited.details).toMatchObject({ userId: created.user.id });
      expect(await footprint(platform, '0', created.user.id)).toMatchObject({ outbox: 1, version: 1 });
    });

    it('refuses a second while the first is active (CONFLICT reason STATE ADMINISTERED), one DENIED row and no user', async () => {
      const agency = await newAgency();
      await firstAdmin(agency.id);
      const mark = await lastAuditId();
      await expect(firstAdmin(agency.id)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'STATE', state: 'ADMINISTERED' });
      expect(await db.query(`SELECT action, outcome FROM audit_event WHERE id > $1::bigint AND target_id = $2`, [mark, agency.id])).toEqual([
        { action: 'agency.first-admin', outcome: 'DENIED' },
      ]);
      expect((await db.query(`SELECT count(*)::int AS n FROM app_user WHERE agency_id = $1`, [agency.id]))[0].n).toBe(1);
    });

    it('gives two platform admins at once one administrator: the other is refused', async () => {
      const agency = await newAgency();
      const outcomes = await Promise.allSettled([firstAdmin(agency.id), firstAdmin(agency.id)]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT', reason: 'STATE', state: 'ADMINISTERED' } });
      expect((await db.query(`SELECT count(*)::int AS n FROM app_user WHERE agency_id = $1`, [agency.id]))[0].n).toBe(1);
    });

    it('answers an unknown agency NOT_FOUND and anyone but a platform admin FORBIDDEN, each audited on the agency', async () => {
      const agency = await newAgency();
      const missing = randomUUID();
      await expect(firstAdmin(missing)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(firstAdmin(agency.id, admin)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await db.query(`SELECT outcome FROM audit_event WHERE target_id = ANY($1::text[]) ORDER BY id`, [[missing, agency.id]])).toEqual([
        { outcome: 'SUCCESS' },
        { outcome: 'DENIED' },
        { outcome: 'DENIED' },
      ]);
    });
  });
});
