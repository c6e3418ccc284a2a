import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryPrepared, Statement } from '@app/database';
import { DomainEventConsumer, DomainEventJob, EventConsumer } from '@app/events';
import { Role } from '@app/kernel';
import { NotificationKind, NotificationsService } from '@app/notifications';
import { noticeOf, WEBHOOK_EVENT_TYPES, WebhookEventType } from '../domain/webhook-events';
import { deliveriesStatement } from '../webhook-records';

/** Runs a consumer's repeatable statement in its transaction, when it has one for the event. */
async function runEffect(manager: EntityManager, effect: Statement | null): Promise<void> {
  if (effect) await queryPrepared(manager, effect.sql, [...effect.params]);
}

/**
 * Turns the events that concern agencies into deliveries for their subscribed endpoints, in
 * the event's inbox transaction (one statement, harmless to repeat); the dispatcher sends them.
 */
@Injectable()
@DomainEventConsumer()
export class WebhookDeliveriesConsumer implements EventConsumer<WebhookEventType> {
  readonly name = 'webhooks.deliveries';
  readonly handles = WEBHOOK_EVENT_TYPES;

  repeatableEffect(event: DomainEventJob<WebhookEventType>): Statement | null {
    const notice = noticeOf(event);
    return notice && deliveriesStatement(event.eventId, event.occurredAt, notice);
  }

  handle(manager: EntityManager, event: DomainEventJob<WebhookEventType>): Promise<void> {
    return runEffect(manager, this.repeatableEffect(event));
  }
}

/** Wording for the agency admins: which endpoint is no secret to them, but the URL stays out of notifications. */
export const endpointDisabledMessage = (failures: number): string =>
  `A webhook endpoint of your agency was disabled after ${failures} failed delivery attempts in a row; register it again once it answers.`;

/** Tells the agency admins that one of their endpoints was disabled after repeated failure. */
@Injectable()
@DomainEventConsumer()
export class WebhookDisabledConsumer implements EventConsumer<'webhooks.endpoint-disabled'> {
  readonly name = 'webhooks.endpoint-disabled';
  readonly handles = ['webhooks.endpoint-disabled'] as const;

  constructor(private readonly notifications: NotificationsService) {}

  repeatableEffect(event: DomainEventJob<'webhooks.endpoint-disabled'>): Statement | null {
    const { endpointId, agencyId, failures } = event.payload;
    return this.notifications.notifyStaffStatement(
      event.eventId,
      { agencyIds: [agencyId], roles: [Role.AGENCY_ADMIN] },
      NotificationKind.WEBHOOK_ENDPOINT_DISABLED,
      endpointDisabledMessage(failures),
      { type: 'webhook-endpoint', id: endpointId },
    );
  }

  handle(manager: EntityManager, event: DomainEventJob<'webhooks.endpoint-disabled'>): Promise<void> {
    return runEffect(manager, this.repeatableEffect(event));
  }
}
