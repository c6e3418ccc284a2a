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

export interface EventPayloads {
  /** A user hit the failed sign-in threshold; sign-in is refused until `lockedUntil`. */
  'identity.user-locked-out': { userId: string; agencyId: string; lockedUntil: string };
  /** An agency admin changed a user of its agency (created, disabled, roles). */
  'identity.user-created': { userId: string; agencyId: string };
  'identity.user-disabled': { userId: string; agencyId: string };
  'identity.user-roles-changed': { userId: string; agencyId: string };

  // deadlines: the sweeper's events; each context's consumer acts on its own subjectType.
  'deadline.reminder-due': DeadlinePayload;
  'deadline.breached': DeadlinePayload;
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
