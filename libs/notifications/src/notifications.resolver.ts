import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx } from '@app/platform';
import { Notification, NotificationConnection } from './dto/notification.type';
import { NotificationsArgs } from './dto/notifications.args';
import { NotificationsLive } from './notifications-live';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: NotificationsLive,
  ) {}

  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  notifications(@Ctx() ctx: AuthenticatedContext, @Args() args: NotificationsArgs) {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Int, { description: 'Marks own notifications read; returns how many changed.' })
  markNotificationsRead(@Ctx() ctx: AuthenticatedContext, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.service.markRead(ctx, ids);
  }

  @Subscription(() => Notification, {
    description: "Each new notification of the signed-in user, once committed (graphql-ws); after a lost connection, read `notifications` to catch up.",
    resolve: (notification: Notification) => notification,
  })
  notificationAdded(@Ctx() ctx: AuthenticatedContext) {
    return this.live.of(ctx.actor.userId);
  }
}
