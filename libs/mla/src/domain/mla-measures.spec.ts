import { applyOutcomes, formatReference, Measure } from './mla-measures';
import { LegalBasis, MeasureKind, MeasureOutcome, RefusalGround } from './mla-vocabulary';

const measure = (id: string): Measure => ({ id, kind: MeasureKind.BANK_RECORDS, details: 'x', outcome: MeasureOutcome.PENDING, ground: null, note: null });
const MEASURES = [measure('m1'), measure('m2')];

describe('measure outcomes', () => {
  it.each([
    ['an executed measure', [{ measureId: 'm1', outcome: MeasureOutcome.EXECUTED }], []],
    ['nothing', [], ['outcomes']],
    ['an unknown measure', [{ measureId: 'nope', outcome: MeasureOutcome.EXECUTED }], ['outcomes[0].measureId']],
    ['back to pending', [{ measureId: 'm1', outcome: MeasureOutcome.PENDING }], ['outcomes[0].outcome']],
    ['a refusal without ground', [{ measureId: 'm2', outcome: MeasureOutcome.REFUSED }], ['outcomes[0].ground']],
    ['a refusal with a UNTOC ground on an EIO', [{ measureId: 'm2', outcome: MeasureOutcome.REFUSED, ground: RefusalGround.UNTOC_18_21_A_NOT_IN_CONFORMITY }], ['outcomes[0].ground']],
    ['a refusal with a fitting ground', [{ measureId: 'm2', outcome: MeasureOutcome.REFUSED, ground: RefusalGround.EIO_11_1_G_DUAL_CRIMINALITY }], []],
  ] as const)('%s → problems %o', (_, changes, fields) => {
    expect(applyOutcomes(MEASURES, changes, LegalBasis.EIO_DIRECTIVE).problems.map((p) => p.field)).toEqual(fields);
  });

  it('changes only the named measures', () => {
    const { measures } = applyOutcomes(MEASURES, [{ measureId: 'm2', outcome: MeasureOutcome.NOT_POSSIBLE, note: 'account closed' }], LegalBasis.EIO_DIRECTIVE);
    expect(measures.map((m) => m.outcome)).toEqual([MeasureOutcome.PENDING, MeasureOutcome.NOT_POSSIBLE]);
    expect(measures[1].note).toBe('account closed');
  });

  it.each([
    ['DE', 2026, 42, 'MLA-DE-2026-000042'],
    ['MD', 2027, 123456, 'MLA-MD-2027-123456'],
  ])('reference of %s %i #%i is %s', (state, year, serial, reference) => {
    expect(formatReference(state, year, serial)).toBe(reference);
  });
});
