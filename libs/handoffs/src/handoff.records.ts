import { HandoffTarget, HandoffView, handoffViewOf } from '@app/access';
import { Aggregate } from '@app/commands';
import { queryPrepared } from '@app/database';
import { AgencyFacts } from '@app/identity';
import { Actor, cursorTimestampSql, FormOfExploitation } from '@app/kernel';
import { HandoffFacts, isAcceptanceOverdue, reflectionPeriodEndsAt } from './domain/handoff-lifecycle';
import { ConsentBasis, ConsentScope, HandoffStatus, HandoffViewKind, RiskLevel, VictimNeed } from './domain/handoff.model';
import { Handoff, HandoffAgency } from './handoff.views';

/** The deadline this context sets (DeadlinesService subject type and kind). */
export const HANDOFF_SUBJECT = 'handoff';
export const ACCEPTANCE_DEADLINE = 'acceptance';

/** A handoff row as loaded for reading (never with the sealed identity): the handoff's own columns only. */
export interface HandoffRow {
  id: string;
  victim_code: string;
  referring_agency_id: string;
  receiving_agency_id: string;
  referring_state: string;
  receiving_state: string;
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
  /** Also the due time of the acceptance deadline, set with it and never moved. */
  acceptance_due_at: Date;
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

/** Everything of a handoff `t` but the sealed identity: what reads select and commands return. */
export const HANDOFF_COLUMNS = `t.id, t.victim_code, t.referring_agency_id, t.receiving_agency_id, t.referring_state, t.receiving_state,
         t.proposed_by, t.status, t.urgent, t.exploitation_form, t.minor, t.needs, t.non_punishment,
         t.linked_case_reference, t.identified_at, t.consent_scope, t.consent_basis, t.consent_given_at,
         t.consent_recorded_by, t.consent_withdrawn_at, t.consent_explained_by, t.consent_language, t.risk_assessed_at, t.risk_level,
         t.guardian_appointed_at, t.best_interest_assessed_at, t.acceptance_due_at, t.decline_reason, t.withdrawal_reason, t.proposed_at,
         t.accepted_at, t.declined_at, t.started_at, t.completed_at, t.withdrawn_at, t.version,
         ${cursorTimestampSql('t.proposed_at')} AS cursor_at`;

/** The actions a handoff is loaded for, by the command step or a read of one handoff. */
export type HandoffLoad = 'handoff:read' | 'handoff:update' | 'handoff:documents';

const SELECT_ONE = `SELECT ${HANDOFF_COLUMNS} FROM handoff t WHERE t.id = $1`;

/** The handoff as the command step sees it. */
export const HANDOFFS: Aggregate<HandoffRow, HandoffLoad | 'handoff:propose'> = {
  type: HANDOFF_SUBJECT,
  table: 'handoff',
  returning: HANDOFF_COLUMNS,
  noun: 'the handoff',
  // A clash of two random victim codes: rare enough for the client to retry.
  duplicate: 'victim code already taken; propose again',
  read: async (m, id) => (await queryPrepared<HandoffRow>(m, SELECT_ONE, [id]))[0] ?? null,
  target: (row) => targetOf(row),
  version: (row) => row.version,
};

/** `isAcceptanceOverdue` (the lifecycle) in SQL over a handoff `t`, `now` its parameter's placeholder. */
export const overdueSql = (now: string): string => `(t.status = '${HandoffStatus.PROPOSED}' AND t.acceptance_due_at <= ${now})`;

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
export function toHandoff(row: HandoffRow, view: HandoffView, agencies: ReadonlyMap<string, AgencyFacts>, now: Date, reflectionDays: number): Handoff {
  const coordinator = view === 'COORDINATOR';
  const only = <T>(value: T): T | null => (coordinator ? value : null);
  return {
    id: row.id,
    victimCode: row.victim_code,
    view: coordinator ? HandoffViewKind.COORDINATOR : HandoffViewKind.LAW_ENFORCEMENT,
    status: row.status,
    referringAgency: agencyOf(agencies, row.referring_agency_id),
    receivingAgency: agencyOf(agencies, row.receiving_agency_id),
    linkedCaseReference: row.linked_case_reference,
    proposedAt: row.proposed_at,
    acceptedAt: row.accepted_at,
    declinedAt: row.declined_at,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    withdrawnAt: row.withdrawn_at,
    acceptanceDueAt: row.acceptance_due_at,
    overdue: isAcceptanceOverdue(row.status, row.acceptance_due_at, now),
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

/** The agencies of these rows, as identity exports them. */
export const agencyIdsOf = (rows: readonly HandoffRow[]): string[] => rows.flatMap((row) => [row.referring_agency_id, row.receiving_agency_id]);

function agencyOf(agencies: ReadonlyMap<string, AgencyFacts>, id: string): HandoffAgency {
  const agency = agencies.get(id);
  // The handoff's foreign keys keep its agencies: a missing one is a broken database, not a refusal.
  if (!agency) throw new Error(`agency ${id} of a handoff is not in the directory`);
  return { id, name: agency.name, kind: agency.kind, state: { code: agency.stateCode, name: agency.stateName } };
}
