import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyRef, CaseContact, CaseIdentifierView, CaseMatchView, CaseShareView, CaseStatus, CaseView, FormOfExploitation, HandlingCode, IdentifierRole, IdentifierType } from '@app/cases';
import { Connection } from '@app/graphql';

registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(IdentifierType, { name: 'IdentifierType' });
registerEnumType(IdentifierRole, { name: 'IdentifierRole' });
registerEnumType(HandlingCode, {
  name: 'HandlingCode',
  description: 'H0 law enforcement only; H1 not as evidence without permission; H2 no action without permission; H3 other restrictions',
});

/** An identifier of a case, with its normalised value: only ever returned to the owning agency. */
@ObjectType('CaseIdentifier')
export class CaseIdentifierModel implements CaseIdentifierView {
  @Field(() => ID)
  id: string;

  @Field(() => IdentifierType)
  type: IdentifierType;

  @Field({ description: 'Normalised value (E.164, IBAN electronic format, lower-case e-mail, ...)' })
  value: string;

  @Field(() => IdentifierRole)
  role: IdentifierRole;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  addedAt: Date;
}

@ObjectType('Case')
export class CaseModel implements CaseView {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The owning agency' })
  agencyId: string;

  @Field({ description: 'Reference of the national file, unique within the agency' })
  nationalReference: string;

  @Field()
  title: string;

  @Field(() => CaseStatus)
  status: CaseStatus;

  @Field(() => [FormOfExploitation])
  formsOfExploitation: FormOfExploitation[];

  @Field()
  childVictims: boolean;

  @Field()
  organisedCrimeGroup: boolean;

  @Field()
  financialInvestigation: boolean;

  @Field(() => Int, { description: 'Pass it back to updateCase; a stale version answers CONFLICT' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class CaseConnection extends Connection(CaseModel) {}

/** An agency as named to another State: no more than the directory shows. */
@ObjectType('AgencyRef')
export class AgencyRefModel implements AgencyRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  stateCode: string;

  @Field()
  stateName: string;
}

/** Whom to contact about a hit: the officer in charge of the other case. */
@ObjectType('CaseContact')
export class CaseContactModel implements CaseContact {
  @Field()
  displayName: string;

  @Field()
  email: string;
}

/**
 * A hit, seen from one of its two cases: that the other side exists and whom to contact,
 * never the other case's data or either identifier value.
 */
@ObjectType('CaseMatch')
export class CaseMatchModel implements CaseMatchView {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: "The caller's own case" })
  caseId: string;

  @Field({ description: "National reference of the caller's own case" })
  caseReference: string;

  @Field(() => IdentifierType)
  identifierType: IdentifierType;

  @Field(() => AgencyRefModel, { description: 'Agency owning the other case' })
  otherAgency: AgencyRefModel;

  @Field(() => CaseContactModel)
  contact: CaseContactModel;

  @Field()
  foundAt: Date;
}

/** A reference card: what the owner wrote for the recipient, and nothing else of the file. */
@ObjectType('CaseShare')
export class CaseShareModel implements CaseShareView {
  @Field(() => ID)
  id: string;

  @Field()
  summary: string;

  @Field()
  contactPoint: string;

  @Field(() => HandlingCode)
  handlingCode: HandlingCode;

  @Field(() => String, { nullable: true, description: 'The restriction of an H3 card' })
  handlingRestriction: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The hit this card answers (null when it answers none)' })
  matchId: string | null;

  @Field(() => AgencyRefModel)
  ownerAgency: AgencyRefModel;

  @Field(() => AgencyRefModel)
  recipientAgency: AgencyRefModel;

  @Field()
  sharedAt: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only shown to the owner: a revoked card is gone for the recipient' })
  revokedAt: Date | null;
}

@ObjectType()
export class CaseShareConnection extends Connection(CaseShareModel) {}
