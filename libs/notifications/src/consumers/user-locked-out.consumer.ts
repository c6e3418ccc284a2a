import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventConsumer, DomainEventJob, EventConsumer } from '@app/events';
import { Role } from '@app/kernel';
import { NotificationKind } from '../notification-kind';
import { NotificationsService } from '../notifications.service';

/** Wording shown to admins: names no one, so it leaks no address or credential of the locked user. */
export function userLockedOutMessage(lockedUntil: string): string {
  const until = new Date(lockedUntil).toISOString().slice(0, 16).replace('T', ' ');
  return `A user of your agency was locked out after repeated failed sign-ins until ${until} UTC.`;
}

/** Tells every enabled agency admin of the locked user's agency, who may need to step in. */
@Injectable()
@DomainEventConsumer()
export class UserLockedOutConsumer implements EventConsumer<'identity.user-locked-out'> {
  readonly name = 'notifications.user-locked-out';
  readonly handles = ['identity.user-locked-out'] as const;

  constructor(private readonly notifications: NotificationsService) {}

  async handle(manager: EntityManager, event: DomainEventJob<'identity.user-locked-out'>): Promise<void> {
    const { userId, agencyId, lockedUntil } = event.payload;
    await this.notifications.notifyStaff(
      manager,
      event.eventId,
      { agencyIds: [agencyId], roles: [Role.AGENCY_ADMIN] },
      NotificationKind.USER_LOCKED_OUT,
      userLockedOutMessage(lockedUntil),
      { type: 'user', id: userId },
    );
  }
}
