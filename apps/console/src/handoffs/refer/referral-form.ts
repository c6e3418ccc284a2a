import { z } from 'zod/mini';
import { FORMS } from '../../cases/search';
import type { ConsentBasis, ConsentScope, ProposeHandoffInput, VictimNeed } from '../../gql/graphql';

export const NEEDS: readonly VictimNeed[] = [
  'SHELTER',
  'MEDICAL',
  'PSYCHOLOGICAL',
  'LEGAL_AID',
  'INTERPRETATION',
  'REFLECTION_PERIOD',
  'RESIDENCE_PERMIT',
  'SAFE_RETURN',
  'REINTEGRATION',
  'COMPENSATION_CLAIM',
];
export const SCOPES: readonly ConsentScope[] = ['ASSISTANCE_ONLY', 'SHARE_WITH_LAW_ENFORCEMENT', 'CRIMINAL_PROCEEDINGS'];
export const BASES: readonly ConsentBasis[] = ['VICTIM', 'GUARDIAN_AGREEMENT', 'BEST_INTEREST_DECISION'];

const required = z.string().check(z.trim(), z.minLength(1, 'refer.required'));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'refer.dayInvalid'));
/** A language as the victim's languages and the consent name it: a code of two or three small letters (ISO 639). */
const LANGUAGE = /^[a-z]{2,3}$/;
const asEnum = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

/**
 * The referral as the form holds it. The consent is its own step and its confirmation is
 * required: personal data of a victim crosses a border only with informed consent (CETS 197
 * art. 12(6); for a minor, the guardian's agreement or a best-interest decision).
 */
export const referralSchema = z
  .object({
    receivingAgencyId: required,
    givenNames: required,
    familyName: required,
    dateOfBirth: day,
    nationality: z.string().check(z.regex(/^[A-Z]{2}$/, 'refer.nationalityInvalid')),
    languages: z.string().check(z.regex(/^\s*[a-z]{2,3}(\s*,\s*[a-z]{2,3})*\s*$/, 'refer.languagesInvalid')),
    contact: z.string(),
    exploitationForm: asEnum(FORMS),
    identifiedAt: day,
    linkedCaseReference: z.string(),
    minor: z.boolean(),
    urgent: z.boolean(),
    nonPunishment: z.boolean(),
    needs: z.array(asEnum(NEEDS)).check(z.minLength(1, 'refer.needsMissing')),
    needNotes: z.record(z.string(), z.string()),
    consentScope: asEnum(SCOPES),
    consentBasis: asEnum(BASES),
    consentGivenAt: day,
    consentExplainedBy: z.string().check(z.trim(), z.minLength(2, 'refer.consentExplainedByMissing'), z.maxLength(200, 'refer.consentExplainedByMissing')),
    consentLanguage: z.string().check(z.trim(), z.regex(LANGUAGE, 'refer.consentLanguageInvalid')),
    consentConfirmed: z.boolean().check(z.refine((v) => v, 'refer.consentUnconfirmed')),
  })
  .check(
    z.refine((v) => v.minor || v.consentBasis === 'VICTIM', { message: 'refer.basisAdult', path: ['consentBasis'] }),
    z.refine((v) => v.needs.every((need) => (v.needNotes[need] ?? '').trim() !== ''), { message: 'refer.noteMissing', path: ['needs'] }),
  );
export type ReferralValues = z.infer<typeof referralSchema>;

/** The fields of each step, checked before the next step opens. */
export const STEP_FIELDS: (keyof ReferralValues)[][] = [
  ['receivingAgencyId', 'givenNames', 'familyName', 'dateOfBirth', 'nationality', 'languages', 'contact', 'exploitationForm', 'identifiedAt', 'linkedCaseReference'],
  ['needs'],
  ['consentScope', 'consentBasis', 'consentGivenAt', 'consentExplainedBy', 'consentLanguage', 'consentConfirmed'],
];

export const EMPTY_REFERRAL: ReferralValues = {
  receivingAgencyId: '',
  givenNames: '',
  familyName: '',
  dateOfBirth: '',
  nationality: '',
  languages: '',
  contact: '',
  exploitationForm: 'LABOUR',
  identifiedAt: '',
  linkedCaseReference: '',
  minor: false,
  urgent: false,
  nonPunishment: false,
  needs: [],
  needNotes: {},
  consentScope: 'ASSISTANCE_ONLY',
  consentBasis: 'VICTIM',
  consentGivenAt: '',
  consentExplainedBy: '',
  consentLanguage: '',
  consentConfirmed: false,
};

/**
 * The consent step's likely answers, offered before it opens: explained by the coordinator
 * filling in the form, in the first language the victim speaks. Both stay editable; an answer
 * already given is kept.
 */
export function consentSuggestions(v: ReferralValues, coordinator: string): Pick<ReferralValues, 'consentExplainedBy' | 'consentLanguage'> {
  const first = v.languages.split(',')[0]?.trim() ?? '';
  return {
    consentExplainedBy: v.consentExplainedBy || coordinator,
    consentLanguage: v.consentLanguage || (LANGUAGE.test(first) ? first : ''),
  };
}

/** A calendar day entered in the form, as the instant the API takes (noon UTC keeps the day in every time zone). */
const instant = (calendarDay: string) => `${calendarDay}T12:00:00.000Z`;

export function toProposal(v: ReferralValues): ProposeHandoffInput {
  return {
    receivingAgencyId: v.receivingAgencyId,
    victim: {
      givenNames: v.givenNames.trim(),
      familyName: v.familyName.trim(),
      dateOfBirth: v.dateOfBirth,
      nationality: v.nationality,
      languages: v.languages.split(',').map((language) => language.trim()),
      contact: v.contact.trim() || null,
    },
    exploitationForm: v.exploitationForm,
    identifiedAt: instant(v.identifiedAt),
    linkedCaseReference: v.linkedCaseReference.trim() || null,
    minor: v.minor,
    urgent: v.urgent,
    nonPunishment: v.nonPunishment,
    needs: v.needs.map((need) => ({ need, note: (v.needNotes[need] ?? '').trim() })),
    consent: {
      scope: v.consentScope,
      basis: v.consentBasis,
      givenAt: instant(v.consentGivenAt),
      explainedBy: v.consentExplainedBy.trim(),
      language: v.consentLanguage.trim(),
    },
  };
}
