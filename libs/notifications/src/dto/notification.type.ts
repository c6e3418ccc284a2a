import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@app/platform';
import { NotificationKind } from '../notification-kind';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({ description: 'An in-app notice for the signed-in user.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'What the notice is about, e.g. "user".' })
  subjectType: string | null;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field()
  createdAt: Date;

  @Field()
  read: boolean;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}
