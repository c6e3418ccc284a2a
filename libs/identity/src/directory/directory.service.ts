import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { OutboxService } from '@app/events';
import { AuthenticatedContext, BadUserInputError, CLOCK, Clock, Role } from '@app/kernel';
import { hashPassword } from '../auth/password';
import {
  AgencyModel,
  ChangeRolesInput,
  CreateAgencyInput,
  CreateStateInput,
  CreateUserInput,
  StateModel,
  UserModel,
} from '../dto/identity.types';
import { AgencyRecord, RefreshTokenRecord, StateRecord, UserRecord } from '../identity.entities';
import { loadUserView } from '../user-view';

// The only unique key a user change can hit is the e-mail address.
const USER_EXISTS = 'user already exists';

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
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  states(): Promise<StateModel[]> {
    return this.db.getRepository(StateRecord).find({ order: { code: 'ASC' } });
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
      (agency) => ({ action: 'agency.create', targetType: 'agency', targetId: agency.id }),
      async (m) => {
        const { identifiers } = await m.insert(AgencyRecord, { stateCode: state.code, name: input.name, kind: input.kind });
        return { id: String(identifiers[0].id), name: input.name, kind: input.kind, state };
      },
      'agency already exists',
    );
  }

  async createUser(ctx: AuthenticatedContext, input: CreateUserInput): Promise<UserModel> {
    const agencyId = input.agencyId ?? ctx.actor.agencyId;
    await this.access.authorize(ctx, 'user:create', { agencyId, roles: input.roles }, { type: 'agency', id: agencyId });
    const agency = await this.db.getRepository(AgencyRecord).findOneBy({ id: agencyId });
    if (!agency) return this.access.notFound(ctx, 'user:create', { type: 'agency', id: agencyId });
    const passwordHash = await hashPassword(input.password);
    return this.commands.run(
      ctx,
      (user) => ({ action: 'user.create', targetType: 'user', targetId: user.id }),
      async (m) => {
        const { identifiers } = await m.insert(UserRecord, {
          email: input.email.trim().toLowerCase(),
          displayName: input.displayName,
          passwordHash,
          agencyId,
          roles: [...new Set(input.roles)],
        });
        const id = String(identifiers[0].id);
        await this.publishUserChange(m, 'identity.user-created', id, agencyId);
        return this.viewOf(m, id);
      },
      USER_EXISTS,
    );
  }

  async disableUser(ctx: AuthenticatedContext, userId: string): Promise<UserModel> {
    const user = await this.managedUser(ctx, 'user:disable', userId);
    return this.commands.run(
      ctx,
      () => ({ action: 'user.disable', targetType: 'user', targetId: userId }),
      async (m) => {
        const now = this.clock.now();
        await m.update(UserRecord, { id: userId }, { disabledAt: now });
        await m
          .createQueryBuilder()
          .update(RefreshTokenRecord)
          .set({ revokedAt: now })
          .where('user_id = :userId AND revoked_at IS NULL', { userId })
          .execute();
        await this.publishUserChange(m, 'identity.user-disabled', userId, user.agencyId);
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
    return this.commands.run(
      ctx,
      () => audited,
      async (m) => {
        await m.update(UserRecord, { id: user.id }, { roles });
        await this.publishUserChange(m, 'identity.user-roles-changed', user.id, user.agencyId);
        return this.viewOf(m, user.id);
      },
      USER_EXISTS,
    );
  }

  /** Loads a user the caller administers, answering NOT_FOUND (audited) for anyone else. */
  private async managedUser(
    ctx: AuthenticatedContext,
    action: 'user:disable' | 'user:grant-roles',
    userId: string,
    roles?: Role[],
  ): Promise<UserRecord> {
    const user = await this.db.getRepository(UserRecord).findOneBy({ id: userId });
    if (!user) return this.access.notFound(ctx, action, { type: 'user', id: userId });
    await this.access.authorize(ctx, action, { agencyId: user.agencyId, roles }, { type: 'user', id: userId });
    return user;
  }

  private async viewOf(m: EntityManager, userId: string): Promise<UserModel> {
    const view = await loadUserView(m, userId);
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
