import { Global, Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/config';

export const REDIS = Symbol('Redis');

/**
 * A shared ioredis client for health checks and the sign-in limiters; BullMQ and live signals
 * keep their own connections. Created lazily so that a Redis down at start does not stop the
 * process, and connected at start, not at the first readiness probe: with no offline queue, a
 * command before the connection fails, and the limiters would count in memory, per process.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false }),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RedisModule.name);

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  onModuleInit(): void {
    // Not awaited: while Redis is away the process starts anyway, ioredis retries, and readiness says so.
    this.redis.connect().catch((error: Error) => this.logger.warn(`Redis not reachable yet: ${error.message}`));
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
