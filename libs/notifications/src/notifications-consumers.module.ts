import { Module } from '@nestjs/common';
import { UserLockedOutConsumer } from './consumers/user-locked-out.consumer';
import { NotificationsService } from './notifications.service';

/**
 * Worker side: the event consumers that create notifications. They are found by the
 * EventsWorkerModule's processor through `@DomainEventConsumer()`.
 */
@Module({
  providers: [NotificationsService, UserLockedOutConsumer],
})
export class NotificationsConsumersModule {}
