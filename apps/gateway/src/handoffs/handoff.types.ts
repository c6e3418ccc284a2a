import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FormOfExploitation } from '@app/kernel';
import { DocumentFieldsType } from '../graphql/document-fields';
import { Connection } from '@app/graphql';
import {
  ConsentBasis,
  ConsentScope,
  Handoff,
  HandoffAction,
  HandoffConsent,
  HandoffCount,
  HandoffDocument,
  HandoffDocumentKind,
  HandoffMessage,
  HandoffNeed,
  HandoffServiceEntry,
  HandoffStatistics,
  HandoffStatus,
  HandoffViewKind,
  IdentityReveal,
  RiskLevel,
  Safeguard,
  VictimIdentity,
  VictimNeed,
} from '@app/handoffs';
import { AgencyModel } from '../identity/identity.types';

registerEnumType(HandoffStatus, { name: 'HandoffStatus' });
registerEnumType(HandoffAction, { name: 'HandoffAction' });
registerEnumType(ConsentScope, { name: 'ConsentScope' });
registerEnumType(ConsentBasis, { name: 'ConsentBasis' });
registerEnumType(VictimNeed, { name: 'VictimNeed' });
registerEnumType(Safeguard, { name: 'HandoffSafeguard' });
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(HandoffDocumentKind, { name: 'HandoffDocumentKind' });
registerEnumType(HandoffViewKind, { name: 'HandoffViewKind' });

@ObjectType('HandoffNeed')
export class HandoffNeedModel implements HandoffNeed {
  @Field(() => VictimNeed)
  need: VictimNeed;

  @Field()
  note: string;
}

@ObjectType('HandoffConsent')
export class HandoffConsentModel implements HandoffConsent {
  @Field(() => ConsentScope)
  scope: ConsentScope;

  @Field(() => ConsentBasis)
  basis: ConsentBasis;

  @Field()
  givenAt: Date;

  @Field(() => ID, { description: 'The user who recorded it' })
  recordedBy: string;

  @Field(() => String, { nullable: true, description: 'Who explained it to the victim (name and function); null on consents recorded before it was asked' })
  explainedBy: string | null;

  @Field(() => String, { nullable: true, description: 'The language it was explained in (BCP 47, e.g. ro, ru, de); null on consents recorded before it was asked' })
  language: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the consent was withdrawn; takes effect at once' })
  withdrawnAt: Date | null;
}

@ObjectType('IdentityReveal', { description: 'One reveal of a victim\'s identity, as the audit trail recorded it' })
export class IdentityRevealModel implements IdentityReveal {
  @Field()
  revealedAt: Date;

  @Field({ description: 'Who revealed it' })
  revealedBy: string;

  @Field(() => ID, { description: "The revealing user's agency (one of the handoff's two)" })
  agencyId: string;

  @Field({ description: 'The purpose stated for the reveal' })
  purpose: string;
}

@ObjectType('HandoffServiceEntry')
export class HandoffServiceModel implements HandoffServiceEntry {
  @Field(() => ID)
  id: string;

  @Field(() => VictimNeed)
  need: VictimNeed;

  @Field()
  deliveredAt: Date;

  @Field(() => ID)
  deliveredBy: string;

  @Field()
  note: string;
}

@ObjectType('HandoffMessage')
export class HandoffMessageModel implements HandoffMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  authorUserId: string;

  @Field(() => ID)
  authorAgencyId: string;

  @Field()
  body: string;

  @Field()
  sentAt: Date;
}

@ObjectType('HandoffDocument', {
  description: 'Coordinators only. Download: GET /handoffs/{handoffId}/documents/{id} with the bearer token',
})
export class HandoffDocumentModel extends DocumentFieldsType implements HandoffDocument {
  @Field(() => ID)
  handoffId: string;

  @Field(() => HandoffDocumentKind)
  kind: HandoffDocumentKind;
}

@ObjectType('Handoff', {
  description:
    'A transnational victim referral. Fields marked "coordinators only" are null for police and prosecutors; the identity is never here (revealVictimIdentity).',
})
export class HandoffModel implements Handoff {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Pseudonym of the victim, e.g. V-DE-7F3K9Q' })
  victimCode: string;

  @Field(() => HandoffViewKind, { description: 'How much of the handoff the caller sees' })
  view: HandoffViewKind;

  @Field(() => HandoffStatus)
  status: HandoffStatus;

  @Field(() => AgencyModel)
  referringAgency: AgencyModel;

  @Field(() => AgencyModel)
  receivingAgency: AgencyModel;

  @Field(() => String, { nullable: true })
  linkedCaseReference: string | null;

  @Field()
  proposedAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  declinedAt: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field({ description: '72 hours after the proposal, 24 when urgent' })
  acceptanceDueAt: Date;

  @Field({ description: 'Still PROPOSED after acceptanceDueAt' })
  overdue: boolean;

  @Field(() => Int, { description: 'Give back as expectedVersion when changing the handoff' })
  version: number;

  @Field(() => Boolean, { nullable: true, description: 'Coordinators only' })
  urgent: boolean | null;

  @Field(() => FormOfExploitation, { nullable: true, description: 'Coordinators only' })
  exploitationForm: FormOfExploitation | null;

  @Field(() => Boolean, { nullable: true, description: 'Coordinators only' })
  minor: boolean | null;

  @Field(() => [HandoffNeedModel], { nullable: true, description: 'Coordinators only' })
  needs: HandoffNeedModel[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Coordinators only: the victim was compelled to commit offences' })
  nonPunishment: boolean | null;

  @Field(() => HandoffConsentModel, { nullable: true, description: 'Coordinators only' })
  consent: HandoffConsentModel | null;

  @Field(() => Date, { nullable: true, description: 'Coordinators only' })
  riskAssessedAt: Date | null;

  @Field(() => RiskLevel, { nullable: true, description: 'Coordinators only' })
  riskLevel: RiskLevel | null;

  @Field(() => Date, { nullable: true, description: 'Coordinators only' })
  guardianAppointedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Coordinators only' })
  bestInterestAssessedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Coordinators only: date of identification (reasonable grounds)' })
  identifiedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Coordinators only: end of the reflection and recovery period (CETS 197 art. 13)' })
  reflectionPeriodEndsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Coordinators only' })
  declineReason: string | null;

  @Field(() => String, { nullable: true, description: 'Coordinators only' })
  withdrawalReason: string | null;
}

@ObjectType()
export class HandoffConnection extends Connection(HandoffModel) {}

@ObjectType('VictimIdentity', { description: 'Identifying data of a victim, decrypted for one audited reveal' })
export class VictimIdentityModel implements VictimIdentity {
  @Field()
  givenNames: string;

  @Field()
  familyName: string;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  nationality: string;

  @Field(() => [String])
  languages: string[];

  @Field(() => String, { nullable: true })
  contact: string | null;
}

@ObjectType('HandoffCount')
export class HandoffCountModel implements HandoffCount {
  @Field()
  key: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('HandoffStatistics', { description: "Figures of the caller's agency, as referrer or receiver" })
export class HandoffStatisticsModel implements HandoffStatistics {
  @Field(() => [HandoffCountModel])
  byStatus: HandoffCountModel[];

  @Field(() => [HandoffCountModel])
  byExploitationForm: HandoffCountModel[];

  @Field(() => Number, { nullable: true, description: 'Median hours from proposal to acceptance; null before the first acceptance' })
  medianHoursToAcceptance: number | null;
}

@ObjectType('HandoffChange', { description: 'A change of a handoff committed; read the handoff for what changed' })
export class HandoffChangeModel {
  @Field(() => ID)
  handoffId: string;
}
