import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  MailDelivery,
  MailDeliveryFailureView,
  MailLanguage,
  NotificationKind,
  NotificationPreferencesView,
  NotificationPreferenceView,
} from '@app/notifications';

registerEnumType(MailDelivery, { name: 'MailDelivery', description: 'How a kind of notification reaches its user by e-mail.' });
registerEnumType(MailLanguage, { name: 'MailLanguage', description: 'The language notification mails are written in.' });

@ObjectType({ description: 'How one kind of notification reaches the signed-in user by e-mail.' })
export class NotificationPreference implements NotificationPreferenceView {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => MailDelivery)
  delivery: MailDelivery;

  @Field({ description: 'False while the user keeps the default of the kind.' })
  chosen: boolean;
}

@ObjectType({ description: "The signed-in user's notification mails: a delivery per kind and their language." })
export class NotificationPreferences implements NotificationPreferencesView {
  @Field(() => MailLanguage)
  language: MailLanguage;

  @Field(() => [NotificationPreference])
  kinds: NotificationPreference[];
}

@ObjectType({ description: 'A notification mail given up on after its last attempt. It names what failed, never what the mail said.' })
export class MailDeliveryFailure implements MailDeliveryFailureView {
  @Field(() => ID)
  id: string;

  @Field()
  recipientName: string;

  @Field()
  recipientEmail: string;

  @Field(() => NotificationKind, { nullable: true, description: 'Null for a daily digest.' })
  kind: NotificationKind | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: "The SMTP server's last answer." })
  lastError: string | null;

  @Field()
  failedAt: Date;
}
