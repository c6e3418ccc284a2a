import { createHash } from 'node:crypto';

/** The two cases of a match in canonical order, so either side finding it first gives one row. */
export function matchPair(caseId: string, otherCaseId: string): { caseA: string; caseB: string } {
  return caseId < otherCaseId ? { caseA: caseId, caseB: otherCaseId } : { caseA: otherCaseId, caseB: caseId };
}

/**
 * The notification key of one match found while handling one event. One added identifier can
 * hit several cases, and a recipient must hear of each; the key is derived (not random) so a
 * replay of the event stays harmless.
 */
export function matchNotificationKey(eventId: string, matchId: string): string {
  const hex = createHash('sha256').update(`${eventId}:${matchId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface HitMessageInput {
  readonly identifierType: string;
  /** The recipient's own case (its reference is theirs to see). */
  readonly ownReference: string;
  readonly otherAgencyName: string;
  readonly otherStateName: string;
  readonly contactName: string;
  readonly contactEmail: string;
}

/** Names the other side and whom to contact there; never an identifier value or the other case. */
export function hitMessage(hit: HitMessageInput): string {
  const type = hit.identifierType.toLowerCase().replace(/_/g, ' ');
  return (
    `Hit: a ${type} identifier of your case ${hit.ownReference} also appears in a case of ` +
    `${hit.otherAgencyName} (${hit.otherStateName}). Contact: ${hit.contactName} <${hit.contactEmail}>.`
  );
}
