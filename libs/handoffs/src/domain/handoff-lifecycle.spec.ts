import { acceptanceDeadline, actionsOpenTo, consentProblems, HandoffFacts, isAcceptanceOverdue, reflectionPeriodEndsAt, transition } from './handoff-lifecycle';
import { ConsentBasis, HandoffAction, HandoffSide, HandoffStatus, VictimNeed } from './handoff.model';

const NOW = new Date('2026-06-01T12:00:00Z');
const LONG_AGO = new Date('2026-01-01T00:00:00Z');

/** A handoff with every safeguard met, so only the table decides. */
const facts = (over: Partial<HandoffFacts> = {}): HandoffFacts => ({
  status: HandoffStatus.PROPOSED,
  needs: [VictimNeed.SHELTER],
  minor: false,
  consentInForce: true,
  riskAssessed: true,
  guardianAppointed: true,
  bestInterestAssessed: true,
  identifiedAt: LONG_AGO,
  ...over,
});
const input = { reason: 'no capacity', now: NOW, reflectionDays: 30 };

// Written out independently of HANDOFF_STEPS: "from action side → to".
const ALLOWED: Record<string, HandoffStatus> = {
  'PROPOSED ACCEPT RECEIVING': HandoffStatus.ACCEPTED,
  'PROPOSED DECLINE RECEIVING': HandoffStatus.DECLINED,
  'PROPOSED WITHDRAW REFERRING': HandoffStatus.WITHDRAWN,
  'ACCEPTED START RECEIVING': HandoffStatus.IN_PROGRESS,
  'ACCEPTED WITHDRAW REFERRING': HandoffStatus.WITHDRAWN,
  'IN_PROGRESS COMPLETE RECEIVING': HandoffStatus.COMPLETED,
  'IN_PROGRESS WITHDRAW REFERRING': HandoffStatus.WITHDRAWN,
};
const other = (side: HandoffSide) => (side === HandoffSide.REFERRING ? HandoffSide.RECEIVING : HandoffSide.REFERRING);

const table = Object.values(HandoffStatus).flatMap((status) =>
  Object.values(HandoffAction).flatMap((action) =>
    Object.values(HandoffSide).map((side) => {
      const to = ALLOWED[`${status} ${action} ${side}`];
      const otherSideMay = ALLOWED[`${status} ${action} ${other(side)}`] !== undefined;
      const expected = to ?? (otherSideMay ? 'WRONG_SIDE' : 'STATE');
      return [status, action, side, expected] as const;
    }),
  ),
);

describe('handoff transitions: every (status, action, side)', () => {
  it.each(table)('%s + %s by %s → %s', (status, action, side, expected) => {
    const result = transition(facts({ status }), action, side, input);
    expect(result.ok ? result.to : result.refusal).toBe(expected);
  });
});

describe('the actions open to a side', () => {
  it.each(Object.values(HandoffStatus).flatMap((status) => Object.values(HandoffSide).map((side) => [status, side] as const)))(
    '%s for %s: exactly the table’s steps',
    (status, side) => {
      const expected = Object.values(HandoffAction).filter((action) => ALLOWED[`${status} ${action} ${side}`] !== undefined);
      expect(actionsOpenTo(status, side).sort()).toEqual(expected.sort());
    },
  );
});

