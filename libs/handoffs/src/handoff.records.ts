import { HandoffTarget, HandoffView, handoffViewOf } from '@app/access';
import { Actor, AgencyKind, cursorTimestampSql, FormOfExploitation } from '@app/kernel';
import { HandoffFacts, reflectionPeriodEndsAt } from './domain/handoff-lifecycle';
import {
  ConsentBasis,
  ConsentScope,
  HandoffStatus,
  RiskLevel,
  VictimNeed,
} from './domain/handoff.model';
import { HandoffModel, HandoffViewKind } from './dto/handoff.types';

/** The deadline this context sets (DeadlinesService subject type and kind). */
export const HANDOFF_SUBJECT = 'handoff';
export const ACCEPTANCE_DEADLINE = 'acceptance';

/** A handoff row as loaded for reading (never with the sealed identity). */
export interface HandoffRow {
  id: string;
  victim_code: string;
  referring_agency_id: string;
  receiving_agency_id: string;
  referring_state: string;
  receiving_state: string;
  referring_agency_name: string;
  referring_agency_kind: AgencyKind;
  referring_state_name: string;
  receiving_agency_name: string;
  receiving_agency_kind: AgencyKind;
  receiving_state_name: string;
  proposed_by: string;
  status: HandoffStatus;
  urgent: boolean;
  exploitation_form: FormOfExploitation;
  minor: boolean;
  needs: { need: VictimNeed; note: string }[];
  non_punishment: boolean;
  linked_case_reference: string | null;
  identified_at: Date;
  consent_scope: ConsentScope;
  consent_basis: ConsentBasis;
  consent_given_at: Date;
  consent_recorded_by: string;
  consent_withdrawn_at: Date | null;
  consent_explained_by: string | null;
  consent_language: string | null;
  risk_assessed_at: Date | null;
  risk_level: RiskLevel | null;
  guardian_appointed_at: Date | null;
  best_interest_assessed_at: Date | null;
  acceptance_due_at: Date;
  /** Due time of the acceptance deadline while it is still open (DeadlinesService), else null. */
  open_deadline_due_at: Date | null;
  decline_reason: string | null;
  withdrawal_reason: string | null;
  proposed_at: Date;
  accepted_at: Date | null;
  declined_at: Date | null;
  started_at: Date | null;
  completed_at: Date | null;
  withdrawn_at: Date | null;
  version: number;
  /** proposed_at with microseconds, for keyset cursors. */
  cursor_at: string;
}

/** Everything but the sealed identity, with both agencies; callers add WHERE / ORDER BY. */
export const SELECT_HANDOFF = `
  SELECT h.id, h.victim_code, h.referring_agency_id, h.receiving_agency_id, h.referring_state, h.receiving_state,
         ra.name AS referring_agency_name, ra.kind AS referring_agency_kind, rs.name AS referring_state_name,
         ca.name AS receiving_agency_name, ca.kind AS receiving_agency_kind, cs.name AS receiving_state_name,
         h.proposed_by, h.status, h.urgent, h.exploitation_form, h.minor, h.needs, h.non_punishment,
         h.linked_case_reference, h.identified_at, h.consent_scope, h.consent_basis, h.consent_given_at,
         h.consent_recorded_by, h.consent_withdrawn_at, h.consent_explained_by, h.consent_language, h.risk_assessed_at, h.risk_level, h.guardian_appointed_at,
         h.best_interest_assessed_at, COALESCE(d.due_at, h.acceptance_due_at) AS acceptance_due_at,
         d.due_at AS open_deadline_due_at, h.decline_reason, h.withdrawal_reason, h.proposed_at,
         h.accepted_at, h.declined_at, h.started_at, h.completed_at, h.withdrawn_at, h.version,
         ${cursorTimestampSql('h.proposed_at')} AS cursor_at
    FROM handoff h
    JOIN agency ra ON ra.id = h.referring_agency_id
    JOIN state rs ON rs.code = h.referring_state
    JOIN agency ca ON ca.id = h.receiving_agency_id
    JOIN state cs ON cs.code = h.receiving_state
    LEFT JOIN deadline d
      ON d.subject_type = '${HANDOFF_SUBJECT}' AND d.subject_id = h.id::text AND d.kind = '${ACCEPTANCE_DEADLINE}' AND d.stopped_at IS NULL`;

