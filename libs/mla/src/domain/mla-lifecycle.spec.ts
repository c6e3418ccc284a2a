import { availableActions, LifecycleState, statusFromMeasures, stepComment, transition, TransitionContext } from './mla-lifecycle';
import { LegalBasis, MeasureOutcome, MlaAction, MlaSide, MlaStatus, RefusalGround } from './mla-vocabulary';

const NOW = new Date('2026-03-01T10:00:00Z');
const S = MlaStatus;
const A = MlaAction;
const REQUESTING = MlaSide.REQUESTING;
const REQUESTED = MlaSide.REQUESTED;

/** A context in which every action's own requirements are met, so only state and side decide. */
const complete: TransitionContext = {
  legalBasis: LegalBasis.EIO_DIRECTIVE,
  now: NOW,
  deadlineExtended: false,
  consultationRecorded: true,
  measureOutcomes: [MeasureOutcome.EXECUTED],
  comment: 'consulted by phone',
  question: 'Which account holder?',
  answer: 'The company',
  reason: 'Bank closed for audit',
  until: new Date('2026-04-01T00:00:00Z'),
  ground: RefusalGround.EIO_11_1_G_DUAL_CRIMINALITY,
  forwardToAgencyId: 'agency-2',
  extensionDays: 30,
};

/** Expected: for each action, its side and the states it leaves → where it leads (null: stays). */
const EXPECTED: Record<MlaAction, { side: MlaSide; from: Partial<Record<MlaStatus, MlaStatus>> }> = {
  [A.SUBMIT]: { side: REQUESTING, from: { DRAFT: S.SUBMITTED } },
  [A.ACKNOWLEDGE]: { side: REQUESTED, from: { SUBMITTED: S.ACKNOWLEDGED, FORWARDED: S.ACKNOWLEDGED } },
  [A.START_EXECUTION]: { side: REQUESTED, from: { ACKNOWLEDGED: S.IN_EXECUTION } },
  [A.RECORD_OUTCOMES]: { side: REQUESTED, from: { IN_EXECUTION: S.EXECUTED, PARTIALLY_EXECUTED: S.EXECUTED } },
  [A.CLOSE]: { side: REQUESTED, from: { PARTIALLY_EXECUTED: S.PARTIALLY_EXECUTED } },
  [A.REQUEST_INFO]: {
    side: REQUESTED,
    from: { SUBMITTED: S.ADDITIONAL_INFO_REQUESTED, FORWARDED: S.ADDITIONAL_INFO_REQUESTED, ACKNOWLEDGED: S.ADDITIONAL_INFO_REQUESTED, IN_EXECUTION: S.ADDITIONAL_INFO_REQUESTED },
  },
  // the resume status of the test state is ACKNOWLEDGED
  [A.ANSWER]: { side: REQUESTING, from: { ADDITIONAL_INFO_REQUESTED: S.ACKNOWLEDGED } },
  [A.POSTPONE]: { side: REQUESTED, from: { ACKNOWLEDGED: S.POSTPONED, IN_EXECUTION: S.POSTPONED } },
  [A.RESUME]: { side: REQUESTED, from: { POSTPONED: S.ACKNOWLEDGED } },
  [A.RECORD_CONSULTATION]: {
    side: REQUESTED,
    from: {
      SUBMITTED: S.SUBMITTED, FORWARDED: S.FORWARDED, ACKNOWLEDGED: S.ACKNOWLEDGED, IN_EXECUTION: S.IN_EXECUTION, POSTPONED: S.POSTPONED,
      PARTIALLY_EXECUTED: S.PARTIALLY_EXECUTED,
    },
  },
  [A.REFUSE]: {
    side: REQUESTED,
    from: { SUBMITTED: S.REFUSED, FORWARDED: S.REFUSED, ACKNOWLEDGED: S.REFUSED, IN_EXECUTION: S.REFUSED, POSTPONED: S.REFUSED },
  },
  [A.WITHDRAW]: {
    side: REQUESTING,
    from: {
      DRAFT: S.WITHDRAWN, SUBMITTED: S.WITHDRAWN, FORWARDED: S.WITHDRAWN, ACKNOWLEDGED: S.WITHDRAWN, IN_EXECUTION: S.WITHDRAWN,
      PARTIALLY_EXECUTED: S.WITHDRAWN, ADDITIONAL_INFO_REQUESTED: S.WITHDRAWN, POSTPONED: S.WITHDRAWN,
    },
  },
  [A.FORWARD]: { side: REQUESTED, from: { SUBMITTED: S.FORWARDED, FORWARDED: S.FORWARDED, ACKNOWLEDGED: S.FORWARDED } },
  [A.EXTEND_DEADLINE]: { side: REQUESTED, from: { SUBMITTED: S.SUBMITTED, FORWARDED: S.FORWARDED, ACKNOWLEDGED: S.ACKNOWLEDGED } },
};

