import { JobsOptions } from 'bullmq';
import { AppConfig } from '@app/config';
import { DomainEventJob, EventPayloads, EventType } from './catalogue';

/** An outbox row as the relay and the reconciler read it. */
export interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: unknown;
  occurred_at: Date;
}

export const OUTBOX_ROW_COLUMNS = 'id, type, aggregate_type, aggregate_id, payload, occurred_at';

export function toDomainEventJob(row: OutboxRow): DomainEventJob {
  // The row was written by OutboxService from a typed DomainEvent, so type and payload agree.
  return {
    eventId: row.id,
    type: row.type as EventType,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    payload: row.payload as EventPayloads[EventType],
    occurredAt: row.occurred_at.toISOString(),
  } as DomainEventJob;
}

/**
 * Retries cover a consumer's passing failures (database restart, deadlock); an event that
 * still fails stays unprocessed in the outbox and the reconciler retries it later. Finished
 * jobs are kept a while so a re-add with the same id is recognised as a duplicate, then
 * trimmed so Redis does not grow without bound.
 */
export const DOMAIN_EVENT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
} as const satisfies JobsOptions;

export function jobFor(event: DomainEventJob): { name: string; data: DomainEventJob; opts: JobsOptions } {
  return { name: event.type, data: event, opts: { ...DOMAIN_EVENT_JOB_OPTIONS, jobId: event.eventId } };
}

/**
 * Connection for producing jobs: with the offline queue off, a command fails at once while
 * Redis is away, so the relay rolls back instead of holding its claimed rows.
 */
export function producerConnection(config: Pick<AppConfig, 'REDIS_URL'>) {
  return { url: config.REDIS_URL, enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}

/** Connection for consuming: BullMQ blocks on it and needs unlimited retries per request. */
export function consumerConnection(config: Pick<AppConfig, 'REDIS_URL'>) {
  return { url: config.REDIS_URL, maxRetriesPerRequest: null };
}

/** How often the reconciler looks for unacknowledged events: a minute, or faster when redelivery is due sooner. */
export function reconcileIntervalMs(redeliverAfterSeconds: number): number {
  return Math.max(1000, Math.min(60_000, (redeliverAfterSeconds * 1000) / 2));
}

/** Rejects when `promise` takes longer than `ms`; a hung Redis must not hold claimed rows forever. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
