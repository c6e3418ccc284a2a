import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboxService } from '@app/events';
import { queryPrepared, SqlFilter } from '@app/database';
import {
  AuthenticatedContext,
  BadUserInputError,
  CLOCK,
  Clock,
  cursorTimestampSql,
  decodeKeyset,
  NotFoundError,
  pageSize,
  refusalError,
  Role,
  StepRefused,
} from '@app/kernel';
import { ConnectionShape, toConnection } from '@app/platform';
import { hashPassword } from '../auth/password';
import { newTemporaryPassword } from '../second-factor/second-factor.rules';
import { endSessions } from '../sessions/session-records';
import { SessionStates } from '../sessions/session-states';
import {
  AgencyModel,
  AgencyUsersArgs,
  ChangeRolesInput,
  CreateAgencyInput,
  CreateStateInput,
  CreateUserInput,
  EnrolledUser,
  EnrolUserInput,
  StateModel,
  TemporaryPassword,
  UserModel,
} from '../dto/identity.types';
import { AgencyRecord, StateRecord, UserRecord } from '../identity.entities';
import { loadUserView, toUserModel, USER_VIEW_FROM, userViewColumns, UserViewRow } from '../user-view';
import { IssuedSetupLink, PasswordSetupService } from './password-setup.service';
import { newSetupToken } from './password-setup.rules';
import { accountStatus, AccountStatus, accountStatusSql, enableRefusal, unlockRefusal } from './account-status';

// The only unique key a user change can hit is the e-mail address.
const USER_EXISTS = 'user already exists';

/** A user to create: its agency defaults to the caller's. */
type NewUser = Pick<CreateUserInput, 'email' | 'displayName' | 'roles' | 'agencyId'>;

/** The status changes an agency admin makes to an account, each undoing one state. */
const STATUS_CHANGES = {
  'user:unlock': { audited: 'user.unlock', refusal: unlockRefusal, change: { failedSignIns: 0, lockedUntil: null } },
  'user:enable': { audited: 'user.enable', refusal: enableRefusal, change: { disabledAt: null } },
} satisfies Record<string, { audited: string; refusal: (status: AccountStatus) => StepRefused | null; change: Partial<UserRecord> }>;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * The directory of States, agencies and users, and its administration: platform admins
 * manage States and agencies, agency admins the users of their own agency.
 */
