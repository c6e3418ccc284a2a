import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/platform';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  actorAgencyId: string | null;

  @Field(() => String, { nullable: true })
  actorState: string | null;

  @Field()
  action: string;

  @Field({ description: 'SUCCESS, DENIED or FAILURE' })
  outcome: string;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true, description: 'Stated purpose of a consultation of personal data' })
  purpose: string | null;

  @Field(() => [String], { nullable: true })
  recipients: string[] | null;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel) {}
