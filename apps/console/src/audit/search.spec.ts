import { auditFilterOf, exportQuery, validateAuditSearch } from './search';

describe('the audit trail’s search params', () => {
  const actor = '7d1c9c56-3f0e-4a43-9d0c-5a4f7f1f2c11';

  it('keep the valid filters and pages, and drop what a hand-edited address got wrong', () => {
    expect(
      validateAuditSearch({ actorUserId: actor, action: 'case.read', outcome: 'DENIED', from: '2026-12-01', withPurpose: 'true', after: 'abc', back: ['first', 'xyz'] }),
    ).toEqual({ actorUserId: actor, action: 'case.read', outcome: 'DENIED', from: '2026-12-01', withPurpose: true, after: 'abc', back: ['first', 'xyz'] });
    expect(validateAuditSearch({ actorUserId: 'me', outcome: 'MAYBE', from: '1 Dec', to: '2026-12-1', withPurpose: 'no', after: '', back: [''] })).toEqual({});
  });

  it('turn days into instants of the reader’s time zone, the "to" day included whole', () => {
    const filter = auditFilterOf({ from: '2026-12-01', to: '2026-12-01', withPurpose: true });
    expect(filter.from).toBe(new Date(2026, 11, 1).toISOString());
    expect(filter.to).toBe(new Date(2026, 11, 2).toISOString());
    expect(filter.withPurpose).toBe(true);
    expect(auditFilterOf({})).toEqual({});
  });

  it('give the export the same filters as the table', () => {
    const query = new URLSearchParams(exportQuery({ action: 'case.read', targetType: 'case', withPurpose: true }, 'jsonl'));
    expect(Object.fromEntries(query)).toEqual({ format: 'jsonl', action: 'case.read', targetType: 'case', withPurpose: 'true' });
  });
});
