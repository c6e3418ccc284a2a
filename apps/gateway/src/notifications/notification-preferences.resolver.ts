import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx } from '@app/graphql';
import { MailDelivery, MailLanguage, NotificationKind, NotificationPreferencesCommands, NotificationPreferencesQueries } from '@app/notifications';
import { MailDeliveryFailure, NotificationPreference, NotificationPreferences } from './notification-preference.types';

@Resolver(() => NotificationPreferences)
export class NotificationPreferencesResolver {
  constructor(
    private readonly commands: NotificationPreferencesCommands,
    private readonly queries: NotificationPreferencesQueries,
  ) {}

  @Query(() => NotificationPreferences, { description: 'How each kind of notification reaches the signed-in user by e-mail.' })
  myNotificationPreferences(@Ctx() ctx: AuthenticatedContext) {
    return this.queries.mine(ctx);
  }

  @Mutation(() => NotificationPreference, { description: 'Chooses how one kind of notification reaches the signed-in user by e-mail.' })
  setNotificationPreference(
    @Ctx() ctx: AuthenticatedContext,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('delivery', { type: () => MailDelivery }) delivery: MailDelivery,
  ) {
    return this.commands.set(ctx, kind, delivery);
  }

  @Mutation(() => MailLanguage, { description: "The language of the signed-in user's notification mails." })
  setMailLanguage(@Ctx() ctx: AuthenticatedContext, @Args('language', { type: () => MailLanguage }) language: MailLanguage) {
    return this.commands.setLanguage(ctx, language);
  }

  @Query(() => [MailDeliveryFailure], { description: "Agency admins: the notification mails to their agency's users given up on, newest first." })
  mailDeliveryFailures(@Ctx() ctx: AuthenticatedContext, @Args('first', { type: () => Int, nullable: true }) first: number | null) {
    return this.queries.failures(ctx, first);
  }
}
