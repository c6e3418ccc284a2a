import { seedDemoWorld } from '@app/demo';
import { privateMigrationDatabase } from '@test/support/private-database';
import { MlaReceived1764000001200 } from '../../database/src/migrations/1764000001200-mla-received';
import { DEMO_MLA_REQUEST_ID } from './mla-demo';

/** The receipt date goes down and comes back, filled in from the submission or the latest forward. */
describe('MlaReceived1764000001200 migration', () => {
  const database = privateMigrationDatabase('mla_received_migration');

  it('is reversible, and up fills in the receipt: the latest forward, else the submission', () =>
    database.withRunner(async (db, runner) => {
      const migration = new MlaReceived1764000001200();
      await db.transaction((m) => seedDemoWorld(m, 'not-a-real-hash'));
      const received = async () =>
        (await runner.query(`SELECT received_at = submitted_at AS "atSubmission", received_at FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID]))[0];
      expect((await received()).atSubmission).toBe(true);

      await migration.down(runner);
      const columns = await runner.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'mla_request' AND column_name = 'received_at'`);
      expect(columns).toHaveLength(0);
      await migration.up(runner);
      expect((await received()).atSubmission).toBe(true);

      const [request] = await runner.query(`SELECT requested_agency_id FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID]);
      const forwards = ['2026-02-01T10:00:00Z', '2026-02-03T10:00:00Z'];
      for (const at of forwards) {
        await runner.query(
          `INSERT INTO mla_history (request_id, action, from_status, to_status, actor_agency_id, at) VALUES ($1, 'FORWARD', 'SUBMITTED', 'FORWARDED', $2, $3)`,
          [DEMO_MLA_REQUEST_ID, request.requested_agency_id, at],
        );
      }
      await migration.down(runner);
      await migration.up(runner);
      expect((await received()).received_at).toEqual(new Date(forwards[1]));
    }));
});
