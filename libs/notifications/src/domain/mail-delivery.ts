import { NotificationKind } from '../notification-kind';

/** How a user hears of a kind of notification by e-mail. */
export enum MailDelivery {
  AT_ONCE = 'AT_ONCE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}

/** The languages mails are written in (app_user.language). */
export enum MailLanguage {
  EN = 'en',
  DE = 'de',
  RO = 'ro',
  RU = 'ru',
}

const { AT_ONCE, DAILY_DIGEST } = MailDelivery;

/**
 * What a user who chose nothing gets: deadlines and what comes in to be acted on (a handoff
 * proposed, a step on an MLA request, a request to disclose) and a webhook endpoint disabled at once; the rest in the digest.
 */
export const DEFAULT_DELIVERY: Readonly<Record<NotificationKind, MailDelivery>> = {
  [NotificationKind.USER_LOCKED_OUT]: DAILY_DIGEST,
  [NotificationKind.HANDOFF_PROPOSED]: AT_ONCE,
  [NotificationKind.HANDOFF_CHANGED]: DAILY_DIGEST,
  [NotificationKind.HANDOFF_MESSAGE]: DAILY_DIGEST,
  [NotificationKind.HANDOFF_ACCEPTANCE_REMINDER]: AT_ONCE,
  [NotificationKind.HANDOFF_ACCEPTANCE_BREACHED]: AT_ONCE,
  [NotificationKind.MLA_REQUEST_CHANGED]: AT_ONCE,
  [NotificationKind.MLA_MESSAGE]: DAILY_DIGEST,
  [NotificationKind.MLA_DEADLINE_REMINDER]: AT_ONCE,
  [NotificationKind.MLA_DEADLINE_BREACHED]: AT_ONCE,
  [NotificationKind.CASE_MATCH_FOUND]: DAILY_DIGEST,
  [NotificationKind.CASE_CARD_SHARED]: DAILY_DIGEST,
  [NotificationKind.CASE_CARD_READ]: DAILY_DIGEST,
  [NotificationKind.CASE_CARD_ACKNOWLEDGED]: DAILY_DIGEST,
  [NotificationKind.CASE_CARD_REVOKED]: DAILY_DIGEST,
  [NotificationKind.CASE_DISCLOSURE_REQUESTED]: AT_ONCE,
  // The national system stopped hearing from the platform: the administrators must act now.
  [NotificationKind.WEBHOOK_ENDPOINT_DISABLED]: AT_ONCE,
};

/** The delivery of a kind for a user: their choice, else the kind's default. */
export const deliveryOf = (kind: NotificationKind, chosen: MailDelivery | null | undefined): MailDelivery =>
  chosen ?? DEFAULT_DELIVERY[kind];

/** The default table as JSON, for SQL that applies it (`coalesce(chosen, $n::jsonb ->> kind)`). */
export const DEFAULT_DELIVERY_JSON = JSON.stringify(DEFAULT_DELIVERY);