@Injectable()
export class DirectoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly outbox: OutboxService,
    private readonly sessions: SessionStates,
    private readonly setupLinks: PasswordSetupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  states(): Promise<StateModel[]> {
    return this.db.getRepository(StateRecord).find({ order: { code: 'ASC' } });
  }

  /** The display names of users, for other contexts that name who did something (never more of the account). */
  async displayNamesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.db.getRepository(UserRecord).find({ where: { id: In([...userIds]) }, select: { id: true, displayName: true } });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  async agencies(stateCode?: string): Promise<AgencyModel[]> {
    const rows: (AgencyRecord & { stateName: string })[] = await this.db.query(
      `SELECT a.id, a.name, a.kind, a.state_code AS "stateCode", s.name AS "stateName"
         FROM agency a JOIN state s ON s.code = a.state_code
        WHERE $1::text IS NULL OR a.state_code = $1
        ORDER BY a.state_code, a.name`,
      [stateCode ?? null],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, state: { code: r.stateCode, name: r.stateName } }));
  }

  async createState(ctx: AuthenticatedContext, input: CreateStateInput): Promise<StateModel> {
    await this.access.authorize(ctx, 'state:create', {}, { type: 'state', id: input.code });
    const known = regionNames.of(input.code);
    if (!known) throw BadUserInputError.of([{ field: 'code', problem: 'is not an ISO 3166-1 alpha-2 country code' }]);
    const state = { code: input.code, name: input.name ?? known };
    return this.commands.run(
      ctx,
      () => ({ action: 'state.create', targetType: 'state', targetId: state.code }),
      async (m) => {
        await m.insert(StateRecord, state);
        return state;
      },
      'state already exists',
    );
  }

  async createAgency(ctx: AuthenticatedContext, input: CreateAgencyInput): Promise<AgencyModel> {
    await this.access.authorize(ctx, 'agency:create', { stateCode: input.stateCode }, { type: 'agency' });
    const state = await this.db.getRepository(StateRecord).findOneBy({ code: input.stateCode });
    if (!state) throw BadUserInputError.of([{ field: 'stateCode', problem: 'no such State on the platform' }]);
    return this.commands.run(
      ctx,
      (agency) => ({ action: 'agency.create', targetType: 'agency', targetId: agency?.id }),
      async (m) => {
        const { identifiers } = await m.insert(AgencyRecord, { stateCode: state.code, name: input.name, kind: input.kind });
        return { id: String(identifiers[0].id), name: input.name, kind: input.kind, state };
      },
      'agency already exists',
    );
  }

  createUser(ctx: AuthenticatedContext, input: CreateUserInput): Promise<UserModel> {
    return this.insertUser(ctx, input, input.password, false, async () => undefined);
  }

  /**
   * An agency admin creates a user of its agency with a one-time link (shown this once) to
   * choose a password with; until then no password signs in.
   */
  async enrolUser(ctx: AuthenticatedContext, input: EnrolUserInput): Promise<EnrolledUser> {
    const issued: { link?: IssuedSetupLink } = {};
    const user = await this.insertUser(ctx, input, newSetupToken(), false, async (m, id) => {
      issued.link = await this.setupLinks.issue(m, id);
    });
    if (!issued.link) throw new Error(`no set-password link was issued for user ${user.id}`);
    return { user, setPasswordToken: issued.link.token, setPasswordExpiresAt: issued.link.expiresAt };
  }

  /** A page of the users of the caller's agency, newest first ('user:list', applied in the SQL). */
  async agencyUsers(ctx: AuthenticatedContext, args: AgencyUsersArgs): Promise<ConnectionShape<UserModel>> {
    const first = pageSize(args.first);
    const agencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'user:list', { agencyId }, { type: 'agency', id: agencyId });
    const after = args.after ? decodeKeyset(args.after) : null;
    // The policy in SQL: only the caller's agency's users are ever loaded.
    const where = new SqlFilter([agencyId, first + 1, this.clock.now()]);
    if (args.status) where.where(`${accountStatusSql('$3::timestamptz')} = ${where.param(args.status)}`);
    if (after) where.where(`(u.created_at, u.id) < (${where.param(after.at)}::timestamptz, ${where.param(after.id)}::uuid)`);
    const rows = await queryPrepared<UserViewRow & { cursor_at: string }>(
      this.db,
      `SELECT ${userViewColumns('$3::timestamptz')}, ${cursorTimestampSql('u.created_at')} AS cursor_at
         FROM ${USER_VIEW_FROM}
        WHERE u.agency_id = $1${where.and}
        ORDER BY u.created_at DESC, u.id DESC
        LIMIT $2`,
      where.params,
    );
    const page = toConnection(rows, first, (r) => [r.cursor_at, r.id], (r) => toUserModel(r, this.config.SECOND_FACTOR_REQUIRED_ROLES));
    await this.commands.read(ctx, {
      action: 'user.list',
      targetType: 'agency',
      targetId: agencyId,
      details: { userIds: page.edges.map((e) => e.node.id).join(',') },
    });
    return page;
  }

  /** One user of the caller's agency; anyone else's answers NOT_FOUND (audited). */
  async agencyUser(ctx: AuthenticatedContext, userId: string): Promise<UserModel> {
    await this.managedUser(ctx, 'user:list', userId);
    await this.commands.read(ctx, { action: 'user.read', targetType: 'user', targetId: userId });
    return this.viewOf(this.db.manager, userId);
  }

  /** Lifts a lock-out before it ends by itself: the failed sign-ins are forgotten too. */
  unlockUser(ctx: AuthenticatedContext, userId: string): Promise<UserModel> {
    return this.changeStatus(ctx, 'user:unlock', userId);
  }

  /** Undoes disableUser: the user may sign in again (the sessions ended then stay ended). */
  enableUser(ctx: AuthenticatedContext, userId: string): Promise<UserModel> {
    return this.changeStatus(ctx, 'user:enable', userId);
  }

  async disableUser(ctx: AuthenticatedContext, userId: string): Promise<UserModel> {
    const user = await this.managedUser(ctx, 'user:disable', userId);
    const view = await this.commands.run(
      ctx,
      () => ({ action: 'user.disable', targetType: 'user', targetId: userId }),
      async (m) => {
        const now = this.clock.now();
        await m.update(UserRecord, { id: userId }, { disabledAt: now });
        await endSessions(m, { userId }, now);
        await this.publishUserChange(m, 'identity.user-disabled', userId, user.agencyId);
        return this.viewOf(m, userId);
      },
      USER_EXISTS,
    );
    await this.sessions.changed(userId);
    return view;
  }

  /**
   * An agency admin sets a temporary password for a user of its agency (shown this once):
   * the user's sessions end at once and the next one may only change it.
   */
  async resetUserPassword(ctx: AuthenticatedContext, userId: string): Promise<TemporaryPassword> {
    const user = await this.managedUser(ctx, 'user:reset-password', userId, 'own');
    const password = newTemporaryPassword();
    const passwordHash = await hashPassword(password);
    await this.commands.run(
      ctx,
      () => ({ action: 'user.reset-password', targetType: 'user', targetId: userId }),
      async (m) => {
        // The lock-out goes too: a reset is how a locked-out user is let back in.
        await m.update(UserRecord, { id: userId }, { passwordHash, passwordChangeRequired: true, failedSignIns: 0, lockedUntil: null });
        await endSessions(m, { userId: user.id }, this.clock.now());
      },
    );
    await this.sessions.changed(userId);
    return { password };
  }

  /** `also`: more of the same command, e.g. the set-password link, written in its transaction. */
  private async insertUser(
    ctx: AuthenticatedContext,
    input: NewUser,
    password: string,
    passwordChangeRequired: boolean,
    also: (m: EntityManager, userId: string) => Promise<void>,
  ): Promise<UserModel> {
    const agencyId = input.agencyId ?? ctx.actor.agencyId;
    await this.access.authorize(ctx, 'user:create', { agencyId, roles: input.roles }, { type: 'agency', id: agencyId });
    const agency = await this.db.getRepository(AgencyRecord).findOneBy({ id: agencyId });
    if (!agency) return this.access.notFound(ctx, 'user:create', { type: 'agency', id: agencyId });
    const passwordHash = await hashPassword(password);
    return this.commands.run(
      ctx,
      (user) => ({ action: 'user.create', targetType: 'user', targetId: user?.id }),
      async (m) => {
        const { identifiers } = await m.insert(UserRecord, {
          email: input.email.trim().toLowerCase(),
          displayName: input.displayName,
          passwordHash,
          passwordChangeRequired,
          agencyId,
          roles: [...new Set(input.roles)],
        });
        const id = String(identifiers[0].id);
        await also(m, id);
        await this.publishUserChange(m, 'identity.user-created', id, agencyId);
        return this.viewOf(m, id);
      },
      USER_EXISTS,
    );
  }

  /** One of STATUS_CHANGES, judged on the account as it is inside the command's transaction. */
  private async changeStatus(ctx: AuthenticatedContext, action: keyof typeof STATUS_CHANGES, userId: string): Promise<UserModel> {
    await this.managedUser(ctx, action, userId, 'own');
    const { audited, refusal, change } = STATUS_CHANGES[action];
    return this.commands.run(
      ctx,
      () => ({ action: audited, targetType: 'user', targetId: userId }),
      async (m) => {
        const user = await m.getRepository(UserRecord).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
        if (!user) throw new NotFoundError('user not found');
        const status = accountStatus(user, this.clock.now());
        const refused = refusal(status);
        if (refused) throw refusalError(refused, status);
        await m.update(UserRecord, { id: userId }, change);
        return this.viewOf(m, userId);
      },
      USER_EXISTS,
    );
  }

  grantRoles(ctx: AuthenticatedContext, input: ChangeRolesInput): Promise<UserModel> {
    return this.changeRoles(ctx, input, (current) => [...new Set([...current, ...input.roles])]);
  }

  revokeRoles(ctx: AuthenticatedContext, input: ChangeRolesInput): Promise<UserModel> {
    return this.changeRoles(ctx, input, (current) => current.filter((r) => !input.roles.includes(r)));
  }

  private async changeRoles(
    ctx: AuthenticatedContext,
    input: ChangeRolesInput,
    change: (current: Role[]) => Role[],
  ): Promise<UserModel> {
    const user = await this.managedUser(ctx, 'user:grant-roles', input.userId, input.roles);
    const roles = change(user.roles);
    const audited = { action: 'user.roles', targetType: 'user', targetId: user.id, details: { roles: roles.join(',') } };
    const view = await this.commands.run(
      ctx,
      () => audited,
      async (m) => {
        await m.update(UserRecord, { id: user.id }, { roles });
        await this.publishUserChange(m, 'identity.user-roles-changed', user.id, user.agencyId);
        return this.viewOf(m, user.id);
      },
      USER_EXISTS,
    );
    // A revoked role stops working now, not when the access token expires.
    await this.sessions.changed(user.id);
    return view;
  }

  /**
   * Loads a user the caller administers, answering NOT_FOUND (audited) for anyone else.
   * `roles`: those being given, or 'own' to judge by the roles the user holds.
   */
  private async managedUser(
    ctx: AuthenticatedContext,
    action: 'user:disable' | 'user:enable' | 'user:unlock' | 'user:grant-roles' | 'user:list' | 'user:reset-password',
    userId: string,
    roles?: Role[] | 'own',
  ): Promise<UserRecord> {
    const user = isUUID(userId) ? await this.db.getRepository(UserRecord).findOneBy({ id: userId }) : null;
    if (!user) return this.access.notFound(ctx, action, { type: 'user', id: userId });
    const target = { agencyId: user.agencyId, roles: roles === 'own' ? user.roles : roles };
    await this.access.authorize(ctx, action, target, { type: 'user', id: userId });
    return user;
  }

  private async viewOf(m: EntityManager, userId: string): Promise<UserModel> {
    const view = await loadUserView(m, userId, this.config.SECOND_FACTOR_REQUIRED_ROLES);
    if (!view) throw new Error(`user ${userId} vanished inside its own transaction`);
    return view;
  }

  private publishUserChange(
    m: EntityManager,
    type: 'identity.user-created' | 'identity.user-disabled' | 'identity.user-roles-changed',
    userId: string,
    agencyId: string,
  ): Promise<void> {
    return this.outbox.publish(m, [{ type, aggregateType: 'user', aggregateId: userId, payload: { userId, agencyId } }]);
  }
}
