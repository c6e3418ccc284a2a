import { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_OUTBOX_NOTIFY } from './1764000000200-outbox';

/**
 * The outbox stops sending NOTIFY. PostgreSQL serialises the commits of every transaction
 * that notifies on one lock held through the WAL flush, so each command's commit waited for
 * the others'; the relay polls instead (OUTBOX_POLL_INTERVAL_MS).
 */
export class OutboxPolled1764000001000 implements MigrationInterface {
  name = 'OutboxPolled1764000001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER outbox_event_notify ON outbox_event`);
    await db.query(`DROP FUNCTION outbox_event_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of CREATE_OUTBOX_NOTIFY) await db.query(sql);
  }
}
