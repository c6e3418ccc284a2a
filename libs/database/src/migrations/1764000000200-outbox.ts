import { MigrationInterface, QueryRunner } from 'typeorm';

/** The NOTIFY on every outbox insert, as created here (OutboxPolled1764000001000 takes it away again). */
export const CREATE_OUTBOX_NOTIFY = [
  `CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM pg_notify('outbox_event', '');
     RETURN NULL;
   END
   $$`,
  `CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
   FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify()`,
];

/**
 * Transactional outbox (events written with the state change that caused them), the
 * consumers' inbox (makes redelivery harmless) and the first consumer's table, in-app
 * notifications.
 */
export class Outbox1764000000200 implements MigrationInterface {
  name = 'Outbox1764000000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        type text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id text NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        dispatch_count int NOT NULL DEFAULT 0,
        processed_at timestamptz
      )`);
    // The relay's work list: small, because rows leave it as soon as they are queued.
    await db.query(`CREATE INDEX outbox_event_undispatched_idx ON outbox_event (seq) WHERE dispatched_at IS NULL`);
    // The reconciler's work list: dispatched but not yet acknowledged by every consumer.
    await db.query(
      `CREATE INDEX outbox_event_unprocessed_idx ON outbox_event (dispatched_at) WHERE processed_at IS NULL`,
    );
    // NOTIFY is delivered on commit, so a listening relay wakes exactly when new rows become visible.
    for (const sql of CREATE_OUTBOX_NOTIFY) await db.query(sql);
    await db.query(`
      CREATE TABLE inbox (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_user_id uuid NOT NULL REFERENCES app_user(id),
        event_id uuid NOT NULL,
        kind text NOT NULL,
        message text NOT NULL,
        subject_type text,
        subject_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (event_id, recipient_user_id)
      )`);
    await db.query(
      `CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, created_at DESC, id DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP TABLE inbox`);
    await db.query(`DROP TABLE outbox_event`);
    await db.query(`DROP FUNCTION outbox_event_notify()`);
  }
}
