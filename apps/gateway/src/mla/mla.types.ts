import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DocumentFieldsType } from '../graphql/document-fields';
import { Connection, PageArgs } from '@app/graphql';
import {
  CreateMlaRequest,
  DeadlineKind,
  LegalBasis,
  MeasureKind,
  MeasureOutcome,
  MeasureOutcomeCommand,
  MlaAction,
  MlaDeadlineView,
  MlaDirection,
  MlaDocumentView,
  MlaDraftContent,
  MlaHistoryEntryView,
  MlaMessageView,
  MlaPartyView,
  MlaRequestsQuery,
  MlaRequestView,
  MlaStatisticsView,
  MlaStatus,
  MlaTransition,
  PostMlaMessage,
  RefusalGround,
  UpdateMlaDraft,
} from '@app/mla';

registerEnumType(LegalBasis, { name: 'MlaLegalBasis' });
registerEnumType(MeasureKind, { name: 'MlaMeasureKind' });
registerEnumType(MeasureOutcome, { name: 'MlaMeasureOutcome' });
registerEnumType(MlaStatus, { name: 'MlaStatus' });
registerEnumType(MlaAction, { name: 'MlaAction' });
registerEnumType(RefusalGround, { name: 'MlaRefusalGround' });
registerEnumType(DeadlineKind, { name: 'MlaDeadlineKind' });

registerEnumType(MlaDirection, { name: 'MlaDirection' });

const TEXT = 10_000;

@ObjectType('MlaParty', { description: 'An agency taking part in a request' })
export class MlaPartyModel implements MlaPartyView {
  @Field(() => ID)
  agencyId: string;

  @Field()
  agencyName: string;

  @Field()
  stateCode: string;
}

@ObjectType('MlaMeasure')
export class MlaMeasureModel {
  @Field(() => ID)
  id: string;

  @Field(() => MeasureKind)
  kind: MeasureKind;

  @Field()
  details: string;

  @Field(() => MeasureOutcome)
  outcome: MeasureOutcome;

  @Field(() => RefusalGround, { nullable: true })
  ground: RefusalGround | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('MlaDeadline')
export class MlaDeadlineModel implements MlaDeadlineView {
  @Field(() => DeadlineKind)
  kind: DeadlineKind;

  @Field()
  dueAt: Date;

  @Field({ description: 'Whether the deadline still runs (not met, not suspended)' })
  running: boolean;

  @Field({ description: 'Running and past due' })
  overdue: boolean;
}

@ObjectType('MlaHistoryEntry')
export class MlaHistoryEntryModel implements MlaHistoryEntryView {
  @Field({ description: 'CREATE or an MlaAction' })
  action: string;

  @Field(() => MlaStatus, { nullable: true })
  fromStatus: MlaStatus | null;

  @Field(() => MlaStatus)
  toStatus: MlaStatus;

  @Field(() => ID, { nullable: true, description: 'Empty for a step of the platform (the end of a postponement)' })
  actorUserId: string | null;

  @Field(() => ID)
  actorAgencyId: string;

  @Field()
  at: Date;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType('MlaMessage')
export class MlaMessageModel implements MlaMessageView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  authorUserId: string;

  @Field(() => ID)
  authorAgencyId: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}

@ObjectType('MlaDocument', { description: 'Download: GET /mla-requests/{requestId}/documents/{id} with the bearer token' })
export class MlaDocumentModel extends DocumentFieldsType implements MlaDocumentView {
  @Field(() => ID)
  requestId: string;

  @Field(() => ID, { nullable: true, description: 'The message it is attached to (null for the request itself)' })
  messageId: string | null;
}

@ObjectType('MlaRequest')
export class MlaRequestModel implements Omit<MlaRequestView, 'resumeStatus' | 'requestingAgencyId' | 'requestedAgencyId'> {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Human reference, MLA-<State>-<year>-<6 digits>' })
  reference: string;

  @Field(() => MlaStatus)
  status: MlaStatus;

  @Field({ description: 'A PARTIALLY_EXECUTED request closed as it stands' })
  closed: boolean;

