import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { NotificationsCommands, NotificationsLive, NotificationsQueries } from '@app/notifications';
import { connectionOf, Ctx } from '@app/graphql';
import { Notification, NotificationConnection, NotificationsArgs } from './notification.types';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly queries: NotificationsQueries,
    private readonly commands: NotificationsCommands,
    private readonly live: NotificationsLive,
  ) {}

  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  async notifications(@Ctx() ctx: AuthenticatedContext, @Args() args: NotificationsArgs) {
    return connectionOf(await this.queries.list(ctx, args));
  }

  @Mutation(() => Int, { description: 'Marks own notifications read; returns how many changed.' })
  markNotificationsRead(@Ctx() ctx: AuthenticatedContext, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.commands.markRead(ctx, ids);
  }

  @Subscription(() => Notification, {
    description: "Each new notification of the signed-in user, once committed (graphql-ws); after a lost connection, read `notifications` to catch up.",
    resolve: (notification: Notification) => notification,
  })
  notificationAdded(@Ctx() ctx: AuthenticatedContext) {
    return this.live.of(ctx.actor.userId);
  }
}
