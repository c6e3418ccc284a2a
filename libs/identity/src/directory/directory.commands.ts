import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { Change, CommandStep } from '@app/commands';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Statement } from '@app/database';
import { AuthenticatedContext, BadUserInputError, CLOCK, Clock, ConflictError, refusalError, Role, StepRefused } from '@app/kernel';
import { hashPassword } from '../auth/password';
import { newTemporaryPassword } from '../second-factor/second-factor.rules';
import { endSessionsStatements } from '../sessions/session-records';
import { SessionStates } from '../sessions/session-states';
import {
  AgencyView,
  EnrolledUserView,
  NewAgency,
  NewState,
  NewUser,
  RoleChange,
  StateView,
  TemporaryPasswordView,
  UserEnrolment,
  UserView,
} from '../identity.views';
import { existingUserView } from '../user-view';
import { AGENCIES, agencyView, managedUsers, newUserColumns, STATE_EXISTS, STATES, UserAction, userChanged, UserRow } from './directory.aggregates';
import { newSetupLink } from './password-setup.service';
import { newSetupToken } from './password-setup.rules';
import { accountStatus, AccountStatus, enableRefusal, unlockRefusal } from './account-status';

/** The status changes an agency admin makes to an account, each undoing one state. */
const STATUS_CHANGES = {
  'user:unlock': { audited: 'user.unlock', refusal: unlockRefusal, set: { failed_sign_ins: 0, locked_until: null } },
  'user:enable': { audited: 'user.enable', refusal: enableRefusal, set: { disabled_at: null } },
} satisfies Partial<Record<UserAction, { audited: string; refusal: (status: AccountStatus) => StepRefused | null; set: Record<string, unknown> }>>;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * The directory's administration, every command through the one command step: platform admins
 * create States and agencies, agency admins manage the users of their own agency.
 */
@Injectable()
export class DirectoryCommands {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly step: CommandStep,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly sessions: SessionStates,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async createState(ctx: AuthenticatedContext, command: NewState): Promise<StateView> {
    // A refused State is audited on its code, which the caller chose; the step's creation names
    // no target, so the policy and the State's existence are asked here first.
    const on = { type: STATES.type, id: command.code };
    await this.access.authorize(ctx, 'state:create', {}, on);
    const known = regionNames.of(command.code);
    if (!known) throw BadUserInputError.of([{ field: 'code', problem: 'is not an ISO 3166-1 alpha-2 country code' }]);
    if (await STATES.read(this.db.manager, command.code)) {
      const exists = ConflictError.duplicate(STATE_EXISTS);
      return this.commands.refuse(ctx, { action: 'state.create', targetType: on.type, targetId: on.id }, exists, exists.message);
    }
    return this.step.create(ctx, STATES, {
      action: 'state:create',
      target: {},
      decide: () => ({ insert: { code: command.code, name: command.name ?? known }, audit: { action: 'state.create', targetId: command.code } }),
    });
  }

  async createAgency(ctx: AuthenticatedContext, command: NewAgency): Promise<AgencyView> {
    const agency = await this.step.create(ctx, AGENCIES, {
      action: 'agency:create',
      target: { stateCode: command.stateCode },
      decide: async () => {
        if (!(await STATES.read(this.db.manager, command.stateCode))) {
          throw BadUserInputError.of([{ field: 'stateCode', problem: 'no such State on the platform' }]);
        }
        return { insert: { id: randomUUID(), state_code: command.stateCode, name: command.name, kind: command.kind }, audit: { action: 'agency.create' } };
      },
    });
    return agencyView(agency);
  }

  createUser(ctx: AuthenticatedContext, command: NewUser): Promise<UserView> {
    return this.insertUser(ctx, randomUUID(), command, command.agencyId ?? ctx.actor.agencyId, command.password, []);
  }

  /**
   * An agency admin creates a user of its agency with a one-time link (shown this once) to
   * choose a password with; until then no password signs in.
   */
  async enrolUser(ctx: AuthenticatedContext, command: UserEnrolment): Promise<EnrolledUserView> {
    const id = randomUUID();
    const { link, statement } = newSetupLink(id, this.clock.now(), this.config.SET_PASSWORD_LINK_HOURS);
    const user = await this.insertUser(ctx, id, command, ctx.actor.agencyId, newSetupToken(), [statement]);
    return { user, setPasswordToken: link.token, setPasswordExpiresAt: link.expiresAt };
  }

  /** Lifts a lock-out before it ends by itself: the failed sign-ins are forgotten too. */
  unlockUser(ctx: AuthenticatedContext, userId: string): Promise<UserView> {
    return this.changeStatus(ctx, 'user:unlock', userId);
  }

