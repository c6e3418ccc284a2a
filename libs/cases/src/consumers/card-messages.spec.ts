import { NotificationKind } from '@app/notifications';
import { cardNotice, disclosureRequestMessage, toldToOwner } from './card-messages';

describe('cardNotice', () => {
  it.each([
    ['cases.card-shared', NotificationKind.CASE_CARD_SHARED, false, 'BKA (Germany) shared a reference card with your agency (handling code H1).'],
    ['cases.card-revoked', NotificationKind.CASE_CARD_REVOKED, false, 'BKA (Germany) revoked a reference card shared with your agency (handling code H1).'],
    ['cases.card-read', NotificationKind.CASE_CARD_READ, true, 'BKA (Germany) read the reference card you shared (handling code H1).'],
    ['cases.card-acknowledged', NotificationKind.CASE_CARD_ACKNOWLEDGED, true, 'BKA (Germany) acknowledged the reference card you shared (handling code H1).'],
  ] as const)('%s → %s to owner %s', (type, kind, toOwner, message) => {
    expect(cardNotice(type, 'BKA', 'Germany', 'H1')).toEqual({ kind, toOwner, message });
    expect(toldToOwner(type)).toBe(toOwner);
  });
});

describe('disclosureRequestMessage', () => {
  it('quotes the request and names the requester', () => {
    expect(disclosureRequestMessage('CCTP', 'Moldova', 'please share')).toBe(
      'CCTP (Moldova) asks you to share a reference card about a hit with your case: “please share”',
    );
  });
});
