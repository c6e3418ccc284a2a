import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications by e-mail: each user's language (of the mails), a delivery choice per user and
 * kind of notification (absent: the default of the kind), and a delivery row per mail with its
 * status, attempts and last error. A notification is considered for mail once
 * (`mail_considered_at`); those written before this migration never are.
 */
export class NotificationMail1764000001900 implements MigrationInterface {
  name = 'NotificationMail1764000001900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user ADD COLUMN language text NOT NULL DEFAULT 'en' CONSTRAINT app_user_language_check CHECK (language IN ('en','de','ro','ru'))`);
    // The reference the notifying context lets travel by mail (an MLA request's), if any.
    await db.query(`ALTER TABLE notification ADD COLUMN subject_reference text`);
    await db.query(`ALTER TABLE notification ADD COLUMN mail_considered_at timestamptz`);
    await db.query(`UPDATE notification SET mail_considered_at = created_at`);
    await db.query(`CREATE INDEX notification_mail_pending_idx ON notification (created_at) WHERE mail_considered_at IS NULL`);
    await db.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user(id),
        kind text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('AT_ONCE','DAILY_DIGEST','NEVER')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    await db.query(`
      CREATE TABLE mail_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_user_id uuid NOT NULL REFERENCES app_user(id),
        -- One of the two: the notification mailed at once, or the end of the day a digest covers.
        notification_id uuid UNIQUE REFERENCES notification(id),
        digest_until timestamptz,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENT','FAILED','SKIPPED')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        queued_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (recipient_user_id, digest_until),
        CHECK ((notification_id IS NULL) <> (digest_until IS NULL))
      )`);
    await db.query(`CREATE INDEX mail_delivery_unqueued_idx ON mail_delivery (created_at) WHERE queued_at IS NULL`);
    await db.query(`CREATE INDEX mail_delivery_failed_idx ON mail_delivery (finished_at DESC, id DESC) WHERE status = 'FAILED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_delivery`);
    await db.query(`DROP TABLE notification_preference`);
    await db.query(`DROP INDEX notification_mail_pending_idx`);
    await db.query(`ALTER TABLE notification DROP COLUMN mail_considered_at`);
    await db.query(`ALTER TABLE notification DROP COLUMN subject_reference`);
    await db.query(`ALTER TABLE app_user DROP COLUMN language`);
  }
}
