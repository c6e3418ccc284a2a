import type { DeskRequestFragment } from '../gql/graphql';
import { awaitsSide, byUrgency, nextDeadline } from './desk-rules';

const request = (reference: string, overdue: boolean, dues: [string, boolean][]): DeskRequestFragment => ({
  id: reference,
  reference,
  status: 'ACKNOWLEDGED',
  urgent: false,
  overdue,
  requesting: { agencyId: 'de-prosecution', stateCode: 'DE' },
  requested: { agencyId: 'md-central-authority', stateCode: 'MD' },
  deadlines: dues.map(([dueAt, running]) => ({ kind: 'DECISION', dueAt, overdue: false, running })),
});

describe('My desk order', () => {
  it('takes the running deadline due first', () => {
    const r = request('A', false, [
      ['2026-12-20T00:00:00Z', true],
      ['2026-12-10T00:00:00Z', false],
      ['2026-12-15T00:00:00Z', true],
    ]);
    expect(nextDeadline(r)?.dueAt).toBe('2026-12-15T00:00:00Z');
  });

  it('puts overdue requests first, then the soonest deadline, then those without one', () => {
    const later = request('later', false, [['2026-12-20T00:00:00Z', true]]);
    const sooner = request('sooner', false, [['2026-12-08T00:00:00Z', true]]);
    const overdue = request('overdue', true, [['2026-12-01T00:00:00Z', true]]);
    const none = request('none', false, []);
    expect([none, later, overdue, sooner].sort(byUrgency).map((r) => r.reference)).toEqual(['overdue', 'sooner', 'later', 'none']);
  });

  it('waits for the requested agency, but for the requester while a question is open', () => {
    const open = request('A', false, []);
    expect(awaitsSide(open, 'md-central-authority')).toBe(true);
    expect(awaitsSide(open, 'de-prosecution')).toBe(false);
    const question = { ...open, status: 'ADDITIONAL_INFO_REQUESTED' as const };
    expect(awaitsSide(question, 'de-prosecution')).toBe(true);
    expect(awaitsSide(question, 'md-central-authority')).toBe(false);
  });
});
