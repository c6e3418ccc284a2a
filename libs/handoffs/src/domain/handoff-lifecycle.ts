import { FieldProblem, StepRefused } from '@app/kernel';
import { ConsentBasis, HandoffAction, HandoffSide, HandoffStatus, VictimNeed } from './handoff.model';

/** What the lifecycle rules need to know of a handoff. */
export interface HandoffFacts {
  readonly status: HandoffStatus;
  readonly needs: readonly VictimNeed[];
  readonly minor: boolean;
  /** Consent given and not withdrawn (for a minor: the guardian's agreement or a best-interest decision). */
  readonly consentInForce: boolean;
  readonly riskAssessed: boolean;
  readonly guardianAppointed: boolean;
  readonly bestInterestAssessed: boolean;
  readonly identifiedAt: Date;
}

export interface TransitionInput {
  readonly reason?: string | null;
  readonly now: Date;
  /** Length of the reflection and recovery period (CETS 197 art. 13: at least 30 days). */
  readonly reflectionDays: number;
}

export type TransitionResult =
  | { readonly ok: true; readonly to: HandoffStatus }
  /** WRONG_SIDE: the other agency acts; STATE: not from this status; INPUT: a safeguard or input is missing. */
  | ({ readonly ok: false } & StepRefused);

interface Step {
  readonly from: HandoffStatus;
  readonly action: HandoffAction;
  readonly side: HandoffSide;
  readonly to: HandoffStatus;
}

const { PROPOSED, ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, WITHDRAWN } = HandoffStatus;
const { REFERRING, RECEIVING } = HandoffSide;

/** Only the receiving agency accepts, declines, starts and completes; the referrer may withdraw until completion. */
export const HANDOFF_STEPS: readonly Step[] = [
  { from: PROPOSED, action: HandoffAction.ACCEPT, side: RECEIVING, to: ACCEPTED },
  { from: PROPOSED, action: HandoffAction.DECLINE, side: RECEIVING, to: DECLINED },
  { from: ACCEPTED, action: HandoffAction.START, side: RECEIVING, to: IN_PROGRESS },
  { from: IN_PROGRESS, action: HandoffAction.COMPLETE, side: RECEIVING, to: COMPLETED },
  { from: PROPOSED, action: HandoffAction.WITHDRAW, side: REFERRING, to: WITHDRAWN },
  { from: ACCEPTED, action: HandoffAction.WITHDRAW, side: REFERRING, to: WITHDRAWN },
  { from: IN_PROGRESS, action: HandoffAction.WITHDRAW, side: REFERRING, to: WITHDRAWN },
];

/** The steps the lifecycle opens to one side from a status (what each needs is checked when taken). */
export function actionsOpenTo(status: HandoffStatus, side: HandoffSide): HandoffAction[] {
  return HANDOFF_STEPS.filter((step) => step.from === status && step.side === side).map((step) => step.action);
}

const DAY_MS = 86_400_000;

export function reflectionPeriodEndsAt(identifiedAt: Date, reflectionDays: number): Date {
  return new Date(identifiedAt.getTime() + reflectionDays * DAY_MS);
}

/**
 * Decides a transition. Assistance never depends on cooperation, so no step looks at a case
 * link; the safeguards of the Convention and of child protection do stop a step.
 */
export function transition(
  facts: HandoffFacts,
  action: HandoffAction,
  side: HandoffSide,
  input: TransitionInput,
): TransitionResult {
  const step = HANDOFF_STEPS.find((s) => s.from === facts.status && s.action === action);
  if (!step) {
    return { ok: false, refusal: 'STATE', problems: [{ field: 'action', problem: `cannot ${action} a ${facts.status} handoff` }] };
  }
  if (step.side !== side) {
    return { ok: false, refusal: 'WRONG_SIDE', problems: [{ field: 'action', problem: `only the ${step.side.toLowerCase()} agency may ${action}` }] };
  }
  const problems = safeguardProblems(facts, action, input);
  return problems.length ? { ok: false, refusal: 'INPUT', problems } : { ok: true, to: step.to };
}

function safeguardProblems(facts: HandoffFacts, action: HandoffAction, input: TransitionInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const safeReturn = facts.needs.includes(VictimNeed.SAFE_RETURN);
  if (action === HandoffAction.DECLINE && !input.reason?.trim()) {
    problems.push({ field: 'reason', problem: 'is required to decline a handoff' });
  }
  if ((action === HandoffAction.ACCEPT || action === HandoffAction.START) && !facts.consentInForce) {
    problems.push({ field: 'consent', problem: 'has been withdrawn; record consent again first' });
  }
  if (action === HandoffAction.ACCEPT && safeReturn && !facts.riskAssessed) {
    problems.push({ field: 'riskAssessment', problem: 'must be recorded before a safe return is accepted' });
  }
  if (action === HandoffAction.START) {
    if (facts.minor && !facts.guardianAppointed) {
      problems.push({ field: 'guardian', problem: 'must be appointed before support of a minor starts' });
    }
    if (facts.minor && !facts.bestInterestAssessed) {
      problems.push({ field: 'bestInterestAssessment', problem: 'must be recorded before support of a minor starts' });
    }
    const reflectionEnd = reflectionPeriodEndsAt(facts.identifiedAt, input.reflectionDays);
    if (safeReturn && input.now < reflectionEnd) {
      problems.push({ field: 'reflectionPeriod', problem: `runs until ${reflectionEnd.toISOString()}; a safe return cannot start before` });
    }
  }
  return problems;
}

/**
 * Still PROPOSED after the acceptance deadline. The deadline is armed with the handoff's own
 * due time and stopped exactly when the handoff leaves PROPOSED, so these two facts tell what
 * the sweeper's deadline does.
 */
export function isAcceptanceOverdue(status: HandoffStatus, acceptanceDueAt: Date, now: Date): boolean {
  return status === PROPOSED && acceptanceDueAt <= now;
}

/** 72 hours to accept, 24 when urgent; the reminder comes a third of the way before. */
export function acceptanceDeadline(proposedAt: Date, urgent: boolean): { dueAt: Date; remindAt: Date } {
  const hours = urgent ? 24 : 72;
  const dueAt = new Date(proposedAt.getTime() + hours * 3_600_000);
  return { dueAt, remindAt: new Date(dueAt.getTime() - (hours / 3) * 3_600_000) };
}

/**
 * Who may consent to a proposal: an adult victim themself; for a minor the guardian's
 * agreement or a best-interest decision stands in (or the minor's own consent).
 */
export function consentProblems(minor: boolean, basis: ConsentBasis): FieldProblem[] {
  if (!minor && basis !== ConsentBasis.VICTIM) {
    return [{ field: 'consent.basis', problem: 'only a minor’s consent may rest on a guardian or a best-interest decision' }];
  }
  return [];
}
