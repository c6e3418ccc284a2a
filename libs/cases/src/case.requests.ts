import { CaseStatus, FormOfExploitation, HandlingCode, IdentifierRole, IdentifierType } from './domain/case.enums';

/** What the cases context's commands and lists take: plain shapes, which the GraphQL edge's inputs implement. */

export interface NewCase {
  readonly nationalReference: string;
  readonly title: string;
  /** Defaults to OPEN. */
  readonly status?: CaseStatus;
  readonly formsOfExploitation: FormOfExploitation[];
  readonly childVictims?: boolean;
  readonly organisedCrimeGroup?: boolean;
  readonly financialInvestigation?: boolean;
}

/** An edit of a case on the version read; a field left out (or null, as GraphQL may send it) keeps its value. */
export type CaseEdit = { readonly id: string; readonly version: number } & { readonly [Field in keyof NewCase]?: NewCase[Field] | null };

export interface NewIdentifier {
  readonly caseId: string;
  readonly type: IdentifierType;
  /** As written; normalised per type. */
  readonly value: string;
  readonly role: IdentifierRole;
  readonly note?: string;
}

export interface CaseFilter {
  readonly status?: CaseStatus[];
  readonly formOfExploitation?: FormOfExploitation;
  /** Part of the national reference or title (case-insensitive). */
  readonly text?: string;
  readonly updatedSince?: Date;
}

/** A page of a list: its size and where the previous page ended. */
export interface PageRequest {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface CaseListRequest extends PageRequest {
  readonly filter?: CaseFilter;
}

export interface NewReferenceCard {
  readonly caseId: string;
  /** An agency of another State. */
  readonly recipientAgencyId: string;
  readonly summary: string;
  readonly contactPoint: string;
  readonly handlingCode: HandlingCode;
  /** Required with H3. */
  readonly handlingRestriction?: string;
  readonly expiresAt?: Date;
  /** The hit this card answers. */
  readonly matchId?: string;
}
