import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  Min,
  ValidateNested,
} from 'class-validator';
import { FormOfExploitation } from '@app/kernel';
import {
  ConsentBasis,
  ConsentScope,
  GivenConsent,
  HandoffAction,
  HandoffDirection,
  HandoffListFilter,
  HandoffListQuery,
  HandoffNeed,
  HandoffStatus,
  HandoffVersionedChange,
  LogHandoffService,
  ProposeHandoff,
  RecordConsent,
  RecordSafeguard,
  RiskLevel,
  Safeguard,
  SendHandoffMessage,
  TransitionHandoff,
  VictimIdentityGiven,
  VictimNeed,
  WithdrawConsent,
} from '@app/handoffs';
import { PageArgs } from '@app/graphql';

@InputType()
export class VictimIdentityInput implements VictimIdentityGiven {
  @Field()
  @Length(1, 200)
  givenNames: string;

  @Field()
  @Length(1, 200)
  familyName: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  dateOfBirth: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code in upper case' })
  nationality: string;

  @Field(() => [String], { description: 'Languages the victim speaks, e.g. ro, ru' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 50, { each: true })
  languages: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  contact?: string | null;
}

@InputType()
export class HandoffNeedInput implements HandoffNeed {
  @Field(() => VictimNeed)
  @IsEnum(VictimNeed)
  need: VictimNeed;

  @Field()
  @Length(1, 2000)
  note: string;
}

@InputType()
export class ConsentInput implements GivenConsent {
  @Field(() => ConsentScope)
  @IsEnum(ConsentScope)
  scope: ConsentScope;

  @Field(() => ConsentBasis, { description: 'VICTIM for an adult; for a minor also the guardian or a best-interest decision' })
  @IsEnum(ConsentBasis)
  basis: ConsentBasis;

  @Field()
  @IsDate()
  givenAt: Date;

  // Informed consent names who explained it and in which language: recorded before anything is sent.
  @Field(() => String, { description: 'Who explained the consent to the victim (name and function)' })
  @MaxLength(200, { message: 'explainedBy must name who explained the consent in 2 to 200 characters' })
  @Matches(/\S[\s\S]*\S/, { message: 'explainedBy must name who explained the consent in 2 to 200 characters' })
  explainedBy: string;

  @Field(() => String, { description: 'The language it was explained in, as a BCP 47 tag (ro, ru, de, uk, ar ...)' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 language tag such as ro or pt-BR' })
  language: string;
}

@InputType()
export class ProposeHandoffInput implements ProposeHandoff {
  @Field(() => ID, { description: 'A victim-support agency of another State' })
  @IsUUID()
  receivingAgencyId: string;

  @Field(() => VictimIdentityInput, { description: 'Encrypted at rest; read only through revealVictimIdentity' })
  @ValidateNested()
  @Type(() => VictimIdentityInput)
  victim: VictimIdentityInput;

  @Field(() => [HandoffNeedInput])
  @ArrayMinSize(1, { message: 'needs must name at least one need' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => HandoffNeedInput)
  needs: HandoffNeedInput[];

  @Field()
  @IsBoolean()
  urgent: boolean;

  @Field(() => FormOfExploitation)
  @IsEnum(FormOfExploitation)
  exploitationForm: FormOfExploitation;

  @Field()
  @IsBoolean()
  minor: boolean;

  @Field({ description: 'When the victim was identified (reasonable grounds); starts the reflection period' })
  @IsDate()
  identifiedAt: Date;

  @Field(() => ConsentInput, { description: 'Without consent no handoff is proposed' })
  @ValidateNested()
  @Type(() => ConsentInput)
  consent: ConsentInput;

  @Field({ description: 'The victim was compelled to commit offences' })
  @IsBoolean()
  nonPunishment: boolean;

  @Field(() => String, { nullable: true, description: 'National reference of a linked case; never required' })
  @IsOptional()
  @Length(1, 100)
  linkedCaseReference?: string | null;
}

/** Every change to an existing handoff names it and the version the caller saw. */
@InputType({ isAbstract: true })
abstract class HandoffChange implements HandoffVersionedChange {
  @Field(() => ID)
  @IsUUID()
  handoffId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class TransitionHandoffInput extends HandoffChange implements TransitionHandoff {
  @Field(() => HandoffAction)
  @IsEnum(HandoffAction)
  action: HandoffAction;

  @Field(() => String, { nullable: true, description: 'Required to decline' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string | null;
}

@InputType()
export class RecordConsentInput extends HandoffChange implements RecordConsent {
  @Field(() => ConsentInput)
  @ValidateNested()
  @Type(() => ConsentInput)
  consent: ConsentInput;
}

@InputType()
export class WithdrawConsentInput extends HandoffChange implements WithdrawConsent {}

@InputType()
export class RecordSafeguardInput extends HandoffChange implements RecordSafeguard {
  @Field(() => Safeguard)
  @IsEnum(Safeguard)
  safeguard: Safeguard;

  @Field(() => RiskLevel, { nullable: true, description: 'Required for RISK_ASSESSMENT' })
  @IsOptional()
  @IsEnum(RiskLevel)
  riskLevel?: RiskLevel | null;
}

@InputType()
export class LogHandoffServiceInput implements LogHandoffService {
  @Field(() => ID)
  @IsUUID()
  handoffId: string;

  @Field(() => VictimNeed, { description: 'One of the handoff’s needs' })
  @IsEnum(VictimNeed)
  need: VictimNeed;

  @Field()
  @IsDate()
  deliveredAt: Date;

  @Field()
  @Length(1, 2000)
  note: string;
}

@InputType()
export class SendHandoffMessageInput implements SendHandoffMessage {
  @Field(() => ID)
  @IsUUID()
  handoffId: string;

  @Field()
  @Length(1, 4000)
  body: string;
}

registerEnumType(HandoffDirection, { name: 'HandoffDirection' });

@InputType()
export class HandoffFilter implements HandoffListFilter {
  @Field(() => HandoffDirection, { nullable: true, description: "Relative to the caller's agency (police and prosecutors: their State)" })
  @IsOptional()
  @IsEnum(HandoffDirection)
  direction?: HandoffDirection | null;

  @Field(() => HandoffStatus, { nullable: true })
  @IsOptional()
  @IsEnum(HandoffStatus)
  status?: HandoffStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only handoffs still PROPOSED after their acceptance deadline' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only the handoffs that name this national case reference' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  caseReference?: string | null;
}

@ArgsType()
export class HandoffsArgs extends PageArgs implements HandoffListQuery {
  @Field(() => HandoffFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HandoffFilter)
  filter?: HandoffFilter | null;
}

@ArgsType()
export class RevealVictimIdentityArgs {
  @Field(() => ID)
  @IsUUID()
  handoffId: string;

  @Field({ description: 'Why the identity is needed; recorded in the audit trail (Directive 2016/680 art. 25)' })
  @Length(10, 500, { message: 'purpose must state the reason in 10 to 500 characters' })
  purpose: string;

  @Field(() => String, {
    nullable: true,
    description: 'A fresh one-time code (TOTP or recovery code), required when the caller has a second factor or their role requires one',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  oneTimeCode?: string | null;
}
