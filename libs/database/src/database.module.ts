import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { PG_TYPE_PARSERS } from './timestamptz';

/** One PostgreSQL connection pool per process; schema changes only through migrations. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.DATABASE_URL,
        autoLoadEntities: true,
        synchronize: false,
        migrationsRun: false,
        // Prepared statements (queryPrepared) are keyed lookups and pages: one generic plan per
        // connection serves every parameter, where PostgreSQL would otherwise keep re-planning.
        // Timestamps are read by a fast path for PostgreSQL's own format (parseTimestamptz).
        extra: { max: config.DATABASE_POOL_SIZE, options: '-c plan_cache_mode=force_generic_plan', types: PG_TYPE_PARSERS },
        logging: ['error' as const],
      }),
    }),
  ],
})
export class DatabaseModule {}
