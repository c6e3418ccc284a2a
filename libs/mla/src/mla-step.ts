import { randomUUID } from 'node:crypto';
import { Change, DeadlineChange } from '@app/commands';
import { Statement } from '@app/database';
import { AgencyKind, BadUserInputError, refusalError } from '@app/kernel';
import { missingElements } from './domain/mla-completeness';
import { computeDeadlines, DeadlineDefaults, DeadlineKind, nextDue, reminderAt, runningDeadlines } from './domain/mla-deadlines';
import { LifecycleState, stepComment, transition } from './domain/mla-lifecycle';
import { applyOutcomes, Measure } from './domain/mla-measures';
import { MeasureOutcome, MlaAction, MlaSide, MlaStatus } from './domain/mla-vocabulary';
import { dueDatesOf, lifecycleOf, MlaRequestRow, POSTPONEMENT_END } from './mla-records';
import { MlaDraftContent, MlaTransition } from './mla-views';

type Columns = Record<string, unknown>;

/** Who takes a step: a user of an agency, or the platform acting for one (no user). */
export interface StepActor {
  readonly userId: string | null;
  readonly agencyId: string;
  readonly stateCode: string;
}

/** What a step needs besides the request and the input: when, the configured periods, the kind of the agency holding it. */
export interface StepSetting {
  readonly now: Date;
  readonly deadlineDefaults: DeadlineDefaults;
  readonly requestedAgencyKind: AgencyKind | undefined;
}

/**
 * One step of the lifecycle on a request as read, whose side is settled: the pure rules
 * decide (or refuse), and the change gives the request's new columns, its history row, its
 * audit row, the event that tells the other side, and its deadlines armed or stopped.
 */
export function stepChange(current: MlaRequestRow, input: MlaTransition, side: MlaSide, actor: StepActor, setting: StepSetting): Change {
  const { now } = setting;
  const outcomes =
    input.action === MlaAction.RECORD_OUTCOMES
      ? applyOutcomes(current.measures, input.outcomes ?? [], {
          legalBasis: current.legalBasis,
          consultationRecorded: current.consultationRecordedAt !== null,
        })
      : null;
  const result = transition(lifecycleOf(current), input.action, side, {
    legalBasis: current.legalBasis,
    now,
    deadlineExtended: current.extensionDays > 0,
    consultationRecorded: current.consultationRecordedAt !== null,
    measureOutcomes: (outcomes?.measures ?? current.measures).map((x) => x.outcome),
    comment: input.comment,
    question: input.question,
    answer: input.answer,
    reason: input.reason,
    until: input.until,
    ground: input.ground,
    groundText: input.groundText,
    forwardToAgencyId: input.forwardToAgencyId,
    extensionDays: input.extensionDays,
  });
  if (!result.ok) throw refusalError(result, current.status);
  const problems = [...(outcomes?.problems ?? []), ...(input.action === MlaAction.SUBMIT ? missingElements(current) : [])];
  if (problems.length) throw BadUserInputError.of(problems);
  const changes = actionColumns(input, current, result.next, now, outcomes?.measures ?? null, setting.requestedAgencyKind);
  const deadlines = syncDeadlines(current, { ...current, ...result.next, ...columnsAsRow(changes) }, result.next, setting.deadlineDefaults);
  // The end of a postponement is a deadline too: the worker resumes the request then.
  if (result.next.status === MlaStatus.POSTPONED && input.until) {
    deadlines.changes.push({ kind: POSTPONEMENT_END, dueAt: input.until, remindAt: null });
  } else if (current.status === MlaStatus.POSTPONED) {
    deadlines.changes.push({ kind: POSTPONEMENT_END, stop: true });
  }
  const holder = input.action === MlaAction.FORWARD ? String(input.forwardToAgencyId) : current.requestedAgencyId;
  // A draft withdrawn was never seen by the other side: nobody to tell.
  const unseenDraft = current.status === MlaStatus.DRAFT && input.action === MlaAction.WITHDRAW;
  const notify = unseenDraft ? [] : side === MlaSide.REQUESTING ? [holder] : [current.requestingAgencyId];
  // The other agency is told too when it is not the one that acted: a forward's new holder, a step of the platform's.
  if (input.action === MlaAction.FORWARD || actor.userId === null) notify.push(holder);
  return {
    set: {
      ...changes,
      status: result.next.status,
      resume_status: result.next.resumeStatus,
      closed: result.next.closed,
      ...deadlines.columns,
      updated_at: now,
    },
    alongside: [historyStatement(actor, current.id, input.action, current.status, result.next.status, stepComment(input), now)],
    audit: {
      action: `mla.${input.action.toLowerCase()}`,
      details: { from: current.status, to: result.next.status },
      actor,
    },
    events: [
      {
        type: 'mla.request-transitioned',
        aggregateType: 'mla-request',
        aggregateId: current.id,
        payload: {
          requestId: current.id,
          reference: current.reference,
          action: input.action,
          fromStatus: current.status,
          toStatus: result.next.status,
          actorAgencyId: actor.agencyId,
          notifyAgencyIds: notify,
        },
      },
    ],
    deadlines: deadlines.changes,
  };
}

