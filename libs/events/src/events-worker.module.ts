import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DOMAIN_EVENTS_QUEUE } from './catalogue';
import { producerConnection } from './domain-event-jobs';
import { DomainEventProcessor } from './domain-event.processor';
import { EventConsumerRegistry } from './event-consumer.registry';
import { EventsModule } from './events.module';
import { OutboxReconciler } from './outbox-reconciler.service';
import { OutboxRelay } from './outbox-relay.service';

/**
 * The worker side of the outbox: relay, reconciler and the processor that runs every
 * `@DomainEventConsumer()` of the application. Needs ConfigModule, DatabaseModule and
 * ScheduleModule.forRoot() from the application: ScheduleModule is not imported here because
 * a second forRoot() runs every @Interval/@Cron of the application twice.
 */
@Module({
  imports: [
    DiscoveryModule,
    EventsModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ connection: producerConnection(config), prefix: config.QUEUE_PREFIX }),
    }),
    BullModule.registerQueue({ name: DOMAIN_EVENTS_QUEUE }),
  ],
  providers: [EventConsumerRegistry, DomainEventProcessor, OutboxRelay, OutboxReconciler],
  exports: [EventsModule, BullModule, DomainEventProcessor, OutboxRelay, OutboxReconciler],
})
export class EventsWorkerModule {}
