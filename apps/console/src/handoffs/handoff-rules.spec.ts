import { daysLeft, pendingSafeguards, urgentFirst } from './handoff-rules';

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

  it('holds a safe return until the reflection period passed and a risk assessment is recorded, and a minor’s support until both child safeguards are', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    const safeReturn = { needs: [{ need: 'SAFE_RETURN' }], reflectionPeriodEndsAt: '2026-12-20T00:00:00Z', riskAssessedAt: null };
    expect(pendingSafeguards(safeReturn, now)).toEqual(['reflectionPeriod', 'riskAssessment']);
    expect(pendingSafeguards({ ...safeReturn, reflectionPeriodEndsAt: '2026-12-01T00:00:00Z' }, now)).toEqual(['riskAssessment']);
    expect(pendingSafeguards({ ...safeReturn, reflectionPeriodEndsAt: '2026-12-01T00:00:00Z', riskAssessedAt: '2026-12-02T00:00:00Z' }, now)).toEqual([]);
    // Without a safe return neither holds anything back.
    expect(pendingSafeguards({ ...safeReturn, needs: [{ need: 'SHELTER' }] }, now)).toEqual([]);
    expect(pendingSafeguards({ needs: [], minor: true, guardianAppointedAt: '2026-12-02T00:00:00Z', bestInterestAssessedAt: null }, now)).toEqual(['bestInterest']);
    expect(pendingSafeguards({ needs: [], minor: true }, now)).toEqual(['guardian', 'bestInterest']);
  });
});
