import { NotificationKind } from '../notification-kind';
import { DEFAULT_DELIVERY, DEFAULT_DELIVERY_JSON, deliveryOf, MailDelivery } from './mail-delivery';

describe('mail delivery defaults', () => {
  it('sends deadlines, incoming requests and a disabled webhook endpoint at once, and the rest in the daily digest', () => {
    const atOnce = Object.values(NotificationKind).filter((kind) => DEFAULT_DELIVERY[kind] === MailDelivery.AT_ONCE);
    expect(atOnce.sort()).toEqual(
      [
        NotificationKind.CASE_DISCLOSURE_REQUESTED,
        NotificationKind.HANDOFF_ACCEPTANCE_BREACHED,
        NotificationKind.HANDOFF_ACCEPTANCE_REMINDER,
        NotificationKind.HANDOFF_PROPOSED,
        NotificationKind.MLA_DEADLINE_BREACHED,
        NotificationKind.MLA_DEADLINE_REMINDER,
        NotificationKind.MLA_REQUEST_CHANGED,
        NotificationKind.WEBHOOK_ENDPOINT_DISABLED,
      ].sort(),
    );
    const others = Object.values(NotificationKind).filter((kind) => !atOnce.includes(kind));
    expect(others.map((kind) => DEFAULT_DELIVERY[kind])).toEqual(others.map(() => MailDelivery.DAILY_DIGEST));
  });

  it('never turns mail off unless the user chose so', () => {
    expect(Object.values(DEFAULT_DELIVERY)).not.toContain(MailDelivery.NEVER);
  });

  it("takes the user's choice over the default", () => {
    expect(deliveryOf(NotificationKind.MLA_MESSAGE, null)).toBe(MailDelivery.DAILY_DIGEST);
    expect(deliveryOf(NotificationKind.MLA_MESSAGE, MailDelivery.AT_ONCE)).toBe(MailDelivery.AT_ONCE);
    expect(deliveryOf(NotificationKind.MLA_DEADLINE_BREACHED, MailDelivery.NEVER)).toBe(MailDelivery.NEVER);
  });

  it('gives SQL the same table', () => {
    expect(JSON.parse(DEFAULT_DELIVERY_JSON)).toEqual(DEFAULT_DELIVERY);
  });
});
