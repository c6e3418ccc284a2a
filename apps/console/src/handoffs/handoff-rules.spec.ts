import { daysLeft, urgentFirst } from './handoff-rules';

describe('handoff list order and periods', () => {
  it('puts overdue acceptances first, then urgent handoffs, keeping the server’s order within each', () => {
    const list = [
      { id: 'a', overdue: false, urgent: false },
      { id: 'b', overdue: false, urgent: true },
      { id: 'c', overdue: true, urgent: false },
      { id: 'd', overdue: false, urgent: null },
      { id: 'e', overdue: false, urgent: true },
    ];
    expect(urgentFirst(list).map((h) => h.id)).toEqual(['c', 'b', 'e', 'a', 'd']);
  });

  it('counts the days left of a period, none once it has passed', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(daysLeft(new Date('2026-12-06T11:00:00Z'), now)).toBe(1);
    expect(daysLeft(new Date('2026-12-15T12:00:00Z'), now)).toBe(10);
    expect(daysLeft(new Date('2026-12-01T12:00:00Z'), now)).toBe(0);
  });
});
