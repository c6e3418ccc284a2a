import { z } from 'zod/mini';
import type { CreateMlaRequestInput, MlaLegalBasis, MlaRequestFieldsFragment, UpdateMlaDraftInput } from '../../gql/graphql';
import { DraftContent, LEGAL_BASES, MEASURE_KINDS } from '../domain';

/** The drafting form's values as the fields hold them (texts, with '' for "not chosen"). */
export const draftSchema = z.object({
  requestedAgencyId: z.string().check(z.minLength(1, 'mla.draft.requestedAgencyMissing')),
  caseId: z.string(),
  legalBasis: z.union([z.literal(''), z.enum(LEGAL_BASES as [MlaLegalBasis, ...MlaLegalBasis[]])]),
  treatyName: z.string().check(z.maxLength(500, 'mla.draft.tooLong')),
  measures: z.array(
    z.object({
      kind: z.enum(MEASURE_KINDS as [(typeof MEASURE_KINDS)[number], ...(typeof MEASURE_KINDS)[number][]]),
      details: z.string().check(z.maxLength(10_000, 'mla.draft.tooLong')),
    }),
  ),
  factsSummary: z.string().check(z.maxLength(10_000, 'mla.draft.tooLong')),
  offences: z.string(),
  personsConcerned: z.string().check(z.maxLength(10_000, 'mla.draft.tooLong')),
  urgent: z.boolean(),
  urgencyReason: z.string().check(z.maxLength(10_000, 'mla.draft.tooLong')),
  confidential: z.boolean(),
  language: z.string(),
});
export type DraftValues = z.infer<typeof draftSchema>;

export const EMPTY_DRAFT: DraftValues = {
  requestedAgencyId: '',
  caseId: '',
  legalBasis: '',
  treatyName: '',
  measures: [],
  factsSummary: '',
  offences: '',
  personsConcerned: '',
  urgent: false,
  urgencyReason: '',
  confidential: true,
  language: '',
};

const text = (value: string) => (value.trim() === '' ? null : value.trim());
/** Offences are typed one per line. */
const offencesOf = (value: string) => value.split('\n').map((line) => line.trim()).filter(Boolean);

/** The form as the shared completeness rule reads it. */
export function draftContentOf(values: DraftValues): DraftContent {
  return {
    legalBasis: values.legalBasis || null,
    treatyName: text(values.treatyName),
    measures: values.measures,
    factsSummary: text(values.factsSummary),
    offences: offencesOf(values.offences),
    urgent: values.urgent,
    urgencyReason: text(values.urgencyReason),
    language: text(values.language),
  };
}

/** The form as the API takes it: a treaty name only under a treaty, a reason only when urgent. */
export function createInputOf(values: DraftValues): CreateMlaRequestInput {
  const basis = values.legalBasis || null;
  return {
    requestedAgencyId: values.requestedAgencyId,
    caseId: values.caseId || null,
    legalBasis: basis,
    treatyName: basis === 'BILATERAL_TREATY' ? text(values.treatyName) : null,
    measures: values.measures.map((m) => ({ kind: m.kind, details: m.details.trim() })),
    factsSummary: text(values.factsSummary),
    offences: offencesOf(values.offences),
    personsConcerned: text(values.personsConcerned),
    urgent: values.urgent,
    urgencyReason: values.urgent ? text(values.urgencyReason) : null,
    confidential: values.confidential,
    language: text(values.language),
  };
}

/** A saved draft as the form holds it, to go on editing it. */
export function draftValuesOf(request: MlaRequestFieldsFragment): DraftValues {
  return {
    requestedAgencyId: request.requested.agencyId,
    caseId: request.caseId ?? '',
    legalBasis: request.legalBasis ?? '',
    treatyName: request.treatyName ?? '',
    measures: request.measures.map(({ kind, details }) => ({ kind, details })),
    factsSummary: request.factsSummary ?? '',
    offences: request.offences.join('\n'),
    personsConcerned: request.personsConcerned ?? '',
    urgent: request.urgent,
    urgencyReason: request.urgencyReason ?? '',
    confidential: request.confidential,
    language: request.language ?? '',
  };
}

/** The form as a change of a saved draft (its addressee was fixed when it was created). */
export function updateInputOf(values: DraftValues, request: MlaRequestFieldsFragment): UpdateMlaDraftInput {
  const { requestedAgencyId: _fixed, ...content } = createInputOf(values);
  return { id: request.id, expectedVersion: request.version, ...content };
}
