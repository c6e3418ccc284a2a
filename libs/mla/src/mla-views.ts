import type { DocumentFields } from '@app/documents';
import { DeadlineKind } from './domain/mla-deadlines';
import { Measure } from './domain/mla-measures';
import { LegalBasis, MeasureKind, MeasureOutcome, MlaAction, MlaStatus, RefusalGround } from './domain/mla-vocabulary';

/** What the MLA context answers and takes: plain shapes, which the GraphQL edge's types implement. */

export interface MlaPartyView {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly stateCode: string;
}

export interface MlaDeadlineView {
  readonly kind: DeadlineKind;
  readonly dueAt: Date;
  readonly running: boolean;
  readonly overdue: boolean;
}

export interface MlaRequestView {
  readonly id: string;
  readonly reference: string;
  readonly status: MlaStatus;
  readonly resumeStatus: MlaStatus | null;
  readonly closed: boolean;
  readonly version: number;
  readonly requestingAgencyId: string;
  readonly requestedAgencyId: string;
  readonly requesting: MlaPartyView;
  readonly requested: MlaPartyView;
  readonly caseId: string | null;
  readonly legalBasis: LegalBasis | null;
  readonly treatyName: string | null;
  readonly measures: Measure[];
  readonly factsSummary: string | null;
  readonly offences: string[];
  readonly personsConcerned: string | null;
  readonly urgent: boolean;
  readonly urgencyReason: string | null;
  readonly confidential: boolean;
  readonly language: string | null;
  readonly infoQuestion: string | null;
  readonly postponedReason: string | null;
  readonly postponedUntil: Date | null;
  readonly refusalGround: RefusalGround | null;
  readonly refusalGroundText: string | null;
  readonly refusalReasons: string | null;
  readonly extensionDays: number;
  readonly extensionReason: string | null;
  readonly submittedAt: Date | null;
  readonly receivedAt: Date | null;
  readonly acknowledgedAt: Date | null;
  readonly decidedAt: Date | null;
  readonly executedAt: Date | null;
  readonly deadlines: MlaDeadlineView[];
  readonly overdue: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface MlaHistoryEntryView {
  readonly action: string;
  readonly fromStatus: MlaStatus | null;
  readonly toStatus: MlaStatus;
  readonly actorUserId: string | null;
  readonly actorAgencyId: string;
  readonly at: Date;
  readonly comment: string | null;
}

export interface MlaMessageView {
  readonly id: string;
  readonly authorUserId: string;
  readonly authorAgencyId: string;
  readonly body: string;
  readonly createdAt: Date;
}

export interface MlaStatisticsView {
  readonly byStatus: { readonly status: MlaStatus; readonly count: number }[];
  readonly overdue: number;
  readonly medianDaysToAcknowledge: number | null;
  readonly medianDaysToExecute: number | null;
}

/** What a draft holds; everything may be completed later, and is checked at submission. */
export interface MlaDraftContent {
  readonly caseId?: string | null;
  readonly legalBasis?: LegalBasis | null;
  readonly treatyName?: string | null;
  readonly measures?: readonly { readonly kind: MeasureKind; readonly details: string }[] | null;
  readonly factsSummary?: string | null;
  readonly offences?: string[] | null;
  readonly personsConcerned?: string | null;
  readonly urgent?: boolean | null;
  readonly urgencyReason?: string | null;
  readonly confidential?: boolean | null;
  readonly language?: string | null;
}

export interface CreateMlaRequest extends MlaDraftContent {
  readonly requestedAgencyId: string;
}

export interface UpdateMlaDraft extends MlaDraftContent {
  readonly id: string;
  readonly expectedVersion: number;
}

export interface MeasureOutcomeCommand {
  readonly measureId: string;
  readonly outcome: MeasureOutcome;
  readonly ground?: RefusalGround | null;
  readonly note?: string | null;
}

/** One step of the lifecycle and what it needs (each action reads its own fields). */
export interface MlaTransition {
  readonly id: string;
  readonly expectedVersion: number;
  readonly action: MlaAction;
  readonly comment?: string | null;
  readonly question?: string | null;
  readonly answer?: string | null;
  readonly reason?: string | null;
  readonly until?: Date | null;
  readonly ground?: RefusalGround | null;
  readonly groundText?: string | null;
  readonly forwardToAgencyId?: string | null;
  readonly extensionDays?: number | null;
  readonly outcomes?: readonly MeasureOutcomeCommand[] | null;
}

export interface PostMlaMessage {
  readonly requestId: string;
  readonly body: string;
}

export enum MlaDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}

export interface MlaRequestsQuery {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly filter?: {
    readonly direction?: MlaDirection | null;
    readonly statuses?: readonly MlaStatus[] | null;
    readonly overdue?: boolean | null;
    readonly caseId?: string | null;
    readonly stateCode?: string | null;
    readonly updatedSince?: Date | null;
  } | null;
}

export interface MlaDocumentView extends DocumentFields {
  readonly requestId: string;
  /** The message it is attached to (null for the request itself). */
  readonly messageId: string | null;
}
