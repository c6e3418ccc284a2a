import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsLive } from './notifications-live';
import { NotificationsService } from './notifications.service';

/** Gateway side: the signed-in user's notifications over GraphQL. */
@Module({
  providers: [NotificationsService, NotificationsResolver, NotificationsLive],
  exports: [NotificationsService],
})
export class NotificationsModule {}
