import { createHash } from 'node:crypto';
import { AppConfig, parseConfig } from '@app/config';

/**
 * The configuration of this test run (database and queue prefix set by global-setup), with
 * overrides. A stack on a database of its own gets a queue prefix of its own too: on the run's
 * queues, other files' workers would take its events (and it theirs) and apply them to the
 * wrong database.
 */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const ownDatabase = overrides.DATABASE_URL !== undefined && overrides.DATABASE_URL !== process.env.DATABASE_URL;
  const queuePrefix = ownDatabase && !overrides.QUEUE_PREFIX ? { QUEUE_PREFIX: privateQueuePrefix(overrides.DATABASE_URL) } : {};
  return parseConfig({ ...process.env, ...queuePrefix, ...overrides });
}

/** The run's prefix and a digest of the database: global-teardown removes `<run prefix>-*` keys too. */
export function privateQueuePrefix(databaseUrl: string): string {
  return `${process.env.QUEUE_PREFIX ?? 'cbc'}-${createHash('sha256').update(databaseUrl).digest('hex').slice(0, 8)}`;
}
