import { FieldProblem, StepRefused } from '@app/kernel';
import { refusalGroundProblems } from './mla-refusal';
import { LegalBasis, MAX_EXTENSION_DAYS, MeasureOutcome, MlaAction, MlaSide, MlaStatus, RefusalGround } from './mla-vocabulary';

/**
 * The lifecycle of an MLA request as a pure function: which side may take which action
 * in which state, what the action needs, and where it leads.
 */
export interface LifecycleState {
  readonly status: MlaStatus;
  /** Where ADDITIONAL_INFO_REQUESTED and POSTPONED return to. */
  readonly resumeStatus: MlaStatus | null;
  /** A PARTIALLY_EXECUTED request closed as it stands is final. */
  readonly closed: boolean;
}

/** What the action brings and what is known about the request besides its state. */
export interface TransitionContext {
  readonly legalBasis: LegalBasis | null;
  readonly now: Date;
  readonly deadlineExtended: boolean;
  readonly consultationRecorded: boolean;
  /** Outcomes of every requested measure after this action (RECORD_OUTCOMES). */
  readonly measureOutcomes: readonly MeasureOutcome[];
  readonly comment?: string | null;
  readonly question?: string | null;
  readonly answer?: string | null;
  readonly reason?: string | null;
  readonly until?: Date | null;
  readonly ground?: RefusalGround | null;
  readonly groundText?: string | null;
  readonly forwardToAgencyId?: string | null;
  readonly extensionDays?: number | null;
}

export type TransitionResult =
  | { readonly ok: true; readonly next: LifecycleState }
  | ({ readonly ok: false } & StepRefused);

// Defined with the vocabulary, which the console imports too (it offers the same bound).
export { MAX_EXTENSION_DAYS };

const S = MlaStatus;
const OPEN_AT_REQUESTED_SIDE = [S.SUBMITTED, S.FORWARDED, S.ACKNOWLEDGED, S.IN_EXECUTION, S.POSTPONED];

interface ActionRule {
  readonly side: MlaSide;
  readonly from: readonly MlaStatus[];
  readonly check?: (ctx: TransitionContext) => FieldProblem[];
  readonly to: (state: LifecycleState, ctx: TransitionContext) => LifecycleState;
}

const at = (status: MlaStatus, resumeStatus: MlaStatus | null = null): LifecycleState => ({ status, resumeStatus, closed: false });
const required = (value: unknown, field: string, problem = 'is required'): FieldProblem[] =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? [{ field, problem }] : [];

const RULES: Readonly<Record<MlaAction, ActionRule>> = {
  [MlaAction.SUBMIT]: { side: MlaSide.REQUESTING, from: [S.DRAFT], to: () => at(S.SUBMITTED) },
  [MlaAction.ACKNOWLEDGE]: { side: MlaSide.REQUESTED, from: [S.SUBMITTED, S.FORWARDED], to: () => at(S.ACKNOWLEDGED) },
  [MlaAction.START_EXECUTION]: { side: MlaSide.REQUESTED, from: [S.ACKNOWLEDGED], to: () => at(S.IN_EXECUTION) },
  [MlaAction.RECORD_OUTCOMES]: {
    side: MlaSide.REQUESTED,
    from: [S.IN_EXECUTION, S.PARTIALLY_EXECUTED],
    to: (_, ctx) => statusFromMeasures(ctx.measureOutcomes),
  },
  [MlaAction.CLOSE]: {
    side: MlaSide.REQUESTED,
    from: [S.PARTIALLY_EXECUTED],
    to: () => ({ status: S.PARTIALLY_EXECUTED, resumeStatus: null, closed: true }),
  },
  [MlaAction.REQUEST_INFO]: {
    side: MlaSide.REQUESTED,
    from: [S.SUBMITTED, S.FORWARDED, S.ACKNOWLEDGED, S.IN_EXECUTION],
    check: (ctx) => required(ctx.question, 'question'),
    to: (state) => at(S.ADDITIONAL_INFO_REQUESTED, state.status),
  },
  [MlaAction.ANSWER]: {
    side: MlaSide.REQUESTING,
    from: [S.ADDITIONAL_INFO_REQUESTED],
    check: (ctx) => required(ctx.answer, 'answer'),
    to: (state) => at(state.resumeStatus ?? S.SUBMITTED),
  },
  [MlaAction.POSTPONE]: {
    side: MlaSide.REQUESTED,
    from: [S.ACKNOWLEDGED, S.IN_EXECUTION],
    check: (ctx) => [
      ...required(ctx.reason, 'reason'),
      ...(ctx.until && ctx.until > ctx.now ? [] : [{ field: 'until', problem: 'a date in the future is required' }]),
    ],
    to: (state) => at(S.POSTPONED, state.status),
  },
  [MlaAction.RESUME]: { side: MlaSide.REQUESTED, from: [S.POSTPONED], to: (state) => at(state.resumeStatus ?? S.ACKNOWLEDGED) },
  [MlaAction.RECORD_CONSULTATION]: {
    side: MlaSide.REQUESTED,
    // Also while measures are still pending: refusing one of them may need the consultation.
    from: [...OPEN_AT_REQUESTED_SIDE, S.PARTIALLY_EXECUTED],
    check: (ctx) => required(ctx.comment, 'comment', 'must say what the consultation concluded'),
    to: (state) => state,
  },
  [MlaAction.REFUSE]: { side: MlaSide.REQUESTED, from: OPEN_AT_REQUESTED_SIDE, check: refusalProblems, to: () => at(S.REFUSED) },
  [MlaAction.WITHDRAW]: {
    side: MlaSide.REQUESTING,
    from: [S.DRAFT, S.SUBMITTED, S.FORWARDED, S.ACKNOWLEDGED, S.IN_EXECUTION, S.PARTIALLY_EXECUTED, S.ADDITIONAL_INFO_REQUESTED, S.POSTPONED],
    to: () => at(S.WITHDRAWN),
  },
  [MlaAction.FORWARD]: {
    side: MlaSide.REQUESTED,
    from: [S.SUBMITTED, S.FORWARDED, S.ACKNOWLEDGED],
    check: (ctx) => required(ctx.forwardToAgencyId, 'forwardToAgencyId'),
    to: () => at(S.FORWARDED),
  },
  [MlaAction.EXTEND_DEADLINE]: {
    side: MlaSide.REQUESTED,
    from: [S.SUBMITTED, S.FORWARDED, S.ACKNOWLEDGED],
    check: (ctx) => {
      const max = MAX_EXTENSION_DAYS(ctx.legalBasis);
      const days = ctx.extensionDays;
      return [
        ...(ctx.deadlineExtended ? [{ field: 'extensionDays', problem: 'the decision deadline was already extended once' }] : []),
        ...(days && Number.isInteger(days) && days >= 1 && days <= max
          ? []
          : [{ field: 'extensionDays', problem: `must be between 1 and ${max} days` }]),
        ...required(ctx.reason, 'reason'),
      ];
    },
    to: (state) => state,
  },
};

