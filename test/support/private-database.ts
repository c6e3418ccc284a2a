import { dropDatabase, runMigrations } from '@app/database';

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
