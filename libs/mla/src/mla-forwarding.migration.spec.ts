import { QueryRunner } from 'typeorm';
import { DEMO_MLA_REQUEST_ID, seedDemoWorld } from '@app/demo';
import { privateMigrationDatabase } from '@test/support/private-database';
import { MlaReceived1764000001200 } from '../../database/src/migrations/1764000001200-mla-received';
import { MlaForwardingAuthorities1764000001300 } from '../../database/src/migrations/1764000001300-mla-forwarding-authorities';

/** The two migrations of forwarding go down and come back, filled in from the history, on the demo world. */
describe('MLA forwarding migrations', () => {
  const database = privateMigrationDatabase('mla_forwarding_migrations');
  const withDemo = (run: (runner: QueryRunner) => Promise<void>) =>
    database.withRunner(async (db, runner) => {
      await db.transaction((m) => seedDemoWorld(m, 'not-a-real-hash'));
      await run(runner);
    });
  const forwardBy = (runner: QueryRunner, agencyId: string, at = new Date()) =>
    runner.query(
      `INSERT INTO mla_history (request_id, action, from_status, to_status, actor_agency_id, at) VALUES ($1, 'FORWARD', 'SUBMITTED', 'FORWARDED', $2, $3)`,
      [DEMO_MLA_REQUEST_ID, agencyId, at],
    );
  const hasColumn = async (runner: QueryRunner, column: string) =>
    (await runner.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'mla_request' AND column_name = $1`, [column])).length > 0;
  const mdAgency = async (runner: QueryRunner, kind: string): Promise<string> =>
    (await runner.query(`SELECT id FROM agency WHERE state_code = 'MD' AND kind = $1 ORDER BY name LIMIT 1`, [kind]))[0].id;

  it('MlaReceived1764000001200 is reversible, and up fills in the receipt: the latest forward, else the submission', () =>
    withDemo(async (runner) => {
      const migration = new MlaReceived1764000001200();
      const received = async () =>
        (await runner.query(`SELECT received_at = submitted_at AS "atSubmission", received_at FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID]))[0];
      expect((await received()).atSubmission).toBe(true);
      await migration.down(runner);
      expect(await hasColumn(runner, 'received_at')).toBe(false);
      await migration.up(runner);
      expect((await received()).atSubmission).toBe(true);

      const central = await mdAgency(runner, 'CENTRAL_AUTHORITY');
      await forwardBy(runner, central, new Date('2026-02-01T10:00:00Z'));
      await forwardBy(runner, central, new Date('2026-02-03T10:00:00Z'));
      await migration.down(runner);
      await migration.up(runner);
      expect((await received()).received_at).toEqual(new Date('2026-02-03T10:00:00Z'));
    }));

  it('MlaForwardingAuthorities1764000001300 is reversible, and up takes the central authorities (only) among the agencies that forwarded', () =>
    withDemo(async (runner) => {
      const migration = new MlaForwardingAuthorities1764000001300();
      const [central, prosecution] = [await mdAgency(runner, 'CENTRAL_AUTHORITY'), await mdAgency(runner, 'PROSECUTION_SERVICE')];
      await forwardBy(runner, central);
      await forwardBy(runner, prosecution);
      await migration.down(runner);
      expect(await hasColumn(runner, 'forwarded_by_ids')).toBe(false);
      await migration.up(runner);
      const [row] = await runner.query(`SELECT forwarded_by_ids FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID]);
      expect(row.forwarded_by_ids).toEqual([central]);
      const [other] = await runner.query(`SELECT forwarded_by_ids FROM mla_request WHERE id <> $1 LIMIT 1`, [DEMO_MLA_REQUEST_ID]);
      expect(other?.forwarded_by_ids ?? []).toEqual([]);
    }));
});
