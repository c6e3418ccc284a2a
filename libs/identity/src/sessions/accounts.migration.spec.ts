import { seedDemoWorld } from '@app/demo';
import { privateMigrationDatabase } from '@test/support/private-database';
import { Accounts1764000001400 } from '../../../database/src/migrations/1764000001400-accounts';

/** The accounts migration goes down and comes back, turning the refresh-token families there are into sessions. */
describe('Accounts1764000001400', () => {
  const database = privateMigrationDatabase('accounts_migration');

  it('is reversible, and up makes a session of every family, ended when none of its tokens can be used', () =>
    database.withRunner(async (db, runner) => {
      await db.transaction((m) => seedDemoWorld(m, 'not-a-real-hash'));
      const migration = new Accounts1764000001400();
      await migration.down(runner);
      const hasTable = async (table: string) => (await runner.query(`SELECT to_regclass($1) AS t`, [table]))[0].t !== null;
      expect(await hasTable('user_session')).toBe(false);
      expect(await hasTable('user_second_factor')).toBe(false);

      const [user] = await runner.query(`SELECT id FROM app_user ORDER BY email LIMIT 1`);
      const token = (family: string, hash: string, rotated: string | null, revoked: string | null) =>
        runner.query(
          `INSERT INTO refresh_token (family_id, user_id, token_hash, expires_at, rotated_at, revoked_at, created_at)
           VALUES ($1, $2, $3, '2027-01-01T00:00:00Z', $4, $5, '2026-12-01T10:00:00Z')`,
          [family, user.id, Buffer.from(hash), rotated, revoked],
        );
      const live = '00000000-0000-4000-8000-00000000aa01';
      const ended = '00000000-0000-4000-8000-00000000aa02';
      await token(live, 'a1', '2026-12-01T10:05:00Z', null);
      await token(live, 'a2', null, null);
      await token(ended, 'b1', '2026-12-01T10:05:00Z', null);
      await token(ended, 'b2', null, '2026-12-01T11:00:00Z');

      await migration.up(runner);
      const sessions = await runner.query(`SELECT id, user_id, ended_at, expires_at FROM user_session ORDER BY id`);
      expect(sessions).toEqual([
        { id: live, user_id: user.id, ended_at: null, expires_at: new Date('2027-01-01T00:00:00Z') },
        { id: ended, user_id: user.id, ended_at: new Date('2026-12-01T11:00:00Z'), expires_at: new Date('2027-01-01T00:00:00Z') },
      ]);
      const [flags] = await runner.query(`SELECT password_change_required FROM app_user WHERE id = $1`, [user.id]);
      expect(flags.password_change_required).toBe(false);
      // A token of no session is refused from now on.
      await expect(token('00000000-0000-4000-8000-00000000aa03', 'c1', null, null)).rejects.toThrow(/refresh_token_session_fk/);
    }));
});
