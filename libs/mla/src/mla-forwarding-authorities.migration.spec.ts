import { seedDemoWorld } from '@app/demo';
import { privateMigrationDatabase } from '@test/support/private-database';
import { MlaForwardingAuthorities1764000001300 } from '../../database/src/migrations/1764000001300-mla-forwarding-authorities';
import { DEMO_MLA_REQUEST_ID } from './mla-demo';

/** The forwarding central authorities go down and come back, filled in from the history's forwards. */
describe('MlaForwardingAuthorities1764000001300 migration', () => {
  const database = privateMigrationDatabase('mla_forwarding_migration');

  it('is reversible, and up takes the central authorities (only) among the agencies that forwarded', () =>
    database.withRunner(async (db, runner) => {
      const migration = new MlaForwardingAuthorities1764000001300();
      await db.transaction((m) => seedDemoWorld(m, 'not-a-real-hash'));
      const agencyOf = async (kind: string) =>
        (await runner.query(`SELECT id FROM agency WHERE state_code = 'MD' AND kind = $1 ORDER BY name LIMIT 1`, [kind]))[0].id as string;
      const [central, prosecution] = [await agencyOf('CENTRAL_AUTHORITY'), await agencyOf('PROSECUTION_SERVICE')];
      for (const agency of [central, prosecution]) {
        await runner.query(
          `INSERT INTO mla_history (request_id, action, from_status, to_status, actor_agency_id) VALUES ($1, 'FORWARD', 'SUBMITTED', 'FORWARDED', $2)`,
          [DEMO_MLA_REQUEST_ID, agency],
        );
      }
      await migration.down(runner);
      const column = `SELECT 1 FROM information_schema.columns WHERE table_name = 'mla_request' AND column_name = 'forwarded_by_ids'`;
      expect(await runner.query(column)).toHaveLength(0);
      await migration.up(runner);
      const [row] = await runner.query(`SELECT forwarded_by_ids FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID]);
      expect(row.forwarded_by_ids).toEqual([central]);
      const [other] = await runner.query(`SELECT forwarded_by_ids FROM mla_request WHERE id <> $1 LIMIT 1`, [DEMO_MLA_REQUEST_ID]);
      expect(other?.forwarded_by_ids ?? []).toEqual([]);
    }));
});
