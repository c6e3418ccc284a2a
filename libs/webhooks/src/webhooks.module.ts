import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { EventsModule, WEBHOOK_DELIVERIES_QUEUE } from '@app/events';
import { NotificationsService } from '@app/notifications';
import { WebhookDeliveriesConsumer, WebhookDisabledConsumer } from './consumers/webhook-consumers';
import { WebhookDeliveryProcessor } from './delivery/webhook-delivery.processor';
import { WebhookDispatcher } from './delivery/webhook-dispatcher';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';
import { webhookKeyringProvider } from './webhook-records';

/** Gateway side: an agency admin's endpoints and their delivery log over GraphQL. */
@Module({
  imports: [AccessModule, AuditModule],
  providers: [webhookKeyringProvider, WebhooksService, WebhooksResolver],
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
