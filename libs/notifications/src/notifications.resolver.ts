import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx } from '@app/platform';
import { Notification, NotificationConnection } from './dto/notification.type';
import { NotificationsArgs } from './dto/notifications.args';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  notifications(@Ctx() ctx: AuthenticatedContext, @Args() args: NotificationsArgs) {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Int, { description: 'Marks own notifications read; returns how many changed.' })
  markNotificationsRead(@Ctx() ctx: AuthenticatedContext, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.service.markRead(ctx, ids);
  }
}