  /** Undoes disableUser: the user may sign in again (the sessions ended then stay ended). */
  enableUser(ctx: AuthenticatedContext, userId: string): Promise<UserView> {
    return this.changeStatus(ctx, 'user:enable', userId);
  }

  /** The user may no longer sign in, and its sessions end at once. */
  async disableUser(ctx: AuthenticatedContext, userId: string): Promise<UserView> {
    await this.changeUser(ctx, managedUsers(), 'user:disable', userId, (user) => {
      const now = this.clock.now();
      return {
        set: { disabled_at: now },
        alongside: endSessionsStatements({ userId }, now),
        audit: { action: 'user.disable' },
        events: [userChanged('identity.user-disabled', userId, user.agencyId)],
      };
    });
    return this.viewOf(userId);
  }

  /**
   * An agency admin sets a temporary password for a user of its agency (shown this once):
   * the user's sessions end at once and the next one may only change it.
   */
  async resetUserPassword(ctx: AuthenticatedContext, userId: string): Promise<TemporaryPasswordView> {
    const password = newTemporaryPassword();
    await this.changeUser(ctx, managedUsers('own'), 'user:reset-password', userId, async () => ({
      // The lock-out goes too: a reset is how a locked-out user is let back in.
      set: { password_hash: await hashPassword(password), password_change_required: true, failed_sign_ins: 0, locked_until: null },
      alongside: endSessionsStatements({ userId }, this.clock.now()),
      audit: { action: 'user.reset-password' },
    }));
    return { password };
  }

  grantRoles(ctx: AuthenticatedContext, command: RoleChange): Promise<UserView> {
    return this.changeRoles(ctx, command, (current) => [...new Set([...current, ...command.roles])]);
  }

  revokeRoles(ctx: AuthenticatedContext, command: RoleChange): Promise<UserView> {
    return this.changeRoles(ctx, command, (current) => current.filter((r) => !command.roles.includes(r)));
  }

  /** `alongside`: more rows of the same command, e.g. the new user's set-password link. */
  private async insertUser(
    ctx: AuthenticatedContext,
    id: string,
    user: UserEnrolment,
    agencyId: string,
    password: string,
    alongside: Statement[],
  ): Promise<UserView> {
    // A refusal names the agency the user would join: the step's creation names no target, so the policy is asked first.
    const target = { agencyId, roles: user.roles };
    await this.access.authorize(ctx, 'user:create', target, { type: 'agency', id: agencyId });
    await this.step.create(ctx, managedUsers(), {
      action: 'user:create',
      target,
      decide: async () => ({
        insert: newUserColumns(id, agencyId, user, await hashPassword(password), false),
        alongside,
        audit: { action: 'user.create' },
        events: [userChanged('identity.user-created', id, agencyId)],
      }),
    });
    return this.viewOf(id);
  }

  /** One of STATUS_CHANGES, judged on the account as read; a refusal is audited under the command's name. */
  private async changeStatus(ctx: AuthenticatedContext, action: keyof typeof STATUS_CHANGES, userId: string): Promise<UserView> {
    const { audited, refusal, set } = STATUS_CHANGES[action];
    await this.changeUser(ctx, managedUsers('own'), action, userId, async (user) => {
      const status = accountStatus(user, this.clock.now());
      const refused = refusal(status);
      if (refused) {
        const error = refusalError(refused, status);
        await this.commands.refuse(ctx, { action: audited, targetType: 'user', targetId: userId }, error, error.message);
      }
      return { set, audit: { action: audited } };
    });
    return this.viewOf(userId);
  }

  private async changeRoles(ctx: AuthenticatedContext, command: RoleChange, change: (current: Role[]) => Role[]): Promise<UserView> {
    await this.changeUser(ctx, managedUsers(command.roles), 'user:grant-roles', command.userId, (user) => {
      const roles = change(user.roles);
      return {
        set: { roles },
        audit: { action: 'user.roles', details: { roles: roles.join(',') } },
        events: [userChanged('identity.user-roles-changed', user.id, user.agencyId)],
      };
    });
    return this.viewOf(command.userId);
  }

  /**
   * A change to a user the caller administers, on the version read (no admin command carries
   * one: two admins' changes do not overwrite each other's reads). The user's sessions are told
   * after the commit: a revoked role or a disabled account stops working now, not when the
   * access token expires.
   */
  private async changeUser(
    ctx: AuthenticatedContext,
    users: ReturnType<typeof managedUsers>,
    action: UserAction,
    userId: string,
    decide: (user: UserRow) => Change | Promise<Change>,
  ): Promise<void> {
    await this.step.change(ctx, users, { action, id: userId, expectedVersion: null, decide });
    await this.sessions.changed(userId);
  }

  private viewOf(userId: string): Promise<UserView> {
    return existingUserView(this.db.manager, userId, this.config.SECOND_FACTOR_REQUIRED_ROLES);
  }
}
