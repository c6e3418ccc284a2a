/*
 * The MLA rules the console shares with the server, imported from the domain files as they
 * stand (they import nothing of Nest or Node): the completeness checklist, the refusal
 * grounds per legal basis, the consultation they need, the bound of an extension and the
 * kinds of agency a request goes to. The
 * server remains the authority; the console uses them to show, before anything is sent,
 * what the server would say.
 */
import type { MlaLegalBasis, MlaMeasureKind, MlaRefusalGround } from '../gql/graphql';
import {
  GROUNDS_NEEDING_CONSULTATION,
  LegalBasis,
  MAX_EXTENSION_DAYS,
  MeasureKind,
  RECEIVING_AGENCY_KINDS,
  REFUSAL_GROUNDS,
} from '../../../../libs/mla/src/domain/mla-vocabulary';

export { missingElements } from '../../../../libs/mla/src/domain/mla-completeness';
export type { DraftContent, MissingElement } from '../../../../libs/mla/src/domain/mla-completeness';
export { MAX_EXTENSION_DAYS, RECEIVING_AGENCY_KINDS };

export const LEGAL_BASES: readonly MlaLegalBasis[] = Object.values(LegalBasis);
export const MEASURE_KINDS: readonly MlaMeasureKind[] = Object.values(MeasureKind);

/** The refusal grounds that fit a legal basis (none without one). */
export function groundsFor(basis: MlaLegalBasis | null): readonly MlaRefusalGround[] {
  return basis ? REFUSAL_GROUNDS[LegalBasis[basis]] : [];
}

/** EIO art. 11(4): grounds (a), (b), (d), (e), (f) need a consultation with the issuing side first. */
export const needsConsultation = (ground: MlaRefusalGround | '' | null | undefined): boolean =>
  !!ground && (GROUNDS_NEEDING_CONSULTATION as readonly string[]).includes(ground);
