import Redis from 'ioredis';
import { dropDatabase } from '@app/database';

export default async function globalTeardown(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl?.includes('/cbc_test_')) await dropDatabase(databaseUrl);
  const prefix = process.env.QUEUE_PREFIX;
  if (!prefix) return;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    // The run's keys, and those of stacks on databases of their own (test/support/config.ts).
    for (const pattern of [`${prefix}:*`, `${prefix}-*:*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}
