import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY_TABLES = ['audit_event', 'audit_chain', 'audit_checkpoint'] as const;

/**
 * The audit trail (DESIGN.md "Audit event"): events are inserted cheaply by every request;
 * a single sealer later links them into a hash chain and signs checkpoints of its head.
 * The three trail tables refuse UPDATE, DELETE and TRUNCATE.
 */
export class Audit1764000000100 implements MigrationInterface {
  name = 'Audit1764000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_user_id uuid,
        actor_agency_id uuid,
        actor_state char(2),
        action text NOT NULL,
        target_type text,
        target_id text,
        outcome text NOT NULL CHECK (outcome IN ('SUCCESS','DENIED','FAILURE')),
        request_id text,
        purpose text,
        recipients text[],
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    // An auditor reads the trail of their own State, newest first.
    await db.query(`CREATE INDEX audit_event_state_id_idx ON audit_event (actor_state, id DESC)`);

    // No foreign key: the insert path stays one index insert per table.
    await db.query(`CREATE TABLE audit_pending (event_id bigint PRIMARY KEY)`);
    await db.query(`
      CREATE FUNCTION audit_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO audit_pending (event_id) VALUES (NEW.id);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_enqueue AFTER INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_enqueue()`);

    await db.query(`
      CREATE TABLE audit_chain (
        position bigint PRIMARY KEY,
        event_id bigint NOT NULL UNIQUE REFERENCES audit_event(id),
        prev_hash bytea NOT NULL,
        hash bytea NOT NULL,
        sealed_at timestamptz DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE audit_checkpoint (
        id bigserial PRIMARY KEY,
        position bigint NOT NULL,
        head_hash bytea NOT NULL,
        signature bytea NOT NULL,
        public_key text NOT NULL,
        created_at timestamptz DEFAULT now()
      )`);

    await db.query(`
      CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit trail is append-only' USING DETAIL = TG_OP || ' on ' || TG_TABLE_NAME;
      END $$`);
    for (const table of APPEND_ONLY_TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_checkpoint`);
    await db.query(`DROP TABLE audit_chain`);
    await db.query(`DROP TABLE audit_pending`);
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP FUNCTION audit_refuse_change()`);
    await db.query(`DROP FUNCTION audit_enqueue()`);
  }
}
