import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { NotificationsCommands } from './notifications.commands';
import { NotificationsLive } from './notifications-live';
import { NotificationsQueries } from './notifications.queries';
import { NotificationPreferencesCommands } from './preferences/notification-preferences.commands';
import { NotificationPreferencesQueries } from './preferences/notification-preferences.queries';

/** The signed-in user's notifications (read, marked, pushed live) and mail preferences: what the gateway's resolvers call. */
@Module({
  imports: [AccessModule, AuditModule, CommandsModule],
  providers: [NotificationsQueries, NotificationsCommands, NotificationsLive, NotificationPreferencesQueries, NotificationPreferencesCommands],
  exports: [NotificationsQueries, NotificationsCommands, NotificationsLive, NotificationPreferencesQueries, NotificationPreferencesCommands],
})
export class NotificationsModule {}
