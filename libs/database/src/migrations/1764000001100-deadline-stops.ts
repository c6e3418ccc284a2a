import { MigrationInterface, QueryRunner } from 'typeorm';

const SWEEP_INDEXES = (running: string) => [
  `CREATE INDEX deadline_reminder_due_idx ON deadline (remind_at) WHERE reminded_at IS NULL AND remind_at IS NOT NULL${running}`,
  `CREATE INDEX deadline_breach_due_idx ON deadline (due_at) WHERE breached_at IS NULL${running}`,
];

/**
 * A deadline that stops running (a request postponed, say) keeps its row, marked stopped,
 * instead of being deleted: armed again with the same dates it keeps its reminder and breach
 * marks, so neither is sent a second time.
 */
export class DeadlineStops1764000001100 implements MigrationInterface {
  name = 'DeadlineStops1764000001100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE deadline ADD COLUMN stopped_at timestamptz`);
    await db.query(`DROP INDEX deadline_reminder_due_idx`);
    await db.query(`DROP INDEX deadline_breach_due_idx`);
    for (const sql of SWEEP_INDEXES(' AND stopped_at IS NULL')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    // Before this migration a stopped deadline was deleted.
    await db.query(`DELETE FROM deadline WHERE stopped_at IS NOT NULL`);
    await db.query(`DROP INDEX deadline_reminder_due_idx`);
    await db.query(`DROP INDEX deadline_breach_due_idx`);
    for (const sql of SWEEP_INDEXES('')) await db.query(sql);
    await db.query(`ALTER TABLE deadline DROP COLUMN stopped_at`);
  }
}
