import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Victim-support handoffs. The victim's identifying data exists only as AES-256-GCM
 * ciphertext (identity_sealed) with the id of the key that sealed it beside it.
 */
export class Handoffs1764000000500 implements MigrationInterface {
  name = 'Handoffs1764000000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE handoff (
        id uuid PRIMARY KEY,
        victim_code text NOT NULL UNIQUE,
        referring_agency_id uuid NOT NULL REFERENCES agency(id),
        receiving_agency_id uuid NOT NULL REFERENCES agency(id),
        referring_state char(2) NOT NULL REFERENCES state(code),
        receiving_state char(2) NOT NULL REFERENCES state(code),
        proposed_by uuid NOT NULL REFERENCES app_user(id),
        status text NOT NULL CHECK (status IN ('PROPOSED','ACCEPTED','DECLINED','IN_PROGRESS','COMPLETED','WITHDRAWN')),
        urgent boolean NOT NULL,
        exploitation_form text NOT NULL,
        minor boolean NOT NULL,
        needs jsonb NOT NULL,
        non_punishment boolean NOT NULL DEFAULT false,
        linked_case_reference text,
        identified_at timestamptz NOT NULL,
        identity_key_id text NOT NULL,
        identity_sealed bytea NOT NULL,
        consent_scope text NOT NULL CHECK (consent_scope IN ('ASSISTANCE_ONLY','SHARE_WITH_LAW_ENFORCEMENT','CRIMINAL_PROCEEDINGS')),
        consent_basis text NOT NULL CHECK (consent_basis IN ('VICTIM','GUARDIAN_AGREEMENT','BEST_INTEREST_DECISION')),
        consent_given_at timestamptz NOT NULL,
        consent_recorded_by uuid NOT NULL REFERENCES app_user(id),
        consent_withdrawn_at timestamptz,
        risk_assessed_at timestamptz,
        risk_level text,
        guardian_appointed_at timestamptz,
        best_interest_assessed_at timestamptz,
        acceptance_due_at timestamptz NOT NULL,
        decline_reason text,
        withdrawal_reason text,
        proposed_at timestamptz NOT NULL,
        accepted_at timestamptz,
        declined_at timestamptz,
        started_at timestamptz,
        completed_at timestamptz,
        withdrawn_at timestamptz,
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (referring_state <> receiving_state)
      )`);
    await db.query(`CREATE INDEX handoff_referring_idx ON handoff (referring_agency_id, proposed_at DESC, id DESC)`);
    await db.query(`CREATE INDEX handoff_receiving_idx ON handoff (receiving_agency_id, proposed_at DESC, id DESC)`);
    await db.query(`CREATE INDEX handoff_states_idx ON handoff (referring_state, receiving_state)`);
    await db.query(`
      CREATE TABLE handoff_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handoff_id uuid NOT NULL REFERENCES handoff(id),
        need text NOT NULL,
        delivered_at timestamptz NOT NULL,
        delivered_by uuid NOT NULL REFERENCES app_user(id),
        note text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX handoff_service_handoff_idx ON handoff_service (handoff_id, delivered_at)`);
    await db.query(`
      CREATE TABLE handoff_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handoff_id uuid NOT NULL REFERENCES handoff(id),
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_agency_id uuid NOT NULL REFERENCES agency(id),
        body text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX handoff_message_handoff_idx ON handoff_message (handoff_id, sent_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE handoff_message`);
    await db.query(`DROP TABLE handoff_service`);
    await db.query(`DROP TABLE handoff`);
  }
}