const stateOf = (status: MlaStatus): LifecycleState => ({ status, resumeStatus: S.ACKNOWLEDGED, closed: false });

const triples = Object.values(MlaStatus).flatMap((status) =>
  Object.values(MlaAction).flatMap((action) =>
    Object.values(MlaSide).map((side) => {
      const rule = EXPECTED[action];
      const to = rule.from[status];
      const outcome = rule.side !== side ? 'WRONG_SIDE' : to ? `→ ${to}` : 'STATE';
      return [status, action, side, outcome] as const;
    }),
  ),
);

describe('MLA lifecycle: every (state, action, side)', () => {
  it.each(triples)('%s + %s by %s side: %s', (status, action, side, outcome) => {
    const result = transition(stateOf(status), action, side, complete);
    const got = result.ok ? `→ ${result.next.status}` : result.refusal;
    expect(got).toBe(outcome);
    if (!result.ok && result.refusal === 'STATE') expect(result.problems[0].problem).toContain(status);
  });
});

describe('the actions a side may take', () => {
  // Exactly those the table lets through: offered ⇔ the transition is not refused for state or side.
  it.each(Object.values(MlaStatus).flatMap((status) => Object.values(MlaSide).map((side) => [status, side] as const)))(
    'in %s for the %s side: those the lifecycle accepts',
    (status, side) => {
      const accepted = Object.values(MlaAction).filter((action) => EXPECTED[action].side === side && EXPECTED[action].from[status]);
      expect(availableActions(stateOf(status), side, { deadlineExtended: false })).toEqual(accepted);
    },
  );

  it('offers no second extension and nothing on a final request', () => {
    expect(availableActions(stateOf(S.ACKNOWLEDGED), REQUESTED, { deadlineExtended: true })).not.toContain(A.EXTEND_DEADLINE);
    const closed: LifecycleState = { status: S.PARTIALLY_EXECUTED, resumeStatus: null, closed: true };
    expect(availableActions(closed, REQUESTED, { deadlineExtended: false })).toEqual([]);
    expect(availableActions(closed, REQUESTING, { deadlineExtended: false })).toEqual([]);
  });
});

