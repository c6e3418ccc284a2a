import { migrationDataSource } from '@app/database';
import { Outbox1764000000200 } from '../../database/src/migrations/1764000000200-outbox';
import { createPrivateDatabase } from '@test/support/private-database';

/** The outbox migration goes down and up again cleanly, on a database of its own. */
describe('Outbox1764000000200 migration', () => {
  let database: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    database = await createPrivateDatabase('outbox_migration');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('is reversible', async () => {
    const migration = new Outbox1764000000200();
    const db = await migrationDataSource(database.url).initialize();
    const runner = db.createQueryRunner();
    const tables = async () =>
      (
        await runner.query(
          `SELECT table_name FROM information_schema.tables
           WHERE table_name IN ('outbox_event', 'inbox', 'notification') ORDER BY table_name`,
        )
      ).map((row: { table_name: string }) => row.table_name);
    try {
      expect(await tables()).toEqual(['inbox', 'notification', 'outbox_event']);
      await migration.down(runner);
      expect(await tables()).toEqual([]);
      await migration.up(runner);
      expect(await tables()).toEqual(['inbox', 'notification', 'outbox_event']);
      const [{ n }] = await runner.query(
        `SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'outbox_event_notify'`,
      );
      expect(n).toBe(1);
    } finally {
      await runner.release();
      await db.destroy();
    }
  });
});
