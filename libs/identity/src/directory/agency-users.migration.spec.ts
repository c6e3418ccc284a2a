import { privateMigrationDatabase } from '@test/support/private-database';
import { AgencyUsers1764000001500 } from '../../../database/src/migrations/1764000001500-agency-users';

/** The users list's indexes and the set-password links go and come back with the migration. */
describe('AgencyUsers1764000001500 migration', () => {
  const database = privateMigrationDatabase('agency_users_migration');

  it('is reversible', () =>
    database.withRunner(async (_db, runner) => {
      const migration = new AgencyUsers1764000001500();
      const present = async () =>
        (
          await runner.query(
            `SELECT (SELECT count(*)::int FROM pg_indexes WHERE indexname IN ('app_user_agency_created_idx', 'user_session_user_started_idx')) AS indexes,
                    to_regclass('password_setup_link') IS NOT NULL AS links`,
          )
        )[0];
      expect(await present()).toEqual({ indexes: 2, links: true });
      await migration.down(runner);
      expect(await present()).toEqual({ indexes: 0, links: false });
      await migration.up(runner);
      expect(await present()).toEqual({ indexes: 2, links: true });
    }));
});
