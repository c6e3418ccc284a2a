import { seedDemoWorld } from '@app/demo';
import { privateMigrationDatabase } from '@test/support/private-database';
import { AuditViews1764000001600 } from '../../database/src/migrations/1764000001600-audit-views';

/** The target's State and the filters' indexes go down and come back, filled in for the rows written before. */
describe('AuditViews1764000001600', () => {
  const database = privateMigrationDatabase('audit_views_migration');

  it('is reversible, and up fills in the State of each target it can find', () =>
    database.withRunner(async (db, runner) => {
      await db.transaction((m) => seedDemoWorld(m, 'not-a-real-hash'));
      const migration = new AuditViews1764000001600();
      const indexes = async () =>
        (await runner.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'audit_event' ORDER BY 1`)).map((r: { indexname: string }) => r.indexname);
      await migration.down(runner);
      expect(await indexes()).toEqual(['audit_event_pkey', 'audit_event_state_id_idx']);

      const [user] = await runner.query(`SELECT u.id FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE a.state_code = 'MD' LIMIT 1`);
      const [deCase] = await runner.query(`SELECT c.id FROM case_file c JOIN agency a ON a.id = c.agency_id WHERE a.state_code = 'DE' LIMIT 1`);
      await runner.query(
        `INSERT INTO audit_event (actor_state, action, target_type, target_id, outcome)
         VALUES ('DE', 'user.read', 'user', $1, 'SUCCESS'), ('MD', 'case.read', 'case', $2, 'DENIED'),
                ('RO', 'audit.read', 'audit-trail', 'RO', 'SUCCESS'), ('RO', 'case.read', 'case', 'gone', 'SUCCESS')`,
        [user.id, deCase.id],
      );
      await migration.up(runner);
      const filled = await runner.query(`SELECT action, target_state FROM audit_event WHERE action IN ('user.read', 'case.read', 'audit.read') ORDER BY id`);
      expect(filled).toEqual([
        { action: 'user.read', target_state: 'MD' },
        { action: 'case.read', target_state: 'DE' },
        { action: 'audit.read', target_state: 'RO' },
        { action: 'case.read', target_state: null },
      ]);
      expect(await indexes()).toContain('audit_event_foreign_target_time_idx');
      // The append-only guard is back.
      await expect(runner.query(`UPDATE audit_event SET target_state = 'XX'`)).rejects.toThrow('append-only');
    }));
});
