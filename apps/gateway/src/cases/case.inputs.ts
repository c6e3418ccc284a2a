import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
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
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CaseEdit, CaseFilter, CaseListRequest, CaseStatus, FormOfExploitation, HandlingCode, IdentifierRole, IdentifierType, NewCase, NewIdentifier, NewReferenceCard } from '@app/cases';
import { PageArgs } from '@app/graphql';

const FORMS = Object.values(FormOfExploitation).length;

@InputType()
export class CreateCaseInput implements NewCase {
  @Field({ description: 'Reference of the national file, unique within the agency' })
  @Length(1, 100)
  nationalReference: string;

  @Field()
  @Length(1, 300)
  title: string;

  @Field(() => CaseStatus, { nullable: true, description: 'Defaults to OPEN' })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;

  @Field(() => [FormOfExploitation])
  @ArrayMinSize(1, { message: 'formsOfExploitation must name at least one form of exploitation' })
  @ArrayMaxSize(FORMS)
  @IsEnum(FormOfExploitation, { each: true })
  formsOfExploitation: FormOfExploitation[];

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  childVictims?: boolean;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  organisedCrimeGroup?: boolean;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  financialInvestigation?: boolean;
}

/** Fields left out keep their value. */
@InputType()
export class UpdateCaseInput implements CaseEdit {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read; a stale one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  nationalReference?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  title?: string;

  @Field(() => CaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;

  @Field(() => [FormOfExploitation], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'formsOfExploitation must name at least one form of exploitation' })
  @ArrayMaxSize(FORMS)
  @IsEnum(FormOfExploitation, { each: true })
  formsOfExploitation?: FormOfExploitation[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  childVictims?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  organisedCrimeGroup?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  financialInvestigation?: boolean;
}

@InputType()
export class AddIdentifierInput implements NewIdentifier {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => IdentifierType)
  @IsEnum(IdentifierType)
  type: IdentifierType;

  @Field({ description: 'As written; normalised per type (phone numbers in international format)' })
  @IsString()
  @Length(1, 200)
  value: string;

  @Field(() => IdentifierRole)
  @IsEnum(IdentifierRole)
  role: IdentifierRole;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}

@InputType()
export class CaseFilterInput implements CaseFilter {
  @Field(() => [CaseStatus], { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus, { each: true })
  status?: CaseStatus[];

  @Field(() => FormOfExploitation, { nullable: true })
  @IsOptional()
  @IsEnum(FormOfExploitation)
  formOfExploitation?: FormOfExploitation;

  @Field({ nullable: true, description: 'Part of the national reference or title (case-insensitive)' })
  @IsOptional()
  @Length(1, 100)
  text?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  updatedSince?: Date;
}

@ArgsType()
export class CasesArgs extends PageArgs implements CaseListRequest {
  @Field(() => CaseFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFilterInput)
  filter?: CaseFilterInput;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class RecentMatchesArgs {
  // The range is checked by pageSize(), as for every list.
  @Field(() => Int, { nullable: true, description: 'How many, 1 to 100 (default 20)' })
  @IsOptional()
  @IsInt()
  first?: number | null;
}

@ArgsType()
export class CaseIdArgs {
  @Field(() => ID)
  @IsUUID()
  caseId: string;
}

@InputType()
export class ShareCaseInput implements NewReferenceCard {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => ID, { description: 'An agency of another State' })
  @IsUUID()
  recipientAgencyId: string;

  @Field({ description: 'Written for the recipient; nothing else of the file is shared' })
  @Length(1, 4000)
  summary: string;

  @Field({ description: 'Whom the recipient contacts' })
  @Length(1, 500)
  contactPoint: string;

  @Field(() => HandlingCode)
  @IsEnum(HandlingCode)
  handlingCode: HandlingCode;

  @Field({ nullable: true, description: 'Required with H3' })
  @IsOptional()
  @MaxLength(1000)
  handlingRestriction?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;

  @Field(() => ID, { nullable: true, description: 'The hit this card answers' })
  @IsOptional()
  @IsUUID()
  matchId?: string;
}

@ArgsType()
export class RequestDisclosureArgs {
  @Field(() => ID)
  @IsUUID()
  matchId: string;

  @Field({ description: 'To the other case owner; do not write identifier values here' })
  @Length(1, 2000)
  message: string;
}