  @Field(() => Int, { description: 'Pass as expectedVersion to change the request' })
  version: number;

  @Field(() => MlaPartyModel)
  requesting: MlaPartyModel;

  @Field(() => MlaPartyModel, { description: 'The agency holding the request (after a forward, the new one)' })
  requested: MlaPartyModel;

  @Field(() => ID, { nullable: true })
  caseId: string | null;

  @Field(() => LegalBasis, { nullable: true })
  legalBasis: LegalBasis | null;

  @Field(() => String, { nullable: true })
  treatyName: string | null;

  @Field(() => [MlaMeasureModel])
  measures: MlaMeasureModel[];

  @Field(() => String, { nullable: true })
  factsSummary: string | null;

  @Field(() => [String])
  offences: string[];

  @Field(() => String, { nullable: true })
  personsConcerned: string | null;

  @Field()
  urgent: boolean;

  @Field(() => String, { nullable: true })
  urgencyReason: string | null;

  @Field()
  confidential: boolean;

  @Field(() => String, { nullable: true })
  language: string | null;

  @Field(() => String, { nullable: true, description: 'The open question while ADDITIONAL_INFO_REQUESTED' })
  infoQuestion: string | null;

  @Field(() => String, { nullable: true })
  postponedReason: string | null;

  @Field(() => Date, { nullable: true })
  postponedUntil: Date | null;

  @Field(() => RefusalGround, { nullable: true })
  refusalGround: RefusalGround | null;

  @Field(() => String, { nullable: true })
  refusalGroundText: string | null;

  @Field(() => String, { nullable: true })
  refusalReasons: string | null;

  @Field(() => Int)
  extensionDays: number;

  @Field(() => String, { nullable: true })
  extensionReason: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the agency holding it received it: at submission, or at its latest forward; the acknowledgement and decision deadlines count from it',
  })
  receivedAt: Date | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true })
  executedAt: Date | null;

  @Field(() => [MlaDeadlineModel])
  deadlines: MlaDeadlineModel[];

  @Field({ description: 'A running deadline has passed' })
  overdue: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class MlaRequestConnection extends Connection(MlaRequestModel) {}

@ObjectType('MlaStatusCount')
export class MlaStatusCountModel {
  @Field(() => MlaStatus)
  status: MlaStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('MlaStatistics', { description: "The caller's agency's requests, incoming and outgoing" })
export class MlaStatisticsModel implements MlaStatisticsView {
  @Field(() => [MlaStatusCountModel])
  byStatus: MlaStatusCountModel[];

  @Field(() => Int)
  overdue: number;

  @Field(() => Float, { nullable: true, description: 'Median days from submission to acknowledgement' })
  medianDaysToAcknowledge: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from submission to execution' })
  medianDaysToExecute: number | null;
}

@InputType('MlaMeasureInput')
export class MeasureInput {
  @Field(() => MeasureKind)
  @IsEnum(MeasureKind)
  kind: MeasureKind;

  @Field({ description: 'What is sought, e.g. the account and period' })
  @IsString()
  @MaxLength(TEXT)
  details: string;
}

/** What a draft holds; everything may be completed later, and is checked at submission. */
@InputType({ isAbstract: true })
export class MlaDraftContentInput implements MlaDraftContent {
  @Field(() => ID, { nullable: true, description: "One of the requesting agency's own cases" })
  @IsOptional()
  @IsUUID()
  caseId?: string | null;

  @Field(() => LegalBasis, { nullable: true })
  @IsOptional()
  @IsEnum(LegalBasis)
  legalBasis?: LegalBasis | null;

  @Field(() => String, { nullable: true, description: 'Required for BILATERAL_TREATY' })
  @IsOptional()
  @MaxLength(500)
  treatyName?: string | null;

  @Field(() => [MeasureInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeasureInput)
  measures?: MeasureInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT)
  factsSummary?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  offences?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT)
  personsConcerned?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required when urgent' })
  @IsOptional()
  @MaxLength(TEXT)
  urgencyReason?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Language of the request, ISO 639-1 (e.g. en, ro)' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code in lower case' })
  language?: string | null;
}

