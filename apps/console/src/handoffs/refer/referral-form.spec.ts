import { consentSuggestions, EMPTY_REFERRAL, referralSchema, ReferralValues, toProposal } from './referral-form';

const complete: ReferralValues = {
  ...EMPTY_REFERRAL,
  receivingAgencyId: 'agency-1',
  givenNames: 'Ion',
  familyName: 'Rusu',
  dateOfBirth: '1994-03-12',
  nationality: 'MD',
  languages: 'ro, ru',
  identifiedAt: '2026-10-01',
  needs: ['SHELTER'],
  needNotes: { SHELTER: 'near Chisinau' },
  consentGivenAt: '2026-12-01',
  consentExplainedBy: 'Anna Weber, social worker',
  consentLanguage: 'ro',
  consentConfirmed: true,
};

const problems = (values: ReferralValues) => {
  const result = referralSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the referral form', () => {
  it('accepts a complete referral and writes the API’s input', () => {
    expect(problems(complete)).toEqual([]);
    expect(toProposal(complete)).toMatchObject({
      victim: { languages: ['ro', 'ru'], contact: null },
      identifiedAt: '2026-10-01T12:00:00.000Z',
      needs: [{ need: 'SHELTER', note: 'near Chisinau' }],
      consent: { scope: 'ASSISTANCE_ONLY', basis: 'VICTIM', givenAt: '2026-12-01T12:00:00.000Z', explainedBy: 'Anna Weber, social worker', language: 'ro' },
      linkedCaseReference: null,
    });
  });

  it('sends nothing without the consent confirmed, and an adult’s consent rests on the victim alone', () => {
    expect(problems({ ...complete, consentConfirmed: false })).toEqual(['consentConfirmed: refer.consentUnconfirmed']);
    expect(problems({ ...complete, consentBasis: 'GUARDIAN_AGREEMENT' })).toEqual(['consentBasis: refer.basisAdult']);
    expect(problems({ ...complete, minor: true, consentBasis: 'GUARDIAN_AGREEMENT' })).toEqual([]);
  });

  it('asks for a need, a note for each need chosen, and well-formed codes and days', () => {
    expect(problems({ ...complete, needs: [] })).toEqual(['needs: refer.needsMissing']);
    expect(problems({ ...complete, needs: ['SHELTER', 'MEDICAL'] })).toEqual(['needs: refer.noteMissing']);
    expect(problems({ ...complete, nationality: 'Moldova', languages: 'Romanian', dateOfBirth: '12.03.1994' }).sort()).toEqual([
      'dateOfBirth: refer.dayInvalid',
      'languages: refer.languagesInvalid',
      'nationality: refer.nationalityInvalid',
    ]);
  });

  it('records who explained the consent and in which language, suggesting the coordinator and the victim’s first language', () => {
    expect(problems({ ...complete, consentExplainedBy: ' ', consentLanguage: 'Romanian' })).toEqual([
      'consentExplainedBy: refer.consentExplainedByMissing',
      'consentLanguage: refer.consentLanguageInvalid',
    ]);
    const fresh = { ...complete, consentExplainedBy: '', consentLanguage: '' };
    expect(consentSuggestions(fresh, 'Anna Weber')).toEqual({ consentExplainedBy: 'Anna Weber', consentLanguage: 'ro' });
    expect(consentSuggestions({ ...fresh, languages: 'Romanian' }, 'Anna Weber').consentLanguage).toBe('');
    expect(consentSuggestions(complete, 'Someone else')).toEqual({ consentExplainedBy: 'Anna Weber, social worker', consentLanguage: 'ro' });
  });
});
