export * from './notification-kind';
export * from './notifications.service';
export * from './dto/notification.type';
export * from './dto/notifications.args';
export * from './notifications.resolver';
export * from './notifications.module';
export * from './consumers/user-locked-out.consumer';
export * from './notifications-consumers.module';