@InputType()
export class CreateMlaRequestInput extends MlaDraftContentInput implements CreateMlaRequest {
  @Field(() => ID, { description: 'A central authority or prosecution service of another State' })
  @IsUUID()
  requestedAgencyId: string;
}

@InputType()
export class UpdateMlaDraftInput extends MlaDraftContentInput implements UpdateMlaDraft {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion: number;
}

@InputType('MlaMeasureOutcomeInput')
export class MeasureOutcomeInput implements MeasureOutcomeCommand {
  @Field(() => ID)
  @IsUUID()
  measureId: string;

  @Field(() => MeasureOutcome)
  @IsEnum(MeasureOutcome)
  outcome: MeasureOutcome;

  @Field(() => RefusalGround, { nullable: true, description: 'Required when REFUSED' })
  @IsOptional()
  @IsEnum(RefusalGround)
  ground?: RefusalGround | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT)
  note?: string | null;
}

@InputType()
export class MlaTransitionInput implements MlaTransition {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion: number;

  @Field(() => MlaAction)
  @IsEnum(MlaAction)
  action: MlaAction;

  @Field(() => String, { nullable: true, description: 'Kept in the history; required for RECORD_CONSULTATION' })
  @IsOptional()
  @MaxLength(TEXT)
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'REQUEST_INFO' })
  @IsOptional()
  @MaxLength(TEXT)
  question?: string | null;

  @Field(() => String, { nullable: true, description: 'ANSWER' })
  @IsOptional()
  @MaxLength(TEXT)
  answer?: string | null;

  @Field(() => String, { nullable: true, description: 'POSTPONE, EXTEND_DEADLINE; the reasons of a REFUSE' })
  @IsOptional()
  @MaxLength(TEXT)
  reason?: string | null;

  @Field(() => Date, { nullable: true, description: 'POSTPONE: until when' })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  until?: Date | null;

  @Field(() => RefusalGround, { nullable: true, description: 'REFUSE: a ground that fits the legal basis' })
  @IsOptional()
  @IsEnum(RefusalGround)
  ground?: RefusalGround | null;

  @Field(() => String, { nullable: true, description: 'REFUSE with ground OTHER' })
  @IsOptional()
  @MaxLength(TEXT)
  groundText?: string | null;

  @Field(() => ID, { nullable: true, description: 'FORWARD: a competent agency of the same State' })
  @IsOptional()
  @IsUUID()
  forwardToAgencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'EXTEND_DEADLINE: days (EIO: at most 30)' })
  @IsOptional()
  @IsInt()
  extensionDays?: number | null;

  @Field(() => [MeasureOutcomeInput], { nullable: true, description: 'RECORD_OUTCOMES' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeasureOutcomeInput)
  outcomes?: MeasureOutcomeInput[] | null;
}

@InputType()
export class PostMlaMessageInput implements PostMlaMessage {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field()
  @Length(1, TEXT)
  body: string;
}

@InputType()
export class MlaRequestFilter {
  @Field(() => MlaDirection, { nullable: true, description: 'Both when omitted' })
  @IsOptional()
  @IsEnum(MlaDirection)
  direction?: MlaDirection | null;

  @Field(() => [MlaStatus], { nullable: true })
  @IsOptional()
  @IsEnum(MlaStatus, { each: true })
  statuses?: MlaStatus[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only the requests linked to this case' })
  @IsOptional()
  @IsUUID()
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: 'The State of the other side' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'stateCode must be an ISO 3166-1 alpha-2 code in upper case' })
  stateCode?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  updatedSince?: Date | null;
}

@ArgsType()
export class MlaRequestsArgs extends PageArgs implements MlaRequestsQuery {
  @Field(() => MlaRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MlaRequestFilter)
  filter?: MlaRequestFilter | null;
}

@ObjectType('MlaRequestChange', { description: 'A change of an MLA request committed; read the request (mlaRequest) for what changed' })
export class MlaRequestChangeModel {
  @Field(() => ID)
  requestId: string;
}
