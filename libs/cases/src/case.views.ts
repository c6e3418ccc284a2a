import { CaseStatus, FormOfExploitation, HandlingCode, IdentifierRole, IdentifierType } from './domain/case.enums';

/** What the cases context answers: plain views, which the GraphQL edge's object types implement. */

export interface CaseView {
  readonly id: string;
  /** The owning agency. */
  readonly agencyId: string;
  readonly nationalReference: string;
  readonly title: string;
  readonly status: CaseStatus;
  readonly formsOfExploitation: FormOfExploitation[];
  readonly childVictims: boolean;
  readonly organisedCrimeGroup: boolean;
  readonly financialInvestigation: boolean;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** An identifier of a case, with its normalised value: only ever answered to the owning agency. */
export interface CaseIdentifierView {
  readonly id: string;
  readonly type: IdentifierType;
  readonly value: string;
  readonly role: IdentifierRole;
  readonly note: string | null;
  readonly addedAt: Date;
}

/** An agency as named to another State: no more than the directory shows. */
export interface AgencyRef {
  readonly id: string;
  readonly name: string;
  readonly stateCode: string;
  readonly stateName: string;
}

/** Whom to contact about a hit: the officer in charge of the other case. */
export interface CaseContact {
  readonly displayName: string;
  readonly email: string;
}

/** A hit, seen from one of its two cases: that the other side exists and whom to contact, nothing of the other case. */
export interface CaseMatchView {
  readonly id: string;
  /** The caller's own case, and its national reference. */
  readonly caseId: string;
  readonly caseReference: string;
  readonly identifierType: IdentifierType;
  readonly otherAgency: AgencyRef;
  readonly contact: CaseContact;
  readonly foundAt: Date;
}

/** A reference card: what the owner wrote for the recipient, and nothing else of the file. */
export interface CaseShareView {
  readonly id: string;
  readonly summary: string;
  readonly contactPoint: string;
  readonly handlingCode: HandlingCode;
  readonly handlingRestriction: string | null;
  readonly expiresAt: Date | null;
  readonly matchId: string | null;
  readonly ownerAgency: AgencyRef;
  readonly recipientAgency: AgencyRef;
  readonly sharedAt: Date;
  readonly acknowledgedAt: Date | null;
  readonly revokedAt: Date | null;
}
