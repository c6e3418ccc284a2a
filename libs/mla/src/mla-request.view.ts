import { LifecycleState } from './domain/mla-lifecycle';
import { DeadlineKind, runningDeadlines } from './domain/mla-deadlines';
import { Measure } from './domain/mla-measures';
import { LegalBasis, MlaStatus, RefusalGround } from './domain/mla-vocabulary';
import { MlaRequestModel } from './dto/mla.types';

/** A request as read from PostgreSQL (see REQUEST_SELECT). */
export interface MlaRequestRow {
  id: string;
  reference: string;
  status: MlaStatus;
  resumeStatus: MlaStatus | null;
  closed: boolean;
  version: number;
  requestingAgencyId: string;
  requestingAgencyName: string;
  requestingState: string;
  requestedAgencyId: string;
  requestedAgencyName: string;
  requestedState: string;
  caseId: string | null;
  legalBasis: LegalBasis | null;
  treatyName: string | null;
  measures: Measure[];
  factsSummary: string | null;
  offences: string[];
  personsConcerned: string | null;
  urgent: boolean;
  urgencyReason: string | null;
  confidential: boolean;
  language: string | null;
  infoQuestion: string | null;
  postponedReason: string | null;
  postponedUntil: Date | null;
  refusalGround: RefusalGround | null;
  refusalGroundText: string | null;
  refusalReasons: string | null;
  consultationRecordedAt: Date | null;
  extensionDays: number;
  extensionReason: string | null;
  submittedAt: Date | null;
  acknowledgedAt: Date | null;
  decidedAt: Date | null;
  executedAt: Date | null;
  acknowledgementDueAt: Date | null;
  decisionDueAt: Date | null;
  executionDueAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const REQUEST_COLUMNS = `r.id, r.reference, r.status, r.resume_status AS "resumeStatus", r.closed, r.version,
         r.requesting_agency_id AS "requestingAgencyId", qa.name AS "requestingAgencyName", r.requesting_state AS "requestingState",
         r.requested_agency_id AS "requestedAgencyId", da.name AS "requestedAgencyName", r.requested_state AS "requestedState",
         r.case_id AS "caseId", r.legal_basis AS "legalBasis", r.treaty_name AS "treatyName", r.measures,
         r.facts_summary AS "factsSummary", r.offences, r.persons_concerned AS "personsConcerned", r.urgent,
         r.urgency_reason AS "urgencyReason", r.confidential, r.language, r.info_question AS "infoQuestion",
         r.postponed_reason AS "postponedReason", r.postponed_until AS "postponedUntil", r.refusal_ground AS "refusalGround",
         r.refusal_ground_text AS "refusalGroundText", r.refusal_reasons AS "refusalReasons",
         r.consultation_recorded_at AS "consultationRecordedAt", r.extension_days AS "extensionDays",
         r.extension_reason AS "extensionReason", r.submitted_at AS "submittedAt", r.acknowledged_at AS "acknowledgedAt",
         r.decided_at AS "decidedAt", r.executed_at AS "executedAt", r.acknowledgement_due_at AS "acknowledgementDueAt",
         r.decision_due_at AS "decisionDueAt", r.execution_due_at AS "executionDueAt",
         r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

const REQUEST_FROM = `FROM mla_request r
    JOIN agency qa ON qa.id = r.requesting_agency_id
    JOIN agency da ON da.id = r.requested_agency_id`;

export const REQUEST_SELECT = `SELECT ${REQUEST_COLUMNS} ${REQUEST_FROM}`;

/** REQUEST_SELECT with more columns (e.g. a cursor key). */
export const requestSelectWith = (extraColumns: string) => `SELECT ${REQUEST_COLUMNS}, ${extraColumns} ${REQUEST_FROM}`;

export const lifecycleOf = (row: MlaRequestRow): LifecycleState => ({
  status: row.status,
  resumeStatus: row.resumeStatus,
  closed: row.closed,
});

export function dueDatesOf(row: MlaRequestRow): Record<DeadlineKind, Date | null> {
  return {
    [DeadlineKind.ACKNOWLEDGEMENT]: row.acknowledgementDueAt,
    [DeadlineKind.DECISION]: row.decisionDueAt,
    [DeadlineKind.EXECUTION]: row.executionDueAt,
  };
}

export function toModel(row: MlaRequestRow, now: Date): MlaRequestModel {
  const running = runningDeadlines(lifecycleOf(row));
  const deadlines = Object.entries(dueDatesOf(row))
    .filter((entry): entry is [DeadlineKind, Date] => entry[1] !== null)
    .map(([kind, dueAt]) => {
      const isRunning = running.includes(kind);
      return { kind, dueAt, running: isRunning, overdue: isRunning && dueAt.getTime() <= now.getTime() };
    });
  return {
    ...row,
    requesting: { agencyId: row.requestingAgencyId, agencyName: row.requestingAgencyName, stateCode: row.requestingState },
    requested: { agencyId: row.requestedAgencyId, agencyName: row.requestedAgencyName, stateCode: row.requestedState },
    deadlines,
    overdue: deadlines.some((d) => d.overdue),
  };
}