export function historyStatement(
  actor: StepActor,
  requestId: string,
  action: string,
  from: MlaStatus | null,
  to: MlaStatus,
  comment: string | null,
  at: Date,
): Statement {
  return {
    sql: `INSERT INTO mla_history (request_id, action, from_status, to_status, actor_user_id, actor_agency_id, at, comment)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    params: [requestId, action, from, to, actor.userId, actor.agencyId, at, comment],
  };
}

/**
 * Re-derives the due dates and brings the shared deadline table in line: a deadline that
 * starts running or moves is armed, one that stops running is stopped, the rest is left alone.
 * Gives the request's due-date columns and the deadline changes.
 */
function syncDeadlines(
  before: MlaRequestRow,
  row: MlaRequestRow,
  state: LifecycleState,
  defaults: DeadlineDefaults,
): { columns: Columns; changes: DeadlineChange[] } {
  const changes: DeadlineChange[] = [];
  if (!row.legalBasis) return { columns: {}, changes };
  const dates = computeDeadlines(
    { legalBasis: row.legalBasis, urgent: row.urgent, receivedAt: row.receivedAt, decidedAt: row.decidedAt, extensionDays: row.extensionDays },
    defaults,
  );
  const wasRunning = runningDeadlines(lifecycleOf(before));
  const previous = dueDatesOf(before);
  const running = runningDeadlines(state);
  for (const kind of Object.values(DeadlineKind)) {
    const dueAt = dates[kind];
    if (dueAt && running.includes(kind)) {
      if (wasRunning.includes(kind) && previous[kind]?.getTime() === dueAt.getTime()) continue;
      // Reminders count from the deadline's own start, so re-arming it later keeps the same reminder.
      const start = kind === DeadlineKind.EXECUTION ? row.decidedAt : row.receivedAt;
      changes.push({ kind, dueAt, remindAt: start && reminderAt(dueAt, start) });
    } else if (wasRunning.includes(kind)) {
      changes.push({ kind, stop: true });
    }
  }
  return {
    columns: {
      acknowledgement_due_at: dates.acknowledgement,
      decision_due_at: dates.decision,
      execution_due_at: dates.execution,
      next_due_at: nextDue(state, dates),
    },
    changes,
  };
}

/** The columns a draft's content sets; fields left out of the input keep their value. */
export function contentColumns(input: MlaDraftContent): Columns {
  const columns: Columns = {
    case_id: input.caseId,
    legal_basis: input.legalBasis,
    treaty_name: input.treatyName,
    facts_summary: input.factsSummary,
    offences: input.offences,
    persons_concerned: input.personsConcerned,
    urgent: input.urgent,
    urgency_reason: input.urgencyReason,
    confidential: input.confidential,
    language: input.language,
    measures:
      input.measures &&
      JSON.stringify(
        input.measures.map((x): Measure => ({ id: randomUUID(), kind: x.kind, details: x.details, outcome: MeasureOutcome.PENDING, ground: null, note: null })),
      ),
  };
  // A null for a column that cannot be empty means "leave as it is", like an omitted field.
  return Object.fromEntries(
    Object.entries(columns).filter(([name, value]) => value !== undefined && !(value === null && NOT_NULL_COLUMNS.has(name))),
  );
}

const NOT_NULL_COLUMNS = new Set(['offences', 'urgent', 'confidential', 'measures']);

/** What an action records on the request besides its status. */
function actionColumns(
  input: MlaTransition,
  current: MlaRequestRow,
  next: LifecycleState,
  now: Date,
  measures: Measure[] | null,
  requestedAgencyKind: AgencyKind | undefined,
): Columns {
  switch (input.action) {
    case MlaAction.SUBMIT:
      return { submitted_at: now, received_at: now };
    case MlaAction.ACKNOWLEDGE:
      return { acknowledged_at: current.acknowledgedAt ?? now };
    case MlaAction.START_EXECUTION:
      return { decided_at: now };
    case MlaAction.RECORD_OUTCOMES:
      return { measures: JSON.stringify(measures), ...(next.status === MlaStatus.EXECUTED ? { executed_at: now } : {}) };
    case MlaAction.REQUEST_INFO:
      return { info_question: input.question };
    case MlaAction.ANSWER:
      return { info_question: null };
    case MlaAction.POSTPONE:
      return { postponed_reason: input.reason, postponed_until: input.until };
    case MlaAction.RESUME:
      return { postponed_reason: null, postponed_until: null };
    case MlaAction.RECORD_CONSULTATION:
      return { consultation_recorded_at: now };
    case MlaAction.REFUSE:
      return { refusal_ground: input.ground, refusal_ground_text: input.groundText ?? null, refusal_reasons: input.reason };
    case MlaAction.FORWARD:
      // The new holder starts afresh: its own periods from now, its own one extension, its own consultation.
      return {
        requested_agency_id: input.forwardToAgencyId,
        // A central authority that passes a request on stays involved (it keeps reading it).
        forwarded_by_ids:
          requestedAgencyKind === AgencyKind.CENTRAL_AUTHORITY
            ? [...new Set([...current.forwardedByIds, current.requestedAgencyId])]
            : current.forwardedByIds,
        received_at: now,
        extension_days: 0,
        extension_reason: null,
        consultation_recorded_at: null,
      };
    case MlaAction.EXTEND_DEADLINE:
      return { extension_days: input.extensionDays, extension_reason: input.reason };
    case MlaAction.CLOSE:
    case MlaAction.WITHDRAW:
      return {};
  }
}

/** The row fields the deadline arithmetic reads, as changed by an action. */
function columnsAsRow(columns: Columns): Partial<MlaRequestRow> {
  const pick = <T>(name: string): T | undefined => (name in columns ? (columns[name] as T) : undefined);
  return Object.fromEntries(
    Object.entries({
      receivedAt: pick<Date>('received_at'),
      decidedAt: pick<Date>('decided_at'),
      extensionDays: pick<number>('extension_days'),
    }).filter(([, value]) => value !== undefined),
  );
}
