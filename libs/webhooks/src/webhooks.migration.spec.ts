import { privateMigrationDatabase } from '@test/support/private-database';
import { Webhooks1764000002000 } from '../../database/src/migrations/1764000002000-webhooks';

describe('Webhooks1764000002000', () => {
  const database = privateMigrationDatabase('webhooks_migration');

  it('is reversible', () =>
    database.withRunner(async (_db, runner) => {
      const tables = async () =>
        (await runner.query(`SELECT to_regclass('webhook_endpoint') AS e, to_regclass('webhook_delivery') AS d, to_regclass('webhook_attempt') AS a`))[0];
      const migration = new Webhooks1764000002000();
      await migration.down(runner);
      expect(await tables()).toEqual({ e: null, d: null, a: null });
      await migration.up(runner);
      expect(await tables()).toEqual({ e: 'webhook_endpoint', d: 'webhook_delivery', a: 'webhook_attempt' });
    }));
});
