import { FormOfExploitation } from '@app/kernel';
import { ConsentBasis, ConsentScope, HandoffAction, HandoffDirection, HandoffStatus, RiskLevel, Safeguard, VictimNeed } from './domain/handoff.model';
import { HandoffNeed, VictimIdentity } from './handoff.views';

/** What the handoffs context's commands and its list take; the gateway's GraphQL inputs implement these. */

/** A consent as given: who explained it and in which language are part of it. */
export interface GivenConsent {
  readonly scope: ConsentScope;
  readonly basis: ConsentBasis;
  readonly givenAt: Date;
  readonly explainedBy: string;
  readonly language: string;
}

/** The victim's identity as the referrer gives it (contact optional); sealed before it is written. */
export interface VictimIdentityGiven extends Omit<VictimIdentity, 'contact'> {
  readonly contact?: string | null;
}

export interface ProposeHandoff {
  readonly receivingAgencyId: string;
  readonly victim: VictimIdentityGiven;
  readonly needs: readonly HandoffNeed[];
  readonly urgent: boolean;
  readonly exploitationForm: FormOfExploitation;
  readonly minor: boolean;
  readonly identifiedAt: Date;
  readonly consent: GivenConsent;
  readonly nonPunishment: boolean;
  readonly linkedCaseReference?: string | null;
}

/** A change to an existing handoff names it and the version the caller saw. */
export interface HandoffVersionedChange {
  readonly handoffId: string;
  readonly expectedVersion: number;
}

export interface TransitionHandoff extends HandoffVersionedChange {
  readonly action: HandoffAction;
  readonly reason?: string | null;
}

export interface RecordConsent extends HandoffVersionedChange {
  readonly consent: GivenConsent;
}

export type WithdrawConsent = HandoffVersionedChange;

export interface RecordSafeguard extends HandoffVersionedChange {
  readonly safeguard: Safeguard;
  readonly riskLevel?: RiskLevel | null;
}

export interface LogHandoffService {
  readonly handoffId: string;
  readonly need: VictimNeed;
  readonly deliveredAt: Date;
  readonly note: string;
}

export interface SendHandoffMessage {
  readonly handoffId: string;
  readonly body: string;
}

/** The list's filters, each applied only when given. */
export interface HandoffListFilter {
  readonly direction?: HandoffDirection | null;
  readonly status?: HandoffStatus | null;
  readonly overdue?: boolean | null;
  readonly caseReference?: string | null;
}

export interface HandoffListQuery {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly filter?: HandoffListFilter | null;
}
