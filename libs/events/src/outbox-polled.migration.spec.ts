import { OutboxPolled1764000001000 } from '../../database/src/migrations/1764000001000-outbox-polled';
import { privateMigrationDatabase } from '@test/support/private-database';

/** The migration that takes NOTIFY off the outbox goes down and up again cleanly, on a database of its own. */
describe('OutboxPolled1764000001000 migration', () => {
  const database = privateMigrationDatabase('outbox_polled_migration');

  it('is reversible: down puts the notify trigger and its function back, up takes both away', () =>
    database.withRunner(async (_db, runner) => {
      const migration = new OutboxPolled1764000001000();
      const notifyParts = async () => {
        const [{ triggers, functions }] = await runner.query(
          `SELECT (SELECT count(*)::int FROM pg_trigger WHERE tgrelid = 'outbox_event'::regclass AND tgname = 'outbox_event_notify') AS triggers,
                  (SELECT count(*)::int FROM pg_proc WHERE proname = 'outbox_event_notify') AS functions`,
        );
        return { triggers, functions };
      };
      expect(await notifyParts()).toEqual({ triggers: 0, functions: 0 });
      await migration.down(runner);
      expect(await notifyParts()).toEqual({ triggers: 1, functions: 1 });
      await migration.up(runner);
      expect(await notifyParts()).toEqual({ triggers: 0, functions: 0 });
    }));
});
