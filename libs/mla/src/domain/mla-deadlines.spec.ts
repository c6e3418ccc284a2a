import { computeDeadlines, DeadlineDefaults, DeadlineKind, nextDue, reminderAt, runningDeadlines } from './mla-deadlines';
import { LegalBasis, MlaStatus } from './mla-vocabulary';

const DEFAULTS: DeadlineDefaults = {
  normal: { acknowledgementDays: 10, decisionDays: 45, executionDays: 120 },
  urgent: { acknowledgementDays: 2, decisionDays: 10, executionDays: 30 },
};
const RECEIVED = new Date('2026-03-01T00:00:00Z');
const DECIDED = new Date('2026-03-11T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('MLA deadlines', () => {
  it.each([
    [LegalBasis.EIO_DIRECTIVE, false, 0, '2026-03-08', '2026-03-31', '2026-06-09'],
    [LegalBasis.EIO_DIRECTIVE, true, 0, '2026-03-02', '2026-03-04', '2026-04-10'],
    [LegalBasis.EIO_DIRECTIVE, false, 30, '2026-03-08', '2026-04-30', '2026-06-09'],
    [LegalBasis.UNTOC_ART18, false, 0, '2026-03-11', '2026-04-15', '2026-07-09'],
    [LegalBasis.RECIPROCITY, true, 0, '2026-03-03', '2026-03-11', '2026-04-10'],
  ])('%s urgent=%s extended by %i: ack %s, decision %s, execution %s', (legalBasis, urgent, extensionDays, ack, decision, execution) => {
    const dates = computeDeadlines({ legalBasis, urgent, receivedAt: RECEIVED, decidedAt: DECIDED, extensionDays }, DEFAULTS);
    expect(dates).toEqual({ acknowledgement: day(ack), decision: day(decision), execution: day(execution) });
  });

  it('has no deadline before submission or decision', () => {
    const dates = computeDeadlines({ legalBasis: LegalBasis.EIO_DIRECTIVE, urgent: false, receivedAt: null, decidedAt: null, extensionDays: 0 }, DEFAULTS);
    expect(dates).toEqual({ acknowledgement: null, decision: null, execution: null });
  });

  it.each([
    [MlaStatus.DRAFT, null, false, []],
    [MlaStatus.SUBMITTED, null, false, [DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.DECISION]],
    [MlaStatus.FORWARDED, null, false, [DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.DECISION]],
    [MlaStatus.ACKNOWLEDGED, null, false, [DeadlineKind.DECISION]],
    [MlaStatus.IN_EXECUTION, null, false, [DeadlineKind.EXECUTION]],
    [MlaStatus.PARTIALLY_EXECUTED, null, false, [DeadlineKind.EXECUTION]],
    [MlaStatus.PARTIALLY_EXECUTED, null, true, []],
    [MlaStatus.ADDITIONAL_INFO_REQUESTED, MlaStatus.ACKNOWLEDGED, false, [DeadlineKind.DECISION]],
    [MlaStatus.POSTPONED, MlaStatus.IN_EXECUTION, false, []],
    [MlaStatus.EXECUTED, null, false, []],
    [MlaStatus.REFUSED, null, false, []],
    [MlaStatus.WITHDRAWN, null, false, []],
  ])('in %s (resuming %s, closed %s) runs %o', (status, resumeStatus, closed, kinds) => {
    expect(runningDeadlines({ status, resumeStatus, closed })).toEqual(kinds);
  });

  it('reminds 48 h before, halfway for short deadlines, never after the deadline', () => {
    const now = day('2026-03-01');
    expect(reminderAt(day('2026-03-08'), now)).toEqual(day('2026-03-06'));
    expect(reminderAt(day('2026-03-02'), now)).toEqual(new Date('2026-03-01T12:00:00Z'));
    expect(reminderAt(day('2026-02-28'), now)).toBeNull();
  });

  it('takes the earliest running deadline as the next one', () => {
    const dates = { acknowledgement: day('2026-03-08'), decision: day('2026-03-31'), execution: null };
    expect(nextDue({ status: MlaStatus.SUBMITTED, resumeStatus: null, closed: false }, dates)).toEqual(day('2026-03-08'));
    expect(nextDue({ status: MlaStatus.IN_EXECUTION, resumeStatus: null, closed: false }, dates)).toBeNull();
  });
});
