import { Outbox1764000000200 } from '../../database/src/migrations/1764000000200-outbox';
import { OutboxPolled1764000001000 } from '../../database/src/migrations/1764000001000-outbox-polled';
import { NotificationMail1764000001900 } from '../../database/src/migrations/1764000001900-notification-mail';
import { privateMigrationDatabase } from '@test/support/private-database';

/** The outbox migration goes down and up again cleanly, on a database of its own. */
describe('Outbox1764000000200 migration', () => {
  const database = privateMigrationDatabase('outbox_migration');

  it('is reversible', () =>
    database.withRunner(async (_db, runner) => {
      const migration = new Outbox1764000000200();
      // The later migrations that changed these tables go down first, as a revert would take them.
      const later = [new NotificationMail1764000001900(), new OutboxPolled1764000001000()];
      for (const step of later) await step.down(runner);
      const tables = async () =>
        (
          await runner.query(
            `SELECT table_name FROM information_schema.tables
             WHERE table_name IN ('outbox_event', 'inbox', 'notification') ORDER BY table_name`,
          )
        ).map((row: { table_name: string }) => row.table_name);
      expect(await tables()).toEqual(['inbox', 'notification', 'outbox_event']);
      await migration.down(runner);
      expect(await tables()).toEqual([]);
      await migration.up(runner);
      expect(await tables()).toEqual(['inbox', 'notification', 'outbox_event']);
      const [{ n }] = await runner.query(
        `SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'outbox_event_notify'`,
      );
      expect(n).toBe(1);
      for (const step of [...later].reverse()) await step.up(runner);
    }));
});
