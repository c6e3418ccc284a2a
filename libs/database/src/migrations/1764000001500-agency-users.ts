import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agency admins' users list pages by (created_at, id) within an agency and shows each
 * user's latest sign-in: both read through an index, not a scan per page or per row. A new
 * user chooses a password through a one-time link: only the SHA-256 of its token is kept.
 */
export class AgencyUsers1764000001500 implements MigrationInterface {
  name = 'AgencyUsers1764000001500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX app_user_agency_created_idx ON app_user (agency_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX user_session_user_started_idx ON user_session (user_id, started_at DESC)`);
    await db.query(`
      CREATE TABLE password_setup_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX password_setup_link_user_idx ON password_setup_link (user_id) WHERE used_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_setup_link`);
    await db.query(`DROP INDEX user_session_user_started_idx`);
    await db.query(`DROP INDEX app_user_agency_created_idx`);
  }
}
