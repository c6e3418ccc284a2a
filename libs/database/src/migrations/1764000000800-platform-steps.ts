import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A step of an MLA request's history may be the platform's own (the end of a postponement
 * resumes the request): it has no user, only the agency it was taken for. `down` gives such
 * steps back to the user who created the request, since the column cannot be empty there.
 */
export class PlatformSteps1764000000800 implements MigrationInterface {
  name = 'PlatformSteps1764000000800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mla_history ALTER COLUMN actor_user_id DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE mla_history h SET actor_user_id = r.created_by
        FROM mla_request r WHERE r.id = h.request_id AND h.actor_user_id IS NULL`);
    await db.query(`ALTER TABLE mla_history ALTER COLUMN actor_user_id SET NOT NULL`);
  }
}
