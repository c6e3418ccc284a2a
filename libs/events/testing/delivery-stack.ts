import { Provider } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { EventsWorkerModule } from '@app/events';
import { NotificationsConsumersModule, NotificationsService } from '@app/notifications';
import { testConfig } from '@test/support/config';
import { createPrivateDatabase } from '@test/support/private-database';
import { PrivateRedis } from '@test/support/private-redis';

/** The events worker of one test file, with the notification consumers and `providers`. */
export interface DeliveryStack {
  app: TestingModule;
  db: DataSource;
  redis: PrivateRedis;
  close(): Promise<void>;
}

/**
 * The whole path on real PostgreSQL and Redis: outbox → relay → BullMQ → processor → inbox +
 * effect. Redis and the database are the test file's own: a test may stop and flush Redis,
 * and a relay on the shared database would carry other test files' events off to it.
 */
export async function startDeliveryStack(name: string, config: Record<string, string>, providers: Provider[]): Promise<DeliveryStack> {
  const redis = await PrivateRedis.start();
  const database = await createPrivateDatabase(name);
  const app = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(testConfig({ DATABASE_URL: database.url, REDIS_URL: redis.url, ...config })),
      DatabaseModule,
      ScheduleModule.forRoot(),
      EventsWorkerModule,
      NotificationsConsumersModule,
    ],
    providers: [NotificationsService, ...providers],
  }).compile();
  app.useLogger(false);
  await app.init();
  return {
    app,
    db: app.get(DataSource),
    redis,
    async close() {
      await app.close();
      await redis.stop();
      await database.drop();
    },
  };
}
