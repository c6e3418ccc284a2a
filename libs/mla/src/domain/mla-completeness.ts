import { LegalBasis, MeasureKind } from './mla-vocabulary';

/*
 * Imported as it stands by the console (apps/console/src/mla), which shows the checklist
 * live while a request is drafted: so this file imports nothing but the vocabulary (no
 * Nest, no Node), and takes the enums' values as plain strings too, as the console's
 * generated types spell them.
 */

/** A missing element: the field and what it lacks (the shape of @app/kernel's FieldProblem). */
export interface MissingElement {
  readonly field: string;
  readonly problem: string;
}

/** A request as drafted; anything may still be missing. */
export interface DraftContent {
  readonly legalBasis: LegalBasis | `${LegalBasis}` | null;
  readonly treatyName: string | null;
  readonly measures: readonly { readonly kind: MeasureKind | `${MeasureKind}`; readonly details: string }[];
  readonly factsSummary: string | null;
  readonly offences: readonly string[];
  readonly urgent: boolean;
  readonly urgencyReason: string | null;
  readonly language: string | null;
}

const blank = (value: string | null | undefined) => !value || value.trim() === '';

/**
 * What a request must contain before it is sent (after UNTOC art. 18(15)): the authority
 * (given at drafting), legal basis, the facts, the offences, the measures sought with their
 * details, the reason for any urgency and the language. Lists every missing element.
 */
export function missingElements(draft: DraftContent): MissingElement[] {
  const problems: MissingElement[] = [];
  if (!draft.legalBasis) problems.push({ field: 'legalBasis', problem: 'is required' });
  if (draft.legalBasis === `${LegalBasis.BILATERAL_TREATY}` && blank(draft.treatyName)) {
    problems.push({ field: 'treatyName', problem: 'is required for a bilateral treaty' });
  }
  if (draft.measures.length === 0) problems.push({ field: 'measures', problem: 'at least one requested measure is required' });
  draft.measures.forEach((m, i) => {
    if (blank(m.details)) problems.push({ field: `measures[${i}].details`, problem: 'is required' });
  });
  if (blank(draft.factsSummary)) problems.push({ field: 'factsSummary', problem: 'a summary of the facts is required' });
  if (draft.offences.filter((o) => !blank(o)).length === 0) problems.push({ field: 'offences', problem: 'at least one offence is required' });
  if (draft.urgent && blank(draft.urgencyReason)) problems.push({ field: 'urgencyReason', problem: 'is required when the request is urgent' });
  if (blank(draft.language)) problems.push({ field: 'language', problem: 'is required' });
  return problems;
}
