import { DynamicModule, Module } from '@nestjs/common';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { CasesModule } from '@app/cases';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { HandoffsModule } from '@app/handoffs';
import { AuthService, IdentityModule } from '@app/identity';
import { MlaModule } from '@app/mla';
import { NotificationsModule } from '@app/notifications';
import { OversightModule } from '@app/oversight';
import { ClockModule, HealthModule, RedisModule } from '@app/platform';
import { CompiledApolloDriver } from './graphql/compiled-execution';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { idempotencyPlugin, sqlIdempotencyStore } from './graphql/idempotency.plugin';

@Module({})
export class GatewayModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        DatabaseModule,
        RedisModule,
        HealthModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: CompiledApolloDriver,
          imports: [IdentityModule],
          inject: [DataSource, AuthService],
          useFactory: (db: DataSource, auth: AuthService) =>
            graphqlOptions(config, logger, [
              idempotencyPlugin({
                store: sqlIdempotencyStore(db, config.IDEMPOTENCY_KEY_TTL_HOURS),
                // A stored response is answered only to a live, unrestricted session, as the guard would let it execute.
                actorOfHeader: (authorization) =>
                  auth.authenticate(authorization).then(
                    ({ actor, pending }) => (pending.length ? null : actor),
                    () => null,
                  ),
                logger,
              }),
            ]),
        }),
        HandoffsModule,
        OversightModule,
        IdentityModule,
        NotificationsModule,
        CasesModule,
        MlaModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
    };
  }
}