export function targetOf(
  row: Pick<
    HandoffRow,
    | 'referring_agency_id'
    | 'receiving_agency_id'
    | 'referring_state'
    | 'receiving_state'
    | 'consent_scope'
    | 'consent_withdrawn_at'
  >,
): HandoffTarget {
  return {
    referringAgencyId: row.referring_agency_id,
    receivingAgencyId: row.receiving_agency_id,
    referringStateCode: row.referring_state,
    receivingStateCode: row.receiving_state,
    // Withdrawal takes effect at once: without consent in force no scope reaches law enforcement.
    consentScope: row.consent_withdrawn_at ? null : row.consent_scope,
  };
}

export function factsOf(row: HandoffRow): HandoffFacts {
  return {
    status: row.status,
    needs: row.needs.map((n) => n.need),
    minor: row.minor,
    consentInForce: row.consent_withdrawn_at === null,
    riskAssessed: row.risk_assessed_at !== null,
    guardianAppointed: row.guardian_appointed_at !== null,
    bestInterestAssessed: row.best_interest_assessed_at !== null,
    identifiedAt: row.identified_at,
  };
}

/** The caller's view of a row, or null when it may not see it at all. */
export function viewFor(actor: Actor, row: HandoffRow): HandoffView | null {
  return handoffViewOf(actor, targetOf(row));
}

/** Shapes a row for the caller: law enforcement gets status, dates, pseudonym and linked case only. */
export function toModel(row: HandoffRow, view: HandoffView, now: Date, reflectionDays: number): HandoffModel {
  const coordinator = view === 'COORDINATOR';
  const only = <T>(value: T): T | null => (coordinator ? value : null);
  return {
    id: row.id,
    victimCode: row.victim_code,
    view: coordinator ? HandoffViewKind.COORDINATOR : HandoffViewKind.LAW_ENFORCEMENT,
    status: row.status,
    referringAgency: {
      id: row.referring_agency_id,
      name: row.referring_agency_name,
      kind: row.referring_agency_kind,
      state: { code: row.referring_state, name: row.referring_state_name },
    },
    receivingAgency: {
      id: row.receiving_agency_id,
      name: row.receiving_agency_name,
      kind: row.receiving_agency_kind,
      state: { code: row.receiving_state, name: row.receiving_state_name },
    },
    linkedCaseReference: row.linked_case_reference,
    proposedAt: row.proposed_at,
    acceptedAt: row.accepted_at,
    declinedAt: row.declined_at,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    withdrawnAt: row.withdrawn_at,
    acceptanceDueAt: row.acceptance_due_at,
    overdue: row.status === HandoffStatus.PROPOSED && row.open_deadline_due_at !== null && row.open_deadline_due_at <= now,
    version: row.version,
    urgent: only(row.urgent),
    exploitationForm: only(row.exploitation_form),
    minor: only(row.minor),
    needs: only(row.needs),
    nonPunishment: only(row.non_punishment),
    consent: only({
      scope: row.consent_scope,
      basis: row.consent_basis,
      givenAt: row.consent_given_at,
      recordedBy: row.consent_recorded_by,
      withdrawnAt: row.consent_withdrawn_at,
      explainedBy: row.consent_explained_by,
      language: row.consent_language,
    }),
    riskAssessedAt: only(row.risk_assessed_at),
    riskLevel: only(row.risk_level),
    guardianAppointedAt: only(row.guardian_appointed_at),
    bestInterestAssessedAt: only(row.best_interest_assessed_at),
    identifiedAt: only(row.identified_at),
    reflectionPeriodEndsAt: only(reflectionPeriodEndsAt(row.identified_at, reflectionDays)),
    declineReason: only(row.decline_reason),
    withdrawalReason: only(row.withdrawal_reason),
  };
}
