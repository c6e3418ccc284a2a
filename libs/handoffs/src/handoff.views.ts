import type { DocumentFields } from '@app/documents';
import { AgencyKind, FormOfExploitation } from '@app/kernel';
import {
  ConsentBasis,
  ConsentScope,
  HandoffDocumentKind,
  HandoffStatus,
  HandoffViewKind,
  RiskLevel,
  VictimNeed,
} from './domain/handoff.model';

/** What the handoffs context answers; the gateway's GraphQL types implement these. */

/** One of the two agencies of a handoff, with its State, as identity's directory tells it. */
export interface HandoffAgency {
  readonly id: string;
  readonly name: string;
  readonly kind: AgencyKind;
  readonly state: { readonly code: string; readonly name: string };
}

export interface HandoffNeed {
  readonly need: VictimNeed;
  readonly note: string;
}

export interface HandoffConsent {
  readonly scope: ConsentScope;
  readonly basis: ConsentBasis;
  readonly givenAt: Date;
  /** The user who recorded it. */
  readonly recordedBy: string;
  /** Null on consents recorded before it was asked. */
  readonly explainedBy: string | null;
  readonly language: string | null;
  readonly withdrawnAt: Date | null;
}

/**
 * A handoff as the caller sees it: the fields after `version` are the coordinators' only, null
 * for police and prosecutors; the identity is never here (revealVictimIdentity).
 */
export interface Handoff {
  readonly id: string;
  readonly victimCode: string;
  readonly view: HandoffViewKind;
  readonly status: HandoffStatus;
  readonly referringAgency: HandoffAgency;
  readonly receivingAgency: HandoffAgency;
  readonly linkedCaseReference: string | null;
  readonly proposedAt: Date;
  readonly acceptedAt: Date | null;
  readonly declinedAt: Date | null;
  readonly startedAt: Date | null;
  readonly completedAt: Date | null;
  readonly withdrawnAt: Date | null;
  readonly acceptanceDueAt: Date;
  readonly overdue: boolean;
  readonly version: number;
  readonly urgent: boolean | null;
  readonly exploitationForm: FormOfExploitation | null;
  readonly minor: boolean | null;
  readonly needs: readonly HandoffNeed[] | null;
  readonly nonPunishment: boolean | null;
  readonly consent: HandoffConsent | null;
  readonly riskAssessedAt: Date | null;
  readonly riskLevel: RiskLevel | null;
  readonly guardianAppointedAt: Date | null;
  readonly bestInterestAssessedAt: Date | null;
  readonly identifiedAt: Date | null;
  readonly reflectionPeriodEndsAt: Date | null;
  readonly declineReason: string | null;
  readonly withdrawalReason: string | null;
}

/** One reveal of a victim's identity, as the audit trail recorded it. */
export interface IdentityReveal {
  readonly revealedAt: Date;
  /** Who revealed it (display name). */
  readonly revealedBy: string;
  readonly agencyId: string;
  readonly purpose: string;
}

export interface HandoffServiceEntry {
  readonly id: string;
  readonly need: VictimNeed;
  readonly deliveredAt: Date;
  readonly deliveredBy: string;
  readonly note: string;
}

export interface HandoffMessage {
  readonly id: string;
  readonly authorUserId: string;
  readonly authorAgencyId: string;
  readonly body: string;
  readonly sentAt: Date;
}

/** A document on a handoff (coordinators only). */
export interface HandoffDocument extends DocumentFields {
  readonly handoffId: string;
  readonly kind: HandoffDocumentKind;
}

/** Identifying data of a victim, decrypted for one audited reveal. */
export interface VictimIdentity {
  readonly givenNames: string;
  readonly familyName: string;
  /** YYYY-MM-DD */
  readonly dateOfBirth: string;
  /** ISO 3166-1 alpha-2 */
  readonly nationality: string;
  readonly languages: readonly string[];
  readonly contact: string | null;
}

export interface HandoffCount {
  readonly key: string;
  readonly count: number;
}

/** Figures of the caller's agency, as referrer or receiver. */
export interface HandoffStatistics {
  readonly byStatus: readonly HandoffCount[];
  readonly byExploitationForm: readonly HandoffCount[];
  /** Null before the first acceptance. */
  readonly medianHoursToAcceptance: number | null;
}
