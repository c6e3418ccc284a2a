import { seedDemoWorld } from '@app/demo';
import { privateMigrationDatabase } from '@test/support/private-database';
import { NotificationMail1764000001900 } from '../../database/src/migrations/1764000001900-notification-mail';

/** The mail migration goes down and comes back; notifications written before it are never mailed. */
describe('NotificationMail1764000001900', () => {
  const database = privateMigrationDatabase('notification_mail_migration');

  it('is reversible, and marks the notifications there are as already considered for mail', () =>
    database.withRunner(async (db, runner) => {
      await db.transaction((m) => seedDemoWorld(m, 'not-a-real-hash'));
      const migration = new NotificationMail1764000001900();
      await migration.down(runner);
      const hasTable = async (table: string) => (await runner.query(`SELECT to_regclass($1) AS t`, [table]))[0].t !== null;
      expect(await hasTable('mail_delivery')).toBe(false);
      expect(await hasTable('notification_preference')).toBe(false);

      const [user] = await runner.query(`SELECT id FROM app_user ORDER BY email LIMIT 1`);
      await runner.query(`INSERT INTO notification (recipient_user_id, event_id, kind, message) VALUES ($1, gen_random_uuid(), 'MLA_MESSAGE', 'before')`, [user.id]);

      await migration.up(runner);
      expect(await runner.query(`SELECT mail_considered_at IS NOT NULL AS considered FROM notification WHERE message = 'before'`)).toEqual([{ considered: true }]);
      expect((await runner.query(`SELECT language FROM app_user WHERE id = $1`, [user.id]))[0].language).toBe('en');
      await expect(runner.query(`UPDATE app_user SET language = 'fr' WHERE id = $1`, [user.id])).rejects.toThrow(/app_user_language_check/);
      await expect(runner.query(`INSERT INTO notification_preference (user_id, kind, delivery) VALUES ($1, 'MLA_MESSAGE', 'HOURLY')`, [user.id])).rejects.toThrow(/check/);
    }));
});
