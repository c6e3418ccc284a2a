import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'DRAFT','SUBMITTED','ACKNOWLEDGED','IN_EXECUTION','PARTIALLY_EXECUTED','EXECUTED',
  'ADDITIONAL_INFO_REQUESTED','POSTPONED','REFUSED','WITHDRAWN','FORWARDED'`;

export class Mla1764000000400 implements MigrationInterface {
  name = 'Mla1764000000400';

  async up(db: QueryRunner): Promise<void> {
    // One row per requesting State and year; incremented in the drafting transaction, so
    // references are gap-free per State and year and never collide.
    await db.query(`
      CREATE TABLE mla_reference_counter (
        state_code char(2) NOT NULL REFERENCES state(code),
        year int NOT NULL,
        last_value int NOT NULL,
        PRIMARY KEY (state_code, year)
      )`);
    await db.query(`
      CREATE TABLE mla_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        requesting_agency_id uuid NOT NULL REFERENCES agency(id),
        requesting_state char(2) NOT NULL REFERENCES state(code),
        requested_agency_id uuid NOT NULL REFERENCES agency(id),
        requested_state char(2) NOT NULL REFERENCES state(code),
        case_id uuid REFERENCES case_file(id),
        legal_basis text,
        treaty_name text,
        measures jsonb NOT NULL DEFAULT '[]',
        facts_summary text,
        offences text[] NOT NULL DEFAULT '{}',
        persons_concerned text,
        urgent boolean NOT NULL DEFAULT false,
        urgency_reason text,
        confidential boolean NOT NULL DEFAULT false,
        language text,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        resume_status text CHECK (resume_status IN (${STATUSES})),
        closed boolean NOT NULL DEFAULT false,
        info_question text,
        postponed_reason text,
        postponed_until timestamptz,
        refusal_ground text,
        refusal_ground_text text,
        refusal_reasons text,
        consultation_recorded_at timestamptz,
        extension_days int NOT NULL DEFAULT 0,
        extension_reason text,
        submitted_at timestamptz,
        acknowledged_at timestamptz,
        decided_at timestamptz,
        executed_at timestamptz,
        acknowledgement_due_at timestamptz,
        decision_due_at timestamptz,
        execution_due_at timestamptz,
        next_due_at timestamptz,
        created_by uuid NOT NULL REFERENCES app_user(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (requesting_state <> requested_state)
      )`);
    // The list query reads one agency's outgoing or incoming requests, newest change first.
    await db.query(`CREATE INDEX mla_request_requesting_idx ON mla_request (requesting_agency_id, updated_at DESC, id DESC)`);
    await db.query(`CREATE INDEX mla_request_requested_idx ON mla_request (requested_agency_id, updated_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE mla_history (
        id bigserial PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES mla_request(id),
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor_user_id uuid NOT NULL REFERENCES app_user(id),
        actor_agency_id uuid NOT NULL REFERENCES agency(id),
        at timestamptz NOT NULL DEFAULT now(),
        comment text
      )`);
    await db.query(`CREATE INDEX mla_history_request_idx ON mla_history (request_id, id)`);
    await db.query(`
      CREATE TABLE mla_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES mla_request(id),
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_agency_id uuid NOT NULL REFERENCES agency(id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX mla_message_request_idx ON mla_message (request_id, created_at, id)`);
    // Document contents, behind the DocumentStorage interface: kept in PostgreSQL by default so
    // a database backup holds everything.
    await db.query(`
      CREATE TABLE mla_document_blob (
        key uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        content bytea NOT NULL
      )`);
    await db.query(`
      CREATE TABLE mla_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES mla_request(id),
        message_id uuid REFERENCES mla_message(id),
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 bytea NOT NULL CHECK (length(sha256) = 32),
        storage_key text NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user(id),
        uploaded_agency_id uuid NOT NULL REFERENCES agency(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX mla_document_request_idx ON mla_document (request_id, created_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mla_document`);
    await db.query(`DROP TABLE mla_document_blob`);
    await db.query(`DROP TABLE mla_message`);
    await db.query(`DROP TABLE mla_history`);
    await db.query(`DROP TABLE mla_request`);
    await db.query(`DROP TABLE mla_reference_counter`);
  }
}
