import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { EventsModule, WEBHOOK_DELIVERIES_QUEUE } from '@app/events';
import { NotificationsService } from '@app/notifications';
import { WebhookDeliveriesConsumer, WebhookDisabledConsumer } from './consumers/webhook-consumers';
import { WebhookDeliveryProcessor } from './delivery/webhook-delivery.processor';
import { WebhookDispatcher } from './delivery/webhook-dispatcher';
import { WebhooksCommands } from './webhooks.commands';
import { WebhooksQueries } from './webhooks.queries';
import { webhookKeyringProvider } from './webhook-records';

/** An agency admin's endpoints and their delivery log: the commands and queries the gateway's resolver calls. */
@Module({
  imports: [AccessModule, AuditModule, CommandsModule],
  providers: [webhookKeyringProvider, WebhooksCommands, WebhooksQueries],
  exports: [WebhooksCommands, WebhooksQueries],
})
export class WebhooksModule {}

/**
 * Worker side: the consumers that turn events into deliveries and tell admins of a disabled
 * endpoint (found through `@DomainEventConsumer()`), the dispatcher and the sender. Needs the
 * EventsWorkerModule's BullMQ connection and ScheduleModule from the application.
 */
@Module({
  imports: [EventsModule, BullModule.registerQueue({ name: WEBHOOK_DELIVERIES_QUEUE })],
  providers: [webhookKeyringProvider, NotificationsService, WebhookDeliveriesConsumer, WebhookDisabledConsumer, WebhookDispatcher, WebhookDeliveryProcessor],
  exports: [WebhookDispatcher, WebhookDeliveryProcessor],
})
export class WebhooksWorkerModule {}