describe('MLA lifecycle details', () => {
  const refuse = (ctx: Partial<TransitionContext>) => transition(stateOf(S.ACKNOWLEDGED), A.REFUSE, REQUESTED, { ...complete, ...ctx });
  const problems = (result: ReturnType<typeof transition>) => (result.ok ? [] : result.problems.map((p) => p.field));

  it('sends info and postponement back to the state they left', () => {
    const asked = transition(stateOf(S.IN_EXECUTION), A.REQUEST_INFO, REQUESTED, complete);
    expect(asked).toMatchObject({ ok: true, next: { status: S.ADDITIONAL_INFO_REQUESTED, resumeStatus: S.IN_EXECUTION } });
    if (!asked.ok) return;
    expect(transition(asked.next, A.ANSWER, REQUESTING, complete)).toMatchObject({ next: { status: S.IN_EXECUTION } });
  });

  it.each([
    ['no reasons', { reason: '' }, ['reason']],
    ['no ground', { ground: null }, ['ground']],
    ['a UNTOC ground on an EIO', { ground: RefusalGround.UNTOC_18_21_A_NOT_IN_CONFORMITY }, ['ground']],
    ['EIO (b) without consultation', { ground: RefusalGround.EIO_11_1_B_NATIONAL_SECURITY, consultationRecorded: false }, ['ground']],
    ['EIO (g) needs no consultation', { ground: RefusalGround.EIO_11_1_G_DUAL_CRIMINALITY, consultationRecorded: false }, []],
    ['OTHER without text', { legalBasis: LegalBasis.RECIPROCITY, ground: RefusalGround.OTHER }, ['groundText']],
    ['OTHER with text', { legalBasis: LegalBasis.RECIPROCITY, ground: RefusalGround.OTHER, groundText: 'x' }, []],
    ['UNTOC ground on UNTOC', { legalBasis: LegalBasis.UNTOC_ART18, ground: RefusalGround.UNTOC_18_21_B_ESSENTIAL_INTERESTS }, []],
  ] as const)('refusal with %s', (_, ctx, fields) => {
    expect(problems(refuse(ctx))).toEqual(fields);
  });

  it.each([
    [A.REQUEST_INFO, { question: ' ' }, ['question']],
    [A.POSTPONE, { until: new Date('2026-02-01T00:00:00Z') }, ['until']],
    [A.POSTPONE, { reason: null }, ['reason']],
    [A.EXTEND_DEADLINE, { extensionDays: 31 }, ['extensionDays']],
    [A.EXTEND_DEADLINE, { legalBasis: LegalBasis.UNTOC_ART18, extensionDays: 31 }, []],
    [A.EXTEND_DEADLINE, { deadlineExtended: true }, ['extensionDays']],
    [A.FORWARD, { forwardToAgencyId: null }, ['forwardToAgencyId']],
    [A.RECORD_CONSULTATION, { comment: '' }, ['comment']],
  ] as const)('%s with %o answers problems %o', (action, ctx, fields) => {
    expect(problems(transition(stateOf(S.ACKNOWLEDGED), action, REQUESTED, { ...complete, ...ctx }))).toEqual(fields);
  });

  it('treats a closed partial execution as final', () => {
    const closed: LifecycleState = { status: S.PARTIALLY_EXECUTED, resumeStatus: null, closed: true };
    for (const action of [A.WITHDRAW, A.CLOSE, A.RECORD_OUTCOMES]) {
      const side = action === A.WITHDRAW ? REQUESTING : REQUESTED;
      expect(transition(closed, action, side, complete)).toMatchObject({ ok: false, refusal: 'STATE' });
    }
  });

  const E = MeasureOutcome.EXECUTED;
  const P = MeasureOutcome.PENDING;
  const R = MeasureOutcome.REFUSED;
  const N = MeasureOutcome.NOT_POSSIBLE;
  it.each([
    [[E, E], S.EXECUTED, false],
    [[P, P], S.IN_EXECUTION, false],
    [[E, P], S.PARTIALLY_EXECUTED, false],
    [[R, P], S.PARTIALLY_EXECUTED, false],
    [[E, R], S.PARTIALLY_EXECUTED, true],
    [[N, R], S.PARTIALLY_EXECUTED, true],
  ])('measures %o → %s (closed %s)', (outcomes, status, closed) => {
    expect(statusFromMeasures(outcomes)).toMatchObject({ status, closed });
  });
});

describe('the comment a step leaves in the history', () => {
  it('keeps the step\'s own text and the free comment, in that order', () => {
    expect(stepComment({ answer: 'The holder is V. Rusu.', comment: 'See the attached extract.' })).toBe('The holder is V. Rusu.\n\nSee the attached extract.');
    expect(stepComment({ reason: 'Domestic search first' })).toBe('Domestic search first');
    expect(stepComment({ comment: 'Received by post as well' })).toBe('Received by post as well');
  });

  it('is empty when no text was given, or only blanks', () => {
    expect(stepComment({})).toBeNull();
    expect(stepComment({ question: '  ', comment: null })).toBeNull();
  });
});
