import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { AuditEventFilter } from '@app/audit';
import { AuditChainBreakView, AuditChainStateView, AuditDetailView, AuditEventsQuery, AuditEventView } from '@app/oversight';
import { Connection, PageArgs } from '@app/graphql';

export enum AuditOutcomeFilter {
  SUCCESS = 'SUCCESS',
  DENIED = 'DENIED',
  FAILURE = 'FAILURE',
}
registerEnumType(AuditOutcomeFilter, { name: 'AuditOutcome' });

@ObjectType('AuditDetail', { description: 'One detail of an event, its value as text' })
export class AuditDetailModel implements AuditDetailView {
  @Field()
  key: string;

  @Field(() => String, { nullable: true })
  value: string | null;
}

@ObjectType('AuditEvent')
export class AuditEventModel implements AuditEventView {
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

  @Field(() => String, { nullable: true, description: 'The State the target belongs to, when known' })
  targetState: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true, description: 'Stated purpose of a consultation of personal data' })
  purpose: string | null;

  @Field(() => [String], { nullable: true })
  recipients: string[] | null;

  @Field(() => [AuditDetailModel], { description: 'What else the event recorded (reason of a refusal, ids listed ...)' })
  details: AuditDetailModel[];
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel) {}

const TEXT = 200;

@InputType()
export class AuditEventFilterInput implements AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'The acting user' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. case.read, handoff.reveal-identity, auth.sign-in' })
  @IsOptional()
  @Length(1, TEXT)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. case, mla-request, handoff, user' })
  @IsOptional()
  @Length(1, TEXT)
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, TEXT)
  targetId?: string | null;

  @Field(() => AuditOutcomeFilter, { nullable: true })
  @IsOptional()
  @IsEnum(AuditOutcomeFilter)
  outcome?: AuditOutcomeFilter | null;

  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive' })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Up to this instant, exclusive' })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only consultations and disclosures with a stated purpose' })
  @IsOptional()
  @IsBoolean()
  withPurpose?: boolean | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs implements AuditEventsQuery {
  @Field(() => AuditEventFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilterInput)
  filter?: AuditEventFilterInput | null;
}

@ArgsType()
export class AuditChainStateArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Recompute every link and checkpoint (reads the whole trail)' })
  @IsBoolean()
  verify: boolean;
}

@ObjectType('AuditCheckpoint')
export class AuditCheckpointModel {
  @Field()
  signedAt: Date;

  @Field(() => Int, { description: 'The chain position it seals up to' })
  position: number;

  @Field(() => ID, { nullable: true, description: 'The event sealed at that position' })
  eventId: string | null;

  @Field({ description: "Signed with the platform's key over the head it names" })
  signatureValid: boolean;

  @Field({ description: 'The head it names is the hash the chain holds at its position' })
  matchesChain: boolean;
}

@ObjectType('AuditChainBreak')
export class AuditChainBreakModel implements AuditChainBreakView {
  @Field(() => Int, { nullable: true })
  position: number | null;

  @Field(() => ID, { nullable: true })
  eventId: string | null;

  @Field()
  reason: string;
}

@ObjectType('AuditChainState', { description: 'The state of the tamper-evident chain of the whole trail' })
export class AuditChainStateModel implements AuditChainStateView {
  @Field(() => Int)
  sealedEvents: number;

  @Field(() => Int, { description: 'Recorded, not yet linked into the chain' })
  pendingEvents: number;

  @Field(() => AuditCheckpointModel, { nullable: true })
  latestCheckpoint: AuditCheckpointModel | null;

  @Field({ description: 'Whether the whole chain was recomputed for this answer (verify: true)' })
  verified: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Every link and checkpoint holds; null when not verified' })
  intact: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Checkpoints whose signature and head were verified' })
  checkpointsVerified: number | null;

  @Field(() => AuditChainBreakModel, { nullable: true, description: 'The first broken link, when verified and broken' })
  firstBroken: AuditChainBreakModel | null;
}

@ArgsType()
export class AuditEventArgs {
  // A sequence number, not a UUID (hence not an ID input); anything but an event of the trail answers NOT_FOUND.
  @Field(() => String, { description: 'The id of an AuditEvent' })
  @Length(1, 40)
  id: string;
}
