import { DraftContent, missingElements } from './mla-completeness';
import { LegalBasis, MeasureKind } from './mla-vocabulary';

const complete: DraftContent = {
  legalBasis: LegalBasis.EIO_DIRECTIVE,
  treatyName: null,
  measures: [{ kind: MeasureKind.BANK_RECORDS, details: 'Statements 2025' }],
  factsSummary: 'Wages diverted to accounts of the recruiters',
  offences: ['Trafficking in human beings (StGB §232)'],
  urgent: false,
  urgencyReason: null,
  language: 'en',
};

describe('completeness of a request at submission', () => {
  it.each([
    ['a complete request', {}, []],
    ['no legal basis', { legalBasis: null }, ['legalBasis']],
    ['a bilateral treaty without its name', { legalBasis: LegalBasis.BILATERAL_TREATY }, ['treatyName']],
    ['no measure', { measures: [] }, ['measures']],
    ['a measure without details', { measures: [{ kind: MeasureKind.OTHER, details: ' ' }] }, ['measures[0].details']],
    ['urgent without a reason', { urgent: true }, ['urgencyReason']],
    [
      'nothing at all',
      { legalBasis: null, measures: [], factsSummary: null, offences: [], urgent: true, language: '' },
      ['legalBasis', 'measures', 'factsSummary', 'offences', 'urgencyReason', 'language'],
    ],
  ] as const)('%s → %o', (_, change, fields) => {
    expect(missingElements({ ...complete, ...change }).map((p) => p.field)).toEqual(fields);
  });
});