describe('handoff safeguards', () => {
  const accept = (over: Partial<HandoffFacts>) =>
    transition(facts(over), HandoffAction.ACCEPT, HandoffSide.RECEIVING, input);
  const start = (over: Partial<HandoffFacts>, now = NOW) =>
    transition(facts({ status: HandoffStatus.ACCEPTED, ...over }), HandoffAction.START, HandoffSide.RECEIVING, {
      ...input,
      now,
    });
  const fields = (result: ReturnType<typeof transition>) => (result.ok ? [] : result.problems.map((p) => p.field));

  it.each([
    ['safe return without risk assessment', { needs: [VictimNeed.SAFE_RETURN], riskAssessed: false }, ['riskAssessment']],
    ['safe return with risk assessment', { needs: [VictimNeed.SAFE_RETURN], riskAssessed: true }, []],
    ['no safe return, no risk assessment', { needs: [VictimNeed.SHELTER], riskAssessed: false }, []],
    ['consent withdrawn', { consentInForce: false }, ['consent']],
  ])('accept: %s → %j', (_, over, expected) => {
    expect(fields(accept(over))).toEqual(expected);
  });

  it('decline needs a reason', () => {
    const declined = (reason: string | null) =>
      transition(facts(), HandoffAction.DECLINE, HandoffSide.RECEIVING, { ...input, reason });
    expect(fields(declined(null))).toEqual(['reason']);
    expect(fields(declined('  '))).toEqual(['reason']);
    expect(declined('no shelter place')).toEqual({ ok: true, to: HandoffStatus.DECLINED });
  });

  it.each([
    ['minor without guardian', { minor: true, guardianAppointed: false }, ['guardian']],
    ['minor without best-interest assessment', { minor: true, bestInterestAssessed: false }, ['bestInterestAssessment']],
    ['minor without either', { minor: true, guardianAppointed: false, bestInterestAssessed: false }, ['guardian', 'bestInterestAssessment']],
    ['minor with both', { minor: true }, []],
    ['adult without guardian', { minor: false, guardianAppointed: false, bestInterestAssessed: false }, []],
    ['consent withdrawn', { consentInForce: false }, ['consent']],
  ])('start: %s → %j', (_, over, expected) => {
    expect(fields(start(over))).toEqual(expected);
  });

  it('holds a safe return inside the reflection period, and only a safe return', () => {
    const identifiedAt = new Date('2026-05-10T00:00:00Z');
    const end = reflectionPeriodEndsAt(identifiedAt, 30);
    expect(end.toISOString()).toBe('2026-06-09T00:00:00.000Z');
    expect(fields(start({ needs: [VictimNeed.SAFE_RETURN], identifiedAt }))).toEqual(['reflectionPeriod']);
    expect(fields(start({ needs: [VictimNeed.SAFE_RETURN], identifiedAt }, end))).toEqual([]);
    expect(fields(start({ needs: [VictimNeed.SHELTER], identifiedAt }))).toEqual([]);
  });

  it('never asks for a case link: a handoff with no case goes all the way', () => {
    expect(transition(facts({ status: HandoffStatus.IN_PROGRESS }), HandoffAction.COMPLETE, HandoffSide.RECEIVING, input)).toEqual({
      ok: true,
      to: HandoffStatus.COMPLETED,
    });
  });
});

describe('acceptance deadline', () => {
  it.each([
    [false, '2026-06-04T12:00:00.000Z', '2026-06-03T12:00:00.000Z'],
    [true, '2026-06-02T12:00:00.000Z', '2026-06-02T04:00:00.000Z'],
  ])('urgent %s → due %s, reminder %s', (urgent, due, remind) => {
    const { dueAt, remindAt } = acceptanceDeadline(NOW, urgent);
    expect(dueAt.toISOString()).toBe(due);
    expect(remindAt.toISOString()).toBe(remind);
  });
});

describe('acceptance overdue', () => {
  it.each([
    [HandoffStatus.PROPOSED, '2026-06-01T11:59:59Z', true],
    [HandoffStatus.PROPOSED, '2026-06-01T12:00:00Z', true],
    [HandoffStatus.PROPOSED, '2026-06-01T12:00:01Z', false],
    // Accepted, declined or withdrawn: the deadline stopped, however late it was.
    [HandoffStatus.ACCEPTED, '2026-05-01T00:00:00Z', false],
    [HandoffStatus.DECLINED, '2026-05-01T00:00:00Z', false],
    [HandoffStatus.WITHDRAWN, '2026-05-01T00:00:00Z', false],
  ])('%s due %s → %s', (status, due, overdue) => {
    expect(isAcceptanceOverdue(status, new Date(due), NOW)).toBe(overdue);
  });
});

describe('consent basis at proposal', () => {
  it.each([
    [false, ConsentBasis.VICTIM, []],
    [false, ConsentBasis.GUARDIAN_AGREEMENT, ['consent.basis']],
    [false, ConsentBasis.BEST_INTEREST_DECISION, ['consent.basis']],
    [true, ConsentBasis.VICTIM, []],
    [true, ConsentBasis.GUARDIAN_AGREEMENT, []],
    [true, ConsentBasis.BEST_INTEREST_DECISION, []],
  ])('minor %s, basis %s → %j', (minor, basis, expected) => {
    expect(consentProblems(minor, basis).map((p) => p.field)).toEqual(expected);
  });
});
