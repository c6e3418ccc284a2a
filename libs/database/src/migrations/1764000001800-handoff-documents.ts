import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents on a handoff (consent form, risk assessment, medical or legal papers): metadata
 * here, the content in the shared document storage under `storage_key`. And the informed
 * consent's details: who explained it and in which language (null on consents recorded before).
 */
export class HandoffDocuments1764000001800 implements MigrationInterface {
  name = 'HandoffDocuments1764000001800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE handoff_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handoff_id uuid NOT NULL REFERENCES handoff(id),
        kind text NOT NULL CHECK (kind IN ('CONSENT_FORM','RISK_ASSESSMENT','MEDICAL','LEGAL','OTHER')),
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 bytea NOT NULL CHECK (length(sha256) = 32),
        storage_key text NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user(id),
        uploaded_agency_id uuid NOT NULL REFERENCES agency(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX handoff_document_handoff_idx ON handoff_document (handoff_id, created_at, id)`);
    await db.query(`ALTER TABLE handoff ADD COLUMN consent_explained_by text, ADD COLUMN consent_language text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE handoff DROP COLUMN consent_language, DROP COLUMN consent_explained_by`);
    await db.query(`DROP TABLE handoff_document`);
  }
}
