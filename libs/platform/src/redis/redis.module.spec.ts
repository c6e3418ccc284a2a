import { Test } from '@nestjs/testing';
import type Redis from 'ioredis';
import { ConfigModule } from '@app/config';
import { testConfig } from '@test/support/config';
import { REDIS, RedisModule } from './redis.module';

describe('RedisModule (Redis)', () => {
  it('connects its client at start, before anything (a readiness probe) asks it to', async () => {
    const app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(testConfig()), RedisModule] }).compile();
    await app.init();
    const redis = app.get<Redis>(REDIS);
    try {
      if (redis.status !== 'ready') await new Promise((ready) => redis.once('ready', ready));
      expect(await redis.ping()).toBe('PONG');
    } finally {
      await app.close();
    }
  });
});
