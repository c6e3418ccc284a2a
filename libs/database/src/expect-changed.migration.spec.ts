import { privateMigrationDatabase } from '@test/support/private-database';
import { ExpectChanged1764000000900 } from './migrations/1764000000900-expect-changed';

/** The guard function goes and comes back with the migration, on a database of its own. */
describe('ExpectChanged1764000000900 migration', () => {
  const database = privateMigrationDatabase('expect_changed_migration');

  it('is reversible', () =>
    database.withRunner(async (_db, runner) => {
      const migration = new ExpectChanged1764000000900();
      const defined = async () => (await runner.query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'expect_changed'`))[0].n;
      expect(await defined()).toBe(1);
      await expect(runner.query(`SELECT expect_changed(0)`)).rejects.toThrow('the row changed meanwhile');
      await migration.down(runner);
      expect(await defined()).toBe(0);
      await migration.up(runner);
      expect(await runner.query(`SELECT expect_changed(1) AS ok`)).toEqual([{ ok: true }]);
    }));
});
