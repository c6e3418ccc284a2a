import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cases with their identifiers, the reference cards shared across borders, and the
 * hit/no-hit matches found by comparing identifiers' blind indexes.
 */
export class Cases1764000000300 implements MigrationInterface {
  name = 'Cases1764000000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency(id),
        national_reference text NOT NULL,
        title text NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN','SUSPENDED','CLOSED')),
        forms_of_exploitation text[] NOT NULL CHECK (cardinality(forms_of_exploitation) >= 1),
        child_victims boolean NOT NULL DEFAULT false,
        organised_crime_group boolean NOT NULL DEFAULT false,
        financial_investigation boolean NOT NULL DEFAULT false,
        -- The officer in charge: named to the other side of a hit as whom to contact.
        contact_user_id uuid NOT NULL REFERENCES app_user(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agency_id, national_reference)
      )`);
    // The list query: one agency's cases, most recently updated first (keyset).
    await db.query(`CREATE INDEX case_file_agency_updated_idx ON case_file (agency_id, updated_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE case_identifier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        type text NOT NULL CHECK (type IN ('PHONE','IBAN','BANK_ACCOUNT','PASSPORT','NATIONAL_ID','VEHICLE',
          'COMPANY_REGISTRATION','EMAIL','CRYPTO_WALLET')),
        -- Normalised value: read only by the owning agency's queries, never by matching.
        value text NOT NULL,
        role text NOT NULL CHECK (role IN ('SUSPECT','VICTIM','WITNESS','OTHER')),
        note text,
        -- HMAC-SHA-256 of '<type>:<value>', set by the worker; NULL until it has run.
        blind_index bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, type, value)
      )`);
    // A hit lookup is one scan of this index.
    await db.query(`CREATE INDEX case_identifier_blind_index_idx ON case_identifier (blind_index) WHERE blind_index IS NOT NULL`);
    await db.query(`
      CREATE TABLE case_match (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Canonical order (case_a_id < case_b_id), so both insert orders meet in one row.
        case_a_id uuid NOT NULL REFERENCES case_file(id),
        case_b_id uuid NOT NULL REFERENCES case_file(id),
        identifier_type text NOT NULL,
        found_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        CHECK (case_a_id < case_b_id),
        UNIQUE (case_a_id, case_b_id, identifier_type)
      )`);
    await db.query(`CREATE INDEX case_match_case_b_idx ON case_match (case_b_id)`);
    await db.query(`
      CREATE TABLE case_share (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        owner_agency_id uuid NOT NULL REFERENCES agency(id),
        recipient_agency_id uuid NOT NULL REFERENCES agency(id),
        summary text NOT NULL,
        contact_point text NOT NULL,
        handling_code text NOT NULL CHECK (handling_code IN ('H0','H1','H2','H3')),
        handling_restriction text,
        expires_at timestamptz,
        match_id uuid REFERENCES case_match(id),
        shared_by uuid NOT NULL REFERENCES app_user(id),
        shared_at timestamptz NOT NULL DEFAULT now(),
        first_read_at timestamptz,
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES app_user(id),
        revoked_at timestamptz,
        CHECK (handling_code <> 'H3' OR handling_restriction IS NOT NULL),
        CHECK (owner_agency_id <> recipient_agency_id)
      )`);
    await db.query(`CREATE INDEX case_share_recipient_idx ON case_share (recipient_agency_id, shared_at DESC, id DESC)`);
    await db.query(`CREATE INDEX case_share_case_idx ON case_share (case_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE case_share`);
    await db.query(`DROP TABLE case_match`);
    await db.query(`DROP TABLE case_identifier`);
    await db.query(`DROP TABLE case_file`);
  }
}
