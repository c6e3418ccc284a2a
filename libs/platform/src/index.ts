export * from './logging/logger';
export * from './logging/request-id';
export * from './redis/redis.module';
export * from './health/health.module';
export * from './clock.module';
export * from './http/refresh-cookie';
export * from './http/own-time-limits';
