import { NotificationKind } from '@app/notifications';

export type CardNotice = 'cases.card-shared' | 'cases.card-read' | 'cases.card-acknowledged' | 'cases.card-revoked';

const WORDING: Record<CardNotice, { kind: NotificationKind; verb: string; toOwner: boolean }> = {
  'cases.card-shared': { kind: NotificationKind.CASE_CARD_SHARED, verb: 'shared a reference card with your agency', toOwner: false },
  'cases.card-revoked': { kind: NotificationKind.CASE_CARD_REVOKED, verb: 'revoked a reference card shared with your agency', toOwner: false },
  'cases.card-read': { kind: NotificationKind.CASE_CARD_READ, verb: 'read the reference card you shared', toOwner: true },
  'cases.card-acknowledged': { kind: NotificationKind.CASE_CARD_ACKNOWLEDGED, verb: 'acknowledged the reference card you shared', toOwner: true },
};

/** A card event is told to the side that did not act: the owner hears of reading and acknowledging. */
export const toldToOwner = (type: CardNotice): boolean => WORDING[type].toOwner;

/** Who hears of a card event (the side that did not act), with which kind and words. */
export function cardNotice(type: CardNotice, actingAgency: string, actingState: string, handlingCode: string) {
  const { kind, verb, toOwner } = WORDING[type];
  return { kind, toOwner, message: `${actingAgency} (${actingState}) ${verb} (handling code ${handlingCode}).` };
}

/** The request of the other party to a hit, quoted for the case owner. */
export function disclosureRequestMessage(requesterAgency: string, requesterState: string, message: string): string {
  return `${requesterAgency} (${requesterState}) asks you to share a reference card about a hit with your case: “${message}”`;
}
