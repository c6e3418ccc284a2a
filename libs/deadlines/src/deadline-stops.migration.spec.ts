import { randomUUID } from 'node:crypto';
import { privateMigrationDatabase } from '@test/support/private-database';
import { DeadlineStops1764000001100 } from '../../database/src/migrations/1764000001100-deadline-stops';

/** Stopped deadlines go down as they were kept before (deleted), and the column comes back. */
describe('DeadlineStops1764000001100 migration', () => {
  const database = privateMigrationDatabase('deadline_stops_migration');

  it('is reversible: down deletes the stopped deadlines and keeps the running ones', () =>
    database.withRunner(async (_db, runner) => {
      const migration = new DeadlineStops1764000001100();
      const insert = (stopped: boolean) =>
        runner.query(
          `INSERT INTO deadline (subject_type, subject_id, kind, due_at, stopped_at) VALUES ('test-subject', $1, 'decision', now(), $2) RETURNING subject_id`,
          [randomUUID(), stopped ? new Date() : null],
        );
      const [[running], [stopped]] = [await insert(false), await insert(true)];
      await migration.down(runner);
      const left = await runner.query(`SELECT subject_id FROM deadline WHERE subject_type = 'test-subject'`);
      expect(left).toEqual([{ subject_id: running.subject_id }]);
      expect(left).not.toContainEqual({ subject_id: stopped.subject_id });
      await migration.up(runner);
      const indexes = await runner.query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'deadline' AND indexname LIKE 'deadline_%_due_idx'`);
      expect(indexes.map((i: { indexdef: string }) => i.indexdef)).toEqual([
        expect.stringContaining('stopped_at IS NULL'),
        expect.stringContaining('stopped_at IS NULL'),
      ]);
    }));
});
