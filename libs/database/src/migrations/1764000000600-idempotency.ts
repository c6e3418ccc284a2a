import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of GraphQL mutations (per signed-in user): a claimed key is PENDING while
 * the first request runs and DONE with its response once it succeeded. Rows older than
 * IDEMPOTENCY_KEY_TTL_HOURS are removed by the gateway as it claims new keys.
 */
export class Idempotency1764000000600 implements MigrationInterface {
  name = 'Idempotency1764000000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_key (
        user_id uuid NOT NULL,
        key text NOT NULL,
        request_hash bytea NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING','DONE')),
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
    await db.query(`CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_key`);
  }
}
