import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsLive } from './notifications-live';
import { NotificationsService } from './notifications.service';
import { NotificationPreferencesResolver } from './preferences/notification-preferences.resolver';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';

/** Gateway side: the signed-in user's notifications and mail preferences over GraphQL. */
@Module({
  imports: [AccessModule, AuditModule],
  providers: [NotificationsService, NotificationsResolver, NotificationsLive, NotificationPreferencesService, NotificationPreferencesResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
