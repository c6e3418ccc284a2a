import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditedCommands } from '@app/audit';
import { CommandStep } from '@app/commands';
import { APP_CONFIG, AppConfig } from '@app/config';
import { isConcurrentChange, Statement } from '@app/database';
import { AuthenticatedContext, ConflictError, Role } from '@app/kernel';
import { hashPassword } from '../auth/password';
import { AGENCY_ADMINISTRATION, newUserColumns, userChanged } from '../directory/directory.aggregates';
import { FirstAgencyAdminView, NewFirstAgencyAdmin } from '../identity.views';
import { newTemporaryPassword } from '../second-factor/second-factor.rules';
import { existingUserView } from '../user-view';

// The types of a new user's columns: an INSERT … SELECT does not infer its parameters' types from the table.
const USER_COLUMN_TYPES: Record<keyof ReturnType<typeof newUserColumns>, string> = {
  id: 'uuid',
  email: 'text',
  display_name: 'text',
  password_hash: 'text',
  password_change_required: 'boolean',
  agency_id: 'uuid',
  roles: 'text[]',
};

/**
 * The new administrator's row, written only while the agency has no active administrator:
 * otherwise expect_changed fails the whole statement. The agency's row is locked first
 * (takeTurns), so two platform admins cannot both find none.
 */
function firstAdminInsert(agencyId: string, columns: ReturnType<typeof newUserColumns>): Statement {
  const names = Object.keys(USER_COLUMN_TYPES) as (keyof typeof USER_COLUMN_TYPES)[];
  return {
    sql: `INSERT INTO app_user (${names.join(', ')})
          SELECT ${names.map((name, i) => `$${i + 2}::${USER_COLUMN_TYPES[name]}`).join(', ')}
           WHERE expect_changed(CASE WHEN EXISTS (SELECT 1 FROM app_user WHERE agency_id = $1 AND disabled_at IS NULL AND '${Role.AGENCY_ADMIN}' = ANY (roles)) THEN 0 ELSE 1 END)`,
    params: [agencyId, ...names.map((name) => columns[name])],
  };
}

/**
 * The platform admin's one hand in an agency's users: its first administrator. Once an agency
 * has an administrator, its own add the rest.
 */
@Injectable()
export class PlatformDirectoryCommands {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly step: CommandStep,
    private readonly commands: AuditedCommands,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Creates the first AGENCY_ADMIN of an agency that has no active one, with a temporary
   * password (returned this once) that must be changed at the first sign-in. A command on the
   * agency: it is the agency's state (ADMINISTERED or not) that allows it.
   */
  async createFirstAgencyAdmin(ctx: AuthenticatedContext, command: NewFirstAgencyAdmin): Promise<FirstAgencyAdminView> {
    const temporaryPassword = newTemporaryPassword();
    const userId = randomUUID();
    // The step audits the refusals it finds; this names the one the statement finds (an administrator already there).
    await this.commands.attempt(ctx, { action: 'agency.first-admin', targetType: 'agency', targetId: command.agencyId }, async () => {
      try {
        await this.step.change(ctx, AGENCY_ADMINISTRATION, {
          action: 'agency:first-admin',
          id: command.agencyId,
          expectedVersion: null,
          decide: async (agency) => ({
            takeTurns: { sql: `SELECT id FROM agency WHERE id = $1 FOR UPDATE`, params: [agency.id] },
            alongside: [firstAdminInsert(agency.id, newUserColumns(userId, agency.id, { ...command, roles: [Role.AGENCY_ADMIN] }, await hashPassword(temporaryPassword), true))],
            audit: { action: 'agency.first-admin', details: { userId } },
            events: [userChanged('identity.user-created', userId, agency.id)],
          }),
        });
      } catch (error) {
        if (isConcurrentChange(error)) throw ConflictError.notInState('ADMINISTERED', 'the agency has an administrator already: its administrators add more');
        throw error;
      }
    });
    return { user: await existingUserView(this.db.manager, userId, this.config.SECOND_FACTOR_REQUIRED_ROLES), temporaryPassword };
  }
}
