import { applyOutcomes, formatReference, Measure } from './mla-measures';
import { LegalBasis, MeasureKind, MeasureOutcome, RefusalGround } from './mla-vocabulary';

const measure = (id: string): Measure => ({ id, kind: MeasureKind.BANK_RECORDS, details: 'x', outcome: MeasureOutcome.PENDING, ground: null, note: null });
const MEASURES = [measure('m1'), measure('m2')];
const EIO = { legalBasis: LegalBasis.EIO_DIRECTIVE, consultationRecorded: false };
const refusal = (ground: RefusalGround, note?: string) => [{ measureId: 'm2', outcome: MeasureOutcome.REFUSED, ground, note }];

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
    expect(applyOutcomes(MEASURES, changes, EIO).problems.map((p) => p.field)).toEqual(fields);
  });

  it('refuses a measure, as the whole request, on EIO ground (b) only after a consultation (art. 11(4): "in whole or in part")', () => {
    const onSecurity = refusal(RefusalGround.EIO_11_1_B_NATIONAL_SECURITY);
    expect(applyOutcomes(MEASURES, onSecurity, EIO).problems).toEqual([{ field: 'outcomes[0].ground', problem: expect.stringContaining('consultation') }]);
    expect(applyOutcomes(MEASURES, onSecurity, { ...EIO, consultationRecorded: true }).problems).toEqual([]);
  });

  it('wants the text of an OTHER ground in the note', () => {
    const treaty = { legalBasis: LegalBasis.BILATERAL_TREATY, consultationRecorded: false };
    expect(applyOutcomes(MEASURES, refusal(RefusalGround.OTHER), treaty).problems.map((p) => p.field)).toEqual(['outcomes[0].note']);
    expect(applyOutcomes(MEASURES, refusal(RefusalGround.OTHER, 'The bank is not under our jurisdiction'), treaty).problems).toEqual([]);
  });

  it('changes only the named measures', () => {
    const { measures } = applyOutcomes(MEASURES, [{ measureId: 'm2', outcome: MeasureOutcome.NOT_POSSIBLE, note: 'account closed' }], EIO);
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
