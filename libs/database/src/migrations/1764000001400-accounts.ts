import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts and sessions: a session row per refresh-token family (what `mySessions` lists and
 * what every request checks), a second factor (TOTP secret sealed, recovery codes hashed) and
 * a password an administrator set, to be changed at the next sign-in.
 */
export class Accounts1764000001400 implements MigrationInterface {
  name = 'Accounts1764000001400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false`);
    await db.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id),
        started_at timestamptz NOT NULL,
        last_active_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        user_agent text,
        address text,
        ended_at timestamptz
      )`);
    // Sessions begun before: one per family, ended when no token of it can be used any more.
    await db.query(`
      INSERT INTO user_session (id, user_id, started_at, last_active_at, expires_at, ended_at)
      SELECT family_id, (array_agg(user_id))[1], min(created_at), max(created_at), max(expires_at),
             CASE WHEN bool_and(rotated_at IS NOT NULL OR revoked_at IS NOT NULL)
                  THEN coalesce(max(revoked_at), max(rotated_at)) END
        FROM refresh_token GROUP BY family_id`);
    await db.query(`CREATE INDEX user_session_open_idx ON user_session (user_id) WHERE ended_at IS NULL`);
    await db.query(`ALTER TABLE refresh_token ADD CONSTRAINT refresh_token_session_fk FOREIGN KEY (family_id) REFERENCES user_session(id)`);
    await db.query(`
      CREATE TABLE user_second_factor (
        user_id uuid PRIMARY KEY REFERENCES app_user(id),
        secret_key_id text NOT NULL,
        secret_sealed bytea NOT NULL,
        confirmed_at timestamptz,
        last_used_step bigint,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE user_recovery_code (
        user_id uuid NOT NULL REFERENCES app_user(id),
        code_hash bytea NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, code_hash)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE user_recovery_code`);
    await db.query(`DROP TABLE user_second_factor`);
    await db.query(`ALTER TABLE refresh_token DROP CONSTRAINT refresh_token_session_fk`);
    await db.query(`DROP TABLE user_session`);
    await db.query(`ALTER TABLE app_user DROP COLUMN password_change_required`);
  }
}
