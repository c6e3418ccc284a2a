import { MigrationInterface, QueryRunner } from 'typeorm';

export class Deadlines1764000000250 implements MigrationInterface {
  name = 'Deadlines1764000000250';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE deadline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        kind text NOT NULL,
        due_at timestamptz NOT NULL,
        remind_at timestamptz,
        reminded_at timestamptz,
        breached_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subject_type, subject_id, kind)
      )`);
    // The sweeper's two questions, each answered by a small partial index.
    await db.query(`CREATE INDEX deadline_reminder_due_idx ON deadline (remind_at) WHERE reminded_at IS NULL AND remind_at IS NOT NULL`);
    await db.query(`CREATE INDEX deadline_breach_due_idx ON deadline (due_at) WHERE breached_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE deadline`);
  }
}
