import { runMigrations } from '@app/database';

/**
 * Every run gets a throw-away database and its own queue prefix on the real PostgreSQL
 * and Redis, so runs never see each other's data. Workers inherit these variables.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/cbc_test_${runId}`;
  process.env.DATABASE_URL = base.toString();
  process.env.QUEUE_PREFIX = `t${runId}`;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
  // Every test signs in from 127.0.0.1 many times: throttling is tested with its own limits.
  process.env.SIGN_IN_ATTEMPTS_PER_ADDRESS = '1000000';
  process.env.SIGN_IN_FAILURES_PER_ACCOUNT = '1000000';
  process.env.SIGN_IN_FAILURES_PER_MINUTE = '1000000';
  await runMigrations(process.env.DATABASE_URL);
}
