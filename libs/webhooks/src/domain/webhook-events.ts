import { DomainEventJob, EventType } from '@app/events';

/**
 * The domain events a national system may subscribe to. Each value is the `type` the payload
 * carries (the event's name in the catalogue, the deadline ones narrowed to MLA requests).
 */
export enum WebhookEventKind {
  MLA_REQUEST_TRANSITIONED = 'mla.request-transitioned',
  MLA_MESSAGE_POSTED = 'mla.message-posted',
  MLA_DEADLINE_REMINDER = 'mla.deadline-reminder',
  MLA_DEADLINE_BREACHED = 'mla.deadline-breached',
  HANDOFF_CHANGED = 'handoff.changed',
  CASE_CARD_SHARED = 'cases.card-shared',
  CASE_CARD_READ = 'cases.card-read',
  CASE_CARD_ACKNOWLEDGED = 'cases.card-acknowledged',
  CASE_CARD_REVOKED = 'cases.card-revoked',
}

/** The deadlines' subject type of an MLA request (libs/mla), and its postponement's end, which is no deadline to meet. */
export const MLA_REQUEST = 'mla-request';
const POSTPONEMENT_END = 'postponement-end';

/** What an event turns into for the agencies it concerns: what it is about, never what it says. */
export interface WebhookNotice {
  readonly kind: WebhookEventKind;
  readonly objectType: string;
  readonly objectId: string;
  /** The object's reference where it has one that is not content (an MLA request's); null otherwise. */
  readonly reference: string | null;
  readonly agencyIds: readonly string[];
}

/** A deadline of an MLA request: its parties and reference are looked up (the payload carries neither). */
export interface MlaDeadlineNotice {
  readonly kind: WebhookEventKind.MLA_DEADLINE_REMINDER | WebhookEventKind.MLA_DEADLINE_BREACHED;
  readonly requestId: string;
}

export const WEBHOOK_EVENT_TYPES = [
  'mla.request-transitioned',
  'mla.message-posted',
  'deadline.reminder-due',
  'deadline.breached',
  'handoff.changed',
  'cases.card-shared',
  'cases.card-read',
  'cases.card-acknowledged',
  'cases.card-revoked',
] as const satisfies readonly EventType[];
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

const CARD_KINDS = {
  'cases.card-shared': WebhookEventKind.CASE_CARD_SHARED,
  'cases.card-read': WebhookEventKind.CASE_CARD_READ,
  'cases.card-acknowledged': WebhookEventKind.CASE_CARD_ACKNOWLEDGED,
  'cases.card-revoked': WebhookEventKind.CASE_CARD_REVOKED,
} as const;

/**
 * The notice of an event whose parties the event names (MLA steps and messages: the acting
 * agency and those it tells; handoffs: both agencies; reference cards: owner and recipient),
 * a deadline notice for an MLA request's deadline, or null for an event no endpoint hears of.
 */
export function noticeOf(event: DomainEventJob): WebhookNotice | MlaDeadlineNotice | null {
  switch (event.type) {
    case 'mla.request-transitioned':
    case 'mla.message-posted': {
      const { requestId, reference, notifyAgencyIds } = event.payload;
      const [kind, actorAgencyId] =
        event.type === 'mla.request-transitioned'
          ? [WebhookEventKind.MLA_REQUEST_TRANSITIONED, event.payload.actorAgencyId]
          : [WebhookEventKind.MLA_MESSAGE_POSTED, event.payload.authorAgencyId];
      return { kind, objectType: MLA_REQUEST, objectId: requestId, reference, agencyIds: [...new Set([actorAgencyId, ...notifyAgencyIds])] };
    }
    case 'handoff.changed': {
      const { handoffId, referringAgencyId, receivingAgencyId } = event.payload;
      // The victim's pseudonymous code stays out: the receiving system reads what it may through the API.
      return { kind: WebhookEventKind.HANDOFF_CHANGED, objectType: 'handoff', objectId: handoffId, reference: null, agencyIds: [referringAgencyId, receivingAgencyId] };
    }
    case 'cases.card-shared':
    case 'cases.card-read':
    case 'cases.card-acknowledged':
    case 'cases.card-revoked': {
      const { shareId, ownerAgencyId, recipientAgencyId } = event.payload;
      return { kind: CARD_KINDS[event.type], objectType: 'case-share', objectId: shareId, reference: null, agencyIds: [ownerAgencyId, recipientAgencyId] };
    }
    case 'deadline.reminder-due':
    case 'deadline.breached': {
      const { subjectType, subjectId, kind } = event.payload;
      if (subjectType !== MLA_REQUEST || kind === POSTPONEMENT_END) return null;
      const notice = event.type === 'deadline.reminder-due' ? WebhookEventKind.MLA_DEADLINE_REMINDER : WebhookEventKind.MLA_DEADLINE_BREACHED;
      return { kind: notice, requestId: subjectId };
    }
    default:
      return null;
  }
}

export const isDeadlineNotice = (notice: WebhookNotice | MlaDeadlineNotice): notice is MlaDeadlineNotice => 'requestId' in notice;

/** A delivery as stored: the only fields a payload is made of. */
export interface DeliveryFields {
  readonly eventKind: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly reference: string | null;
  readonly occurredAt: Date;
}

/** The body POSTed, in the Standard Webhooks shape: type, timestamp and data naming the object. */
export interface WebhookPayload {
  readonly type: string;
  readonly timestamp: string;
  readonly data: { readonly objectType: string; readonly objectId: string; readonly reference: string | null };
}

export function webhookPayload(delivery: DeliveryFields): WebhookPayload {
  return {
    type: delivery.eventKind,
    timestamp: delivery.occurredAt.toISOString(),
    data: { objectType: delivery.objectType, objectId: delivery.objectId, reference: delivery.reference },
  };
}
