import { DynamicModule, Module } from '@nestjs/common';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { LiveFeedModule } from '@app/events';
import { AccessTokens, AuthService, IdentityModule, SessionStates } from '@app/identity';
import { ClockModule, HealthModule, RedisModule } from '@app/platform';
import { CasesGatewayModule } from './cases/cases-gateway.module';
import { CompiledApolloDriver } from './graphql/compiled-execution';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { idempotencyPlugin, sqlIdempotencyStore } from './graphql/idempotency.plugin';
import { LiveConnections } from './graphql/live-connections';
import { HandoffsGatewayModule } from './handoffs/handoffs-gateway.module';
import { IdentityGatewayModule } from './identity/identity-gateway.module';
import { MlaGatewayModule } from './mla/mla-gateway.module';
import { NotificationsGatewayModule } from './notifications/notifications-gateway.module';
import { OversightGatewayModule } from './oversight/oversight-gateway.module';
import { WebhooksGatewayModule } from './webhooks/webhooks-gateway.module';

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
        LiveFeedModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: CompiledApolloDriver,
          imports: [IdentityModule],
          inject: [DataSource, AuthService, AccessTokens, SessionStates],
          useFactory: (db: DataSource, auth: AuthService, tokens: AccessTokens, sessions: SessionStates) =>
            graphqlOptions(
              config,
              logger,
              [
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
              ],
              new LiveConnections(auth, tokens, sessions),
            ),
        }),
        HandoffsGatewayModule,
        OversightGatewayModule,
        IdentityGatewayModule,
        NotificationsGatewayModule,
        CasesGatewayModule,
        MlaGatewayModule,
        WebhooksGatewayModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
    };
  }
}
