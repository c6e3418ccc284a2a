import { isFinal, LifecycleState } from './mla-lifecycle';
import { LegalBasis, MlaStatus } from './mla-vocabulary';

/**
 * Deadlines of an MLA request, pure. Periods in days:
 *
 * | basis           | acknowledgement (from receipt)    | decision (from receipt)    | execution (from the decision) |
 * |-----------------|-----------------------------------|----------------------------|-------------------------------|
 * | EIO             | 7   (Directive annex B, art. 16)  | 30  (art. 12(3))           | 90  (art. 12(4))              |
 * | EIO, urgent     | 1   (cf. art. 32(2): 24 h)        | 3                          | 30  (art. 12(2): "shorter")   |
 * | other bases     | MLA_ACK_DAYS (10)                 | MLA_DECISION_DAYS (45)     | MLA_EXECUTION_DAYS (120)      |
 * | other, urgent   | MLA_URGENT_ACK_DAYS (2)           | MLA_URGENT_DECISION_DAYS (10) | MLA_URGENT_EXECUTION_DAYS (30) |
 *
 * Receipt is the submission, or the latest forward to another agency: the agency holding
 * the request has its own periods (art. 12(3): "after the receipt ... by the competent
 * executing authority").
 *
 * The urgent EIO values are this platform's reading of art. 12(2) ("as short as possible"),
 * not figures of the Directive. The decision deadline may be extended once (art. 12(5)).
 */
export interface DeadlinePeriods {
  readonly acknowledgementDays: number;
  readonly decisionDays: number;
  readonly executionDays: number;
}

/** Configurable periods for the bases that fix none (UNTOC, CoE 1959, treaties, reciprocity). */
export interface DeadlineDefaults {
  readonly normal: DeadlinePeriods;
  readonly urgent: DeadlinePeriods;
}

export const EIO_PERIODS: DeadlinePeriods = { acknowledgementDays: 7, decisionDays: 30, executionDays: 90 };
export const EIO_URGENT_PERIODS: DeadlinePeriods = { acknowledgementDays: 1, decisionDays: 3, executionDays: 30 };

/** The acting side is reminded this long before a deadline (or halfway, for shorter ones). */
export const REMINDER_LEAD_MS = 48 * 3_600_000;
const DAY_MS = 86_400_000;

export enum DeadlineKind {
  ACKNOWLEDGEMENT = 'acknowledgement',
  DECISION = 'decision',
  EXECUTION = 'execution',
}

export function periodsFor(basis: LegalBasis, urgent: boolean, defaults: DeadlineDefaults): DeadlinePeriods {
  if (basis === LegalBasis.EIO_DIRECTIVE) return urgent ? EIO_URGENT_PERIODS : EIO_PERIODS;
  return urgent ? defaults.urgent : defaults.normal;
}

export interface DeadlineDates {
  readonly acknowledgement: Date | null;
  readonly decision: Date | null;
  readonly execution: Date | null;
}

export interface DeadlineInput {
  readonly legalBasis: LegalBasis;
  readonly urgent: boolean;
  /** When the agency holding the request received it: at submission, or at its latest forward. */
  readonly receivedAt: Date | null;
  /** When execution was decided (START_EXECUTION). */
  readonly decidedAt: Date | null;
  readonly extensionDays: number;
}

const plusDays = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/** The due dates that follow from the request's dates; null before their starting event. */
export function computeDeadlines(input: DeadlineInput, defaults: DeadlineDefaults): DeadlineDates {
  const periods = periodsFor(input.legalBasis, input.urgent, defaults);
  const received = input.receivedAt;
  return {
    acknowledgement: received && plusDays(received, periods.acknowledgementDays),
    decision: received && plusDays(received, periods.decisionDays + input.extensionDays),
    execution: input.decidedAt && plusDays(input.decidedAt, periods.executionDays),
  };
}

/**
 * Which deadlines run in a state: the acknowledgement and decision until acknowledged and
 * decided, execution while executing. A request waiting for the requester's answer keeps
 * the deadlines of the state it left; a postponed or final one has none running.
 */
export function runningDeadlines(state: LifecycleState): DeadlineKind[] {
  if (isFinal(state)) return [];
  const status = state.status === MlaStatus.ADDITIONAL_INFO_REQUESTED ? state.resumeStatus : state.status;
  switch (status) {
    case MlaStatus.SUBMITTED:
    case MlaStatus.FORWARDED:
      return [DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.DECISION];
    case MlaStatus.ACKNOWLEDGED:
      return [DeadlineKind.DECISION];
    case MlaStatus.IN_EXECUTION:
    case MlaStatus.PARTIALLY_EXECUTED:
      return [DeadlineKind.EXECUTION];
    default:
      return [];
  }
}

/** When to remind: 48 h before the deadline, or halfway from now for a shorter one. */
export function reminderAt(dueAt: Date, now: Date): Date | null {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return null;
  return new Date(dueAt.getTime() - Math.min(REMINDER_LEAD_MS, left / 2));
}

/** The earliest running deadline (null when none runs): a request is overdue once it has passed. */
export function nextDue(state: LifecycleState, dates: DeadlineDates): Date | null {
  const due = runningDeadlines(state)
    .map((kind) => dates[kind])
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime());
  return due[0] ?? null;
}
