import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboxService } from '@app/events';
import { AgencyKind, AuthenticatedContext, ConflictError, Role } from '@app/kernel';
import { hashPassword } from '../auth/password';
import { newTemporaryPassword } from '../second-factor/second-factor.rules';
import { AgencyRecord, UserRecord } from '../identity.entities';
import { UserModel } from '../dto/identity.types';
import { loadUserView } from '../user-view';
import { CreateFirstAgencyAdminInput, FirstAgencyAdmin, PlatformAgencyModel } from './platform.types';

interface PlatformAgencyRow {
  id: string;
  name: string;
  kind: AgencyKind;
  state_code: string;
  state_name: string;
  active_administrators: number;
}

const ACTIVE_ADMINISTRATORS = `
  SELECT count(*)::int AS n FROM app_user
   WHERE agency_id = $1 AND disabled_at IS NULL AND '${Role.AGENCY_ADMIN}' = ANY (roles)`;

/**
 * The platform admin's side of the directory: every agency with the number of its active
 * administrators, and an agency's first administrator. The platform admin sees no user of an
 * agency beyond that count, and once an agency has an administrator, its own add the rest.
 */
@Injectable()
export class PlatformDirectoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async platformAgencies(ctx: AuthenticatedContext): Promise<PlatformAgencyModel[]> {
    await this.access.authorize(ctx, 'agency:overview', {}, { type: 'agency' });
    const rows: PlatformAgencyRow[] = await this.db.query(
      `SELECT a.id, a.name, a.kind, s.code AS state_code, s.name AS state_name,
              count(u.id) FILTER (WHERE u.disabled_at IS NULL AND '${Role.AGENCY_ADMIN}' = ANY (u.roles))::int AS active_administrators
         FROM agency a
         JOIN state s ON s.code = a.state_code
         LEFT JOIN app_user u ON u.agency_id = a.id
        GROUP BY a.id, s.code
        ORDER BY s.code, a.name`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      state: { code: r.state_code, name: r.state_name },
      activeAdministrators: r.active_administrators,
    }));
  }

  /**
   * Creates the first AGENCY_ADMIN of an agency that has no active one, with a temporary
   * password (returned this once) that must be changed at the first sign-in. The agency's row
   * is locked while its administrators are counted, so two platform admins cannot both add one.
   */
  async createFirstAgencyAdmin(ctx: AuthenticatedContext, input: CreateFirstAgencyAdminInput): Promise<FirstAgencyAdmin> {
    const on = { type: 'agency', id: input.agencyId };
    await this.access.authorize(ctx, 'agency:first-admin', {}, on);
    const agency = await this.db.getRepository(AgencyRecord).findOneBy({ id: input.agencyId });
    if (!agency) return this.access.notFound(ctx, 'agency:first-admin', on);
    const temporaryPassword = newTemporaryPassword();
    const passwordHash = await hashPassword(temporaryPassword);
    return this.commands.run(
      ctx,
      (created) => ({
        action: 'agency.first-admin',
        targetType: 'agency',
        targetId: input.agencyId,
        ...(created ? { details: { userId: created.user.id } } : {}),
      }),
      async (m) => {
        await m.query(`SELECT id FROM agency WHERE id = $1 FOR UPDATE`, [agency.id]);
        const [{ n }]: { n: number }[] = await m.query(ACTIVE_ADMINISTRATORS, [agency.id]);
        if (n > 0) throw ConflictError.notInState('ADMINISTERED', 'the agency has an administrator already: its administrators add more');
        const { identifiers } = await m.insert(UserRecord, {
          email: input.email.trim().toLowerCase(),
          displayName: input.displayName,
          passwordHash,
          passwordChangeRequired: true,
          agencyId: agency.id,
          roles: [Role.AGENCY_ADMIN],
        });
        const userId = String(identifiers[0].id);
        await this.outbox.publish(m, [
          { type: 'identity.user-created', aggregateType: 'user', aggregateId: userId, payload: { userId, agencyId: agency.id } },
        ]);
        return { user: await this.viewOf(m, userId), temporaryPassword };
      },
      'user already exists',
    );
  }

  private async viewOf(m: EntityManager, userId: string): Promise<UserModel> {
    const view = await loadUserView(m, userId, this.config.SECOND_FACTOR_REQUIRED_ROLES);
    if (!view) throw new Error(`user ${userId} vanished inside its own transaction`);
    return view;
  }
}
