import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { NotificationKind, NotificationsQuery, NotificationView } from '@app/notifications';
import { Connection, PageArgs } from '@app/graphql';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({ description: 'An in-app notice for the signed-in user.' })
export class Notification implements NotificationView {
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

@ArgsType()
export class NotificationsArgs extends PageArgs implements NotificationsQuery {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}
