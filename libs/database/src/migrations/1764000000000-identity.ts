import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1764000000000 implements MigrationInterface {
  name = 'Identity1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`
      CREATE TABLE state (
        code char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        state_code char(2) NOT NULL REFERENCES state(code),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PROSECUTION_SERVICE','POLICE','CENTRAL_AUTHORITY',
          'FINANCIAL_INTELLIGENCE_UNIT','LABOUR_INSPECTORATE','VICTIM_SUPPORT_SERVICE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (state_code, name)
      )`);
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency(id),
        roles text[] NOT NULL DEFAULT '{}',
        disabled_at timestamptz,
        failed_sign_ins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX app_user_agency_idx ON app_user (agency_id)`);
    await db.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id),
        token_hash bytea NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await db.query(`CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE refresh_token`);
    await db.query(`DROP TABLE app_user`);
    await db.query(`DROP TABLE agency`);
    await db.query(`DROP TABLE state`);
  }
}
