import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed webhooks for national case-management systems: an agency's endpoints (the signing
 * secret sealed at rest), one delivery per endpoint and event (the payload's fields, never
 * content), and every attempt of it (the delivery log an agency admin reads).
 */
export class Webhooks1764000002000 implements MigrationInterface {
  name = 'Webhooks1764000002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES agency(id),
        url text NOT NULL,
        event_kinds text[] NOT NULL CHECK (cardinality(event_kinds) > 0),
        description text,
        secret_key_id text NOT NULL,
        secret_sealed bytea NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        consecutive_failures int NOT NULL DEFAULT 0,
        disabled_at timestamptz,
        disabled_reason text
      )`);
    await db.query(`CREATE INDEX webhook_endpoint_agency_idx ON webhook_endpoint (agency_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id),
        event_id uuid NOT NULL,
        event_kind text NOT NULL,
        object_type text NOT NULL,
        object_id text NOT NULL,
        reference text,
        occurred_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (endpoint_id, event_id)
      )`);
    // The dispatcher's work list, and the delivery log of one endpoint, newest first.
    await db.query(`CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE webhook_attempt (
        delivery_id uuid NOT NULL REFERENCES webhook_delivery(id),
        attempt int NOT NULL,
        attempted_at timestamptz NOT NULL,
        duration_ms int NOT NULL,
        status_code int,
        error text,
        PRIMARY KEY (delivery_id, attempt)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_attempt`);
    await db.query(`DROP TABLE webhook_delivery`);
    await db.query(`DROP TABLE webhook_endpoint`);
  }
}
