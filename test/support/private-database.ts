import { DataSource, QueryRunner } from 'typeorm';
import { dropDatabase, migrationDataSource, runMigrations } from '@app/database';

/**
 * A migrated database of one test file's own, named after the run's database. For tests that
 * act on every row of a table (a relay claiming all events, a sweeper moving the clock
 * years ahead): on the shared database they would take other test files' rows.
 */
export async function createPrivateDatabase(suffix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `${url.pathname}_${suffix}`;
  const databaseUrl = url.toString();
  await runMigrations(databaseUrl);
  return { url: databaseUrl, drop: () => dropDatabase(databaseUrl) };
}

/**
 * For a migration's down-and-up test: a private database for the enclosing describe block,
 * and `withRunner(run)`, which hands `run` a DataSource and a QueryRunner on it and closes both.
 */
export function privateMigrationDatabase(suffix: string): {
  withRunner: (run: (db: DataSource, runner: QueryRunner) => Promise<void>) => Promise<void>;
} {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    database = await createPrivateDatabase(suffix);
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    async withRunner(run) {
      if (!database) throw new Error('the private database is made in beforeAll');
      const db = await migrationDataSource(database.url).initialize();
      const runner = db.createQueryRunner();
      try {
        await run(db, runner);
      } finally {
        await runner.release();
        await db.destroy();
      }
    },
  };
}
