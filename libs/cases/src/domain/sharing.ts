import { FieldProblem } from '@app/kernel';
import { HandlingCode } from './case.enums';

export interface ReferenceCardDraft {
  readonly handlingCode: HandlingCode;
  readonly handlingRestriction?: string | null;
  readonly expiresAt?: Date | null;
  readonly recipientStateCode: string;
}

/** What is wrong with a reference card before it is shared (empty when nothing is). */
export function referenceCardProblems(card: ReferenceCardDraft, ownerStateCode: string, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (card.handlingCode === HandlingCode.H3 && !card.handlingRestriction?.trim()) {
    problems.push({ field: 'handlingRestriction', problem: 'is required with handling code H3' });
  }
  if (card.expiresAt && card.expiresAt.getTime() <= now.getTime()) {
    problems.push({ field: 'expiresAt', problem: 'must be in the future' });
  }
  if (card.recipientStateCode === ownerStateCode) {
    problems.push({ field: 'recipientAgencyId', problem: 'must be an agency of another State' });
  }
  return problems;
}

/** A card is visible to its recipient until revoked or expired, whichever comes first. */
export function isCardActive(card: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): boolean {
  return card.revokedAt === null && (card.expiresAt === null || card.expiresAt.getTime() > now.getTime());
}
