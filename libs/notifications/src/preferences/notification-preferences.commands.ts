import { Injectable } from '@nestjs/common';
import { CommandStep } from '@app/commands';
import { mailLanguageStatement } from '@app/identity';
import { AuthenticatedContext } from '@app/kernel';
import { MailDelivery, MailLanguage } from '../domain/mail-delivery';
import { NotificationKind } from '../notification-kind';
import { NotificationPreferenceView } from '../notification-views';
import { mailPreferences, preferenceStatement } from './mail-preferences';

/**
 * A user's choices of how notifications reach them by e-mail: a delivery per kind and the
 * mails' language, each their own ('notification-preference:set'), through the command step.
 */
@Injectable()
export class NotificationPreferencesCommands {
  constructor(private readonly step: CommandStep) {}

  async set(ctx: AuthenticatedContext, kind: NotificationKind, delivery: MailDelivery): Promise<NotificationPreferenceView> {
    const { userId } = ctx.actor;
    await this.step.change(ctx, mailPreferences, {
      action: 'notification-preference:set',
      id: userId,
      expectedVersion: null,
      decide: () => ({ alongside: [preferenceStatement(userId, kind, delivery)], audit: { action: 'notification-preference.set', details: { kind, delivery } } }),
    });
    return { kind, delivery, chosen: true };
  }

  async setLanguage(ctx: AuthenticatedContext, language: MailLanguage): Promise<MailLanguage> {
    const { userId } = ctx.actor;
    await this.step.change(ctx, mailPreferences, {
      action: 'notification-preference:set',
      id: userId,
      expectedVersion: null,
      decide: () => ({ alongside: [mailLanguageStatement(userId, language)], audit: { action: 'notification-preference.language', details: { language } } }),
    });
    return language;
  }
}
