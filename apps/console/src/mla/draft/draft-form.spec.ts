import { missingElements } from '../domain';
import { createInputOf, draftContentOf, DraftValues, EMPTY_DRAFT } from './draft-form';

const complete: DraftValues = {
  ...EMPTY_DRAFT,
  requestedAgencyId: 'md-central',
  legalBasis: 'COE_1959_CONVENTION',
  measures: [{ kind: 'BANK_RECORDS', details: 'Statements 2025' }],
  factsSummary: 'Wages diverted',
  offences: 'Trafficking (StGB §232)\n\n  Money laundering (StGB §261) ',
  language: 'en',
};

describe('the drafting form', () => {
  it('is read by the server’s own completeness rule: everything missing at first, nothing when complete', () => {
    expect(missingElements(draftContentOf(EMPTY_DRAFT)).map((p) => p.field)).toEqual(['legalBasis', 'measures', 'factsSummary', 'offences', 'language']);
    expect(missingElements(draftContentOf(complete))).toEqual([]);
    expect(missingElements(draftContentOf({ ...complete, legalBasis: 'BILATERAL_TREATY' })).map((p) => p.field)).toEqual(['treatyName']);
    expect(missingElements(draftContentOf({ ...complete, urgent: true, urgencyReason: ' ' })).map((p) => p.field)).toEqual(['urgencyReason']);
  });

  it('sends a treaty name only under a treaty, an urgency reason only when urgent, offences one per line', () => {
    const input = createInputOf({ ...complete, treatyName: 'left over', urgencyReason: 'left over' });
    expect(input).toMatchObject({ treatyName: null, urgencyReason: null, caseId: null, offences: ['Trafficking (StGB §232)', 'Money laundering (StGB §261)'] });
    expect(createInputOf({ ...complete, legalBasis: 'BILATERAL_TREATY', treatyName: ' DE–MD 2019 ' }).treatyName).toBe('DE–MD 2019');
  });
});
