import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationsResolver } from './notifications.resolver';

/** The signed-in user's notifications and mail preferences over GraphQL. */
@Module({
  imports: [NotificationsModule],
  providers: [NotificationsResolver, NotificationPreferencesResolver],
})
export class NotificationsGatewayModule {}
