import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agency admins' users list pages by (created_at, id) within an agency and shows each
 * user's latest sign-in: both read through an index, not a scan per page or per row.
 */
export class AgencyUsers1764000001500 implements MigrationInterface {
  name = 'AgencyUsers1764000001500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX app_user_agency_created_idx ON app_user (agency_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX user_session_user_started_idx ON user_session (user_id, started_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX user_session_user_started_idx`);
    await db.query(`DROP INDEX app_user_agency_created_idx`);
  }
}
