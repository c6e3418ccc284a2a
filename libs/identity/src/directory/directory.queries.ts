import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccessService, usersOfAgencySql } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { CommandStep } from '@app/commands';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared, SqlFilter } from '@app/database';
import { AuthenticatedContext, CLOCK, Clock, cursorTimestampSql, decodeKeyset, Page, pageOf, pageSize } from '@app/kernel';
import { StateRecord, UserRecord } from '../identity.entities';
import { AgencyUsersQuery, AgencyView, StateView, UserView } from '../identity.views';
import { existingUserView, toUserView, USER_VIEW_FROM, userViewColumns, UserViewRow } from '../user-view';
import { AgencyRow, agencyView, managedUsers } from './directory.aggregates';
import { accountStatusSql } from './account-status';

/** The directory's reads: States and agencies for everyone, an agency's users for its admins, users' names for other contexts. */
@Injectable()
export class DirectoryQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly step: CommandStep,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  states(): Promise<StateView[]> {
    return this.db.getRepository(StateRecord).find({ order: { code: 'ASC' } });
  }

  /** The display names of users, for other contexts that name who did something (never more of the account). */
  async displayNamesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.db.getRepository(UserRecord).find({ where: { id: In([...userIds]) }, select: { id: true, displayName: true } });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  async agencies(stateCode?: string | null): Promise<AgencyView[]> {
    const rows: AgencyRow[] = await this.db.query(
      `SELECT a.id, a.name, a.kind, a.state_code AS "stateCode", s.name AS "stateName"
         FROM agency a JOIN state s ON s.code = a.state_code
        WHERE $1::text IS NULL OR a.state_code = $1
        ORDER BY a.state_code, a.name`,
      [stateCode ?? null],
    );
    return rows.map(agencyView);
  }

  /** A page of the users of the caller's agency, newest first ('user:list', applied in the SQL). */
  async agencyUsers(ctx: AuthenticatedContext, query: AgencyUsersQuery): Promise<Page<UserView>> {
    const first = pageSize(query.first);
    const agencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'user:list', { agencyId }, { type: 'agency', id: agencyId });
    const after = query.after ? decodeKeyset(query.after) : null;
    const where = new SqlFilter([agencyId, first + 1, this.clock.now()]);
    if (query.status) where.where(`${accountStatusSql('$3::timestamptz')} = ${where.param(query.status)}`);
    if (after) where.where(`(u.created_at, u.id) < (${where.param(after.at)}::timestamptz, ${where.param(after.id)}::uuid)`);
    const rows = await queryPrepared<UserViewRow & { cursor_at: string }>(
      this.db,
      `SELECT ${userViewColumns('$3::timestamptz')}, ${cursorTimestampSql('u.created_at')} AS cursor_at
         FROM ${USER_VIEW_FROM}
        WHERE ${usersOfAgencySql('$1')}${where.and}
        ORDER BY u.created_at DESC, u.id DESC
        LIMIT $2`,
      where.params,
    );
    const page = pageOf(rows, first, (r) => [r.cursor_at, r.id], (r) => toUserView(r, this.config.SECOND_FACTOR_REQUIRED_ROLES));
    await this.commands.read(ctx, {
      action: 'user.list',
      targetType: 'agency',
      targetId: agencyId,
      details: { userIds: page.entries.map((e) => e.item.id).join(',') },
    });
    return page;
  }

  /** One user of the caller's agency; anyone else's answers NOT_FOUND (audited). */
  async agencyUser(ctx: AuthenticatedContext, userId: string): Promise<UserView> {
    await this.step.visible(ctx, managedUsers(), 'user:list', userId);
    await this.commands.read(ctx, { action: 'user.read', targetType: 'user', targetId: userId });
    return existingUserView(this.db.manager, userId, this.config.SECOND_FACTOR_REQUIRED_ROLES);
  }
}

/** The name other contexts know the directory's reads by (displayNamesOf). */
export const DirectoryService = DirectoryQueries;
export type DirectoryService = DirectoryQueries;
