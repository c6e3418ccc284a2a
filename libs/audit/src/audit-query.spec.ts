import { stateTrailStatement } from './audit-query';

const squash = (sql: string) => sql.replace(/\s+/g, ' ');

describe('stateTrailStatement (filters to SQL)', () => {
  it('reads the actor’s State and the target’s State as two ranges merged, newest first', () => {
    const { sql, params } = stateTrailStatement('DE', {}, 51);
    const text = squash(sql);
    expect(params).toEqual(['DE', 51]);
    expect(text).toContain('WHERE e.actor_state = $1 ORDER BY e.occurred_at DESC, e.id DESC LIMIT $2');
    expect(text).toContain('WHERE e.target_state = $1 AND e.target_state IS NOT NULL AND e.target_state IS DISTINCT FROM e.actor_state ORDER BY');
    expect(text).toMatch(/UNION ALL .* ORDER BY occurred_at DESC, id::bigint DESC LIMIT \$2$/);
  });

  it('names only the filters given, each as a parameter, in both ranges', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-02-01T00:00:00Z');
    const actorUserId = '7d1c9c56-3f0e-4a43-9d0c-5a4f7f1f2c11';
    const { sql, params } = stateTrailStatement(
      'RO',
      { actorUserId, action: 'case.read', targetType: 'case', targetId: 'x', outcome: 'DENIED', from, to, withPurpose: true },
      21,
      { at: '2026-01-15T10:00:00.123456Z', id: '4711' },
    );
    const conditions =
      ' AND e.actor_user_id = $3::uuid AND e.action = $4 AND e.target_type = $5 AND e.target_id = $6' +
      " AND e.outcome = 'DENIED' AND e.occurred_at >= $7::timestamptz AND e.occurred_at < $8::timestamptz" +
      ' AND e.purpose IS NOT NULL AND (e.occurred_at, e.id) < ($9::timestamptz, $10::bigint)';
    expect(squash(sql).split(conditions)).toHaveLength(3);
    expect(params).toEqual(['RO', 21, actorUserId, 'case.read', 'case', 'x', from, to, '2026-01-15T10:00:00.123456Z', '4711']);
  });

  it('leaves out empty filters and a false "with a stated purpose"', () => {
    const { sql, params } = stateTrailStatement('DE', { action: '', actorUserId: null, withPurpose: false }, 5);
    expect(params).toEqual(['DE', 5]);
    expect(sql).not.toContain('purpose IS NOT NULL');
  });

  it('refuses an outcome that is not one of the three, instead of writing it into SQL', () => {
    expect(() => stateTrailStatement('DE', { outcome: "SUCCESS' OR '1'='1" as 'SUCCESS' }, 5)).toThrow('unknown audit outcome');
  });
});
