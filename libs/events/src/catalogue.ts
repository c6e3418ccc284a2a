/**
 * The shared catalogue of domain events: the gateway publishes them to the outbox and the
 * worker consumes them, so both import the names and payload types from here. A feature
 * adds its events to `EventPayloads`; payloads are JSON (dates as ISO strings) because they
 * travel through PostgreSQL `jsonb` and Redis.
 */

/** The BullMQ queue the outbox relay feeds; consumers of every feature read from it. */
export const DOMAIN_EVENTS_QUEUE = 'domain-events';

/** A deadline of some subject reached its reminder time or passed (dueAt is ISO 8601). */
export interface DeadlinePayload {
  deadlineId: string;
  subjectType: string;
  subjectId: string;
  kind: string;
  dueAt: string;
}

/** A reference card between its owner agency and its recipient agency (cases). */
export interface CaseCardPayload {
  shareId: string;
  ownerAgencyId: string;
  recipientAgencyId: string;
  handlingCode: string;
}

/**
 * The BullMQ queue of webhook deliveries (libs/webhooks): the worker's dispatcher queues the
 * deliveries that are due, its processor makes one signed POST per job.
 */
export const WEBHOOK_DELIVERIES_QUEUE = 'webhook-deliveries';

/** One attempt at one delivery: `attempt` (1-based) makes each attempt's job id distinct. */
export interface WebhookDeliveryJob {
  deliveryId: string;
  attempt: number;
}

export interface EventPayloads {
  /** A user hit the failed sign-in threshold; sign-in is refused until `lockedUntil`. */
  'identity.user-locked-out': { userId: string; agencyId: string; lockedUntil: string };
  /** An agency admin changed a user of its agency (created, disabled, roles). */
  'identity.user-created': { userId: string; agencyId: string };
  'identity.user-disabled': { userId: string; agencyId: string };
  'identity.user-roles-changed': { userId: string; agencyId: string };

  // handoffs: victim-support handoffs (libs/handoffs). Payloads name the victim only by the
  // pseudonymous code: events reach the other side's notifications.
  /** A handoff was proposed, moved or updated (consent, safeguard, service, message) by one side. */
  'handoff.changed': {
    handoffId: string;
    victimCode: string;
    referringAgencyId: string;
    receivingAgencyId: string;
    actorAgencyId: string;
    /** 'proposed', 'transitioned', 'consent-recorded', 'consent-withdrawn', 'safeguard-recorded', 'service-logged', 'message-sent' */
    change: string;
    status: string;
  };

  // deadlines: the sweeper's events; each context's consumer acts on its own subjectType.
  'deadline.reminder-due': DeadlinePayload;
  'deadline.breached': DeadlinePayload;

  // mla: MLA requests (libs/mla). `notifyAgencyIds`: the agencies whose MLA staff are told.
  /** A request moved (or a deadline was extended, a consultation recorded) by one side. */
  'mla.request-transitioned': {
    requestId: string;
    reference: string;
    action: string;
    fromStatus: string | null;
    toStatus: string;
    actorAgencyId: string;
    notifyAgencyIds: string[];
  };
  /** A message was posted on a request's thread. */
  'mla.message-posted': { requestId: string; reference: string; messageId: string; authorAgencyId: string; notifyAgencyIds: string[] };

  // cases: cases, reference cards and hits (libs/cases). No payload carries an identifier value,
  // a case title or a case reference: events reach the other side's notifications.
  'cases.case-created': { caseId: string; agencyId: string };
  'cases.case-updated': { caseId: string; agencyId: string };
  /** The worker computes the identifier's blind index and looks for hits. */
  'cases.identifier-added': { caseId: string; agencyId: string; identifierId: string; identifierType: string };
  'cases.identifier-removed': { caseId: string; agencyId: string; identifierId: string; identifierType: string };
  /** A reference card was shared, first read, acknowledged or revoked; the other side is told. */
  'cases.card-shared': CaseCardPayload;
  'cases.card-read': CaseCardPayload;
  'cases.card-acknowledged': CaseCardPayload;
  'cases.card-revoked': CaseCardPayload;
  /** One party to a hit asks the other to share a reference card. */
  'cases.disclosure-requested': { matchId: string; requesterAgencyId: string; ownerAgencyId: string; message: string };

  // webhooks: endpoints of national systems (libs/webhooks).
  /** An endpoint was disabled after `failures` consecutive failed attempts; its agency's admins are told. */
  'webhooks.endpoint-disabled': { endpointId: string; agencyId: string; failures: number };
}

export type EventType = keyof EventPayloads;

/**
 * What a state change records. Distributive over `K`, so `DomainEvent` (no argument) is the
 * union of all events and narrowing on `type` narrows `payload`.
 */
export type DomainEvent<K extends EventType = EventType> = K extends EventType
  ? {
      readonly type: K;
      readonly aggregateType: string;
      readonly aggregateId: string;
      readonly payload: EventPayloads[K];
    }
  : never;

/** The BullMQ job data: the event as stored in the outbox, with its id and time. */
export type DomainEventJob<K extends EventType = EventType> = K extends EventType
  ? DomainEvent<K> & {
      /** Outbox row id; also the BullMQ job id and the inbox key, which makes delivery idempotent. */
      readonly eventId: string;
      /** ISO 8601. */
      readonly occurredAt: string;
    }
  : never;
