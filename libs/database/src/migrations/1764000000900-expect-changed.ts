import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `expect_changed(n)`: the guard of a command written as one statement without a lock. Its
 * update names the version the command was decided on; when that matched no row (someone
 * changed it meanwhile), the guard fails the whole statement with SQLSTATE 40001, so none of
 * its history, audit or outbox rows is kept and the caller answers CONFLICT.
 */
export class ExpectChanged1764000000900 implements MigrationInterface {
  name = 'ExpectChanged1764000000900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION expect_changed(changed bigint) RETURNS boolean LANGUAGE plpgsql AS $$
      BEGIN
        IF changed = 0 THEN
          RAISE EXCEPTION 'the row changed meanwhile' USING ERRCODE = 'serialization_failure';
        END IF;
        RETURN true;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION expect_changed(bigint)`);
  }
}
