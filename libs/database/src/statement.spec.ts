import { DataSource } from 'typeorm';
import { migrationDataSource } from './migrator';
import { isConcurrentChange } from './errors';
import { runTogether } from './statement';

/** On the run's PostgreSQL, in temporary tables of the session. */
describe('runTogether', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await migrationDataSource(process.env.DATABASE_URL as string).initialize();
  });

  afterAll(async () => {
    await db.destroy();
  });

  const inSession = <T>(run: (m: DataSource['manager']) => Promise<T>) =>
    db.transaction(async (m) => {
      await m.query(`CREATE TEMPORARY TABLE note (n int, text text) ON COMMIT DROP`);
      await m.query(`CREATE TEMPORARY TABLE item (id int PRIMARY KEY, label text) ON COMMIT DROP`);
      await m.query(`INSERT INTO item VALUES (1, 'before')`);
      return run(m);
    });

  it("runs every change and the final statement, each with its own parameters, and returns the final statement's rows", async () => {
    const { rows, notes } = await inSession(async (m) => {
      const rows = await runTogether<{ id: number; label: string }>(
        m,
        [
          { sql: `INSERT INTO note VALUES ($1, $2)`, params: [1, 'first'] },
          { sql: `INSERT INTO note VALUES ($1, $2), ($1 + 1, $3)`, params: [10, 'second', 'third'] },
        ],
        { sql: `UPDATE item SET label = $2 WHERE id = $1 RETURNING id, label`, params: [1, 'after'] },
      );
      const notes: { n: number; text: string }[] = await m.query(`SELECT n, text FROM note ORDER BY n`);
      return { rows, notes };
    });
    expect(rows).toEqual([{ id: 1, label: 'after' }]);
    expect(notes).toEqual([
      { n: 1, text: 'first' },
      { n: 10, text: 'second' },
      { n: 11, text: 'third' },
    ]);
  });

  it('fails as a whole, SQLSTATE 40001, when the guarded update found its row changed (expect_changed)', async () => {
    const guarded = (version: number) => (m: DataSource['manager']) =>
      runTogether<{ id: number }>(
        m,
        [
          { name: 'step', sql: `UPDATE item SET label = $2 WHERE id = $1 AND label = $3 RETURNING id`, params: [1, `v${version + 1}`, version === 0 ? 'before' : `v${version}`] },
          { sql: `INSERT INTO note VALUES ($1, $2)`, params: [version, 'history of the step'] },
        ],
        { sql: `SELECT step.* FROM (SELECT expect_changed(count(*)) AS changed FROM step) guard JOIN step ON guard.changed`, params: [] },
      );
    const { rows, notes } = await inSession(async (m) => {
      const rows = await guarded(0)(m);
      await m.query('SAVEPOINT stale');
      const stale = await guarded(0)(m).catch((error: unknown) => error);
      expect(isConcurrentChange(stale)).toBe(true);
      await m.query('ROLLBACK TO SAVEPOINT stale');
      return { rows, notes: await m.query(`SELECT n FROM note`) };
    });
    expect(rows).toEqual([{ id: 1 }]);
    expect(notes).toEqual([{ n: 0 }]);
  });

  it('keeps none of the changes when one of them fails: it is one statement', async () => {
    const notes = await inSession(async (m) => {
      await m.query('SAVEPOINT attempt');
      await expect(
        runTogether(m, [{ sql: `INSERT INTO note VALUES ($1, $2)`, params: [1, 'kept?'] }], {
          sql: `INSERT INTO item VALUES ($1, $2) RETURNING id`,
          params: [1, 'duplicate id'],
        }),
      ).rejects.toThrow(/duplicate key/);
      await m.query('ROLLBACK TO SAVEPOINT attempt');
      return m.query(`SELECT * FROM note`);
    });
    expect(notes).toEqual([]);
  });
});
