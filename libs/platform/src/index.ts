export * from './logging/logger';
export * from './logging/request-id';
export * from './redis/redis.module';
export * from './health/health.module';
export * from './graphql/request-context.decorator';
export * from './graphql/connection';
export * from './graphql/shared-enums';
export * from './graphql/page.args';
