import { DEMO_MLA_REQUEST_ID, seedDemoWorld } from '@app/demo';
import { privateMigrationDatabase } from '@test/support/private-database';
import { PlatformSteps1764000000800 } from '../../database/src/migrations/1764000000800-platform-steps';

/** The migration that lets a history step be the platform's goes down and up again on a database of its own. */
describe('PlatformSteps1764000000800 migration', () => {
  const database = privateMigrationDatabase('platform_steps_migration');

  it('is reversible: down gives platform steps to the request’s creator, up lets them be nobody’s again', () =>
    database.withRunner(async (db, runner) => {
      const migration = new PlatformSteps1764000000800();
      const nullable = async () =>
        (await runner.query(`SELECT is_nullable FROM information_schema.columns WHERE table_name = 'mla_history' AND column_name = 'actor_user_id'`))[0]
          .is_nullable;
      await db.transaction((m) => seedDemoWorld(m, 'not-a-real-hash'));
      const [request] = await runner.query(`SELECT created_by, requested_agency_id FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID]);
      await runner.query(
        `INSERT INTO mla_history (request_id, action, from_status, to_status, actor_user_id, actor_agency_id) VALUES ($1, 'RESUME', 'POSTPONED', 'IN_EXECUTION', NULL, $2)`,
        [DEMO_MLA_REQUEST_ID, request.requested_agency_id],
      );
      expect(await nullable()).toBe('YES');

      await migration.down(runner);
      expect(await nullable()).toBe('NO');
      const [step] = await runner.query(`SELECT actor_user_id FROM mla_history WHERE request_id = $1 AND action = 'RESUME'`, [DEMO_MLA_REQUEST_ID]);
      expect(step.actor_user_id).toBe(request.created_by);

      await migration.up(runner);
      expect(await nullable()).toBe('YES');
    }));
});