function refusalProblems(ctx: TransitionContext): FieldProblem[] {
  return [
    ...required(ctx.reason, 'reason', 'the reasons for the refusal are mandatory'),
    ...refusalGroundProblems(ctx.ground, ctx.groundText, ctx, { ground: 'ground', text: 'groundText' }),
  ];
}

/**
 * The status that follows from the outcome of each requested measure: all executed →
 * EXECUTED; some decided, some pending → PARTIALLY_EXECUTED (open); none pending but not
 * all executed → PARTIALLY_EXECUTED closed as it stands; nothing decided → IN_EXECUTION.
 */
export function statusFromMeasures(outcomes: readonly MeasureOutcome[]): LifecycleState {
  const pending = outcomes.filter((o) => o === MeasureOutcome.PENDING).length;
  if (outcomes.length > 0 && outcomes.every((o) => o === MeasureOutcome.EXECUTED)) return at(S.EXECUTED);
  if (pending === outcomes.length) return at(S.IN_EXECUTION);
  return { status: S.PARTIALLY_EXECUTED, resumeStatus: null, closed: pending === 0 };
}

export function isFinal(state: LifecycleState): boolean {
  return [S.EXECUTED, S.REFUSED, S.WITHDRAWN].includes(state.status) || (state.status === S.PARTIALLY_EXECUTED && state.closed);
}

/**
 * The actions `side` may take in `state`: those the table allows it there (an extension
 * only while the deadline was never extended). What each action needs is checked when it
 * is taken; this list tells a client which steps to offer at all.
 */
export function availableActions(state: LifecycleState, side: MlaSide, facts: { readonly deadlineExtended: boolean }): MlaAction[] {
  if (isFinal(state)) return [];
  return (Object.keys(RULES) as MlaAction[]).filter(
    (action) =>
      RULES[action].side === side &&
      RULES[action].from.includes(state.status) &&
      !(action === MlaAction.EXTEND_DEADLINE && facts.deadlineExtended),
  );
}

/** The side that may take an action. */
export const sideOf = (action: MlaAction): MlaSide => RULES[action].side;

/**
 * The comment the history keeps for a step: the step's own text (a question, an answer, a
 * reason) and then the free comment, each when given, so that sending both drops neither.
 */
export function stepComment(ctx: Pick<TransitionContext, 'question' | 'answer' | 'reason' | 'comment'>): string | null {
  const texts = [ctx.question, ctx.answer, ctx.reason, ctx.comment].filter((text): text is string => !!text?.trim());
  return texts.length ? texts.join('\n\n') : null;
}

export function transition(state: LifecycleState, action: MlaAction, side: MlaSide, ctx: TransitionContext): TransitionResult {
  const rule = RULES[action];
  if (rule.side !== side) {
    return { ok: false, refusal: 'WRONG_SIDE', problems: [{ field: 'action', problem: `${action} is for the ${rule.side.toLowerCase()} side` }] };
  }
  if (!rule.from.includes(state.status) || isFinal(state)) {
    const current = state.closed ? `${state.status} (closed)` : state.status;
    return { ok: false, refusal: 'STATE', problems: [{ field: 'action', problem: `${action} is not possible in state ${current}` }] };
  }
  const problems = rule.check?.(ctx) ?? [];
  if (problems.length) return { ok: false, refusal: 'INPUT', problems };
  return { ok: true, next: rule.to(state, ctx) };
}
