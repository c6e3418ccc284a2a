import { WebhookEventKind } from './domain/webhook-events';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** An endpoint of an agency's national system, as its admins see it (never its secret). */
export interface WebhookEndpointView {
  id: string;
  url: string;
  eventKinds: WebhookEventKind[];
  description: string | null;
  createdAt: Date;
  consecutiveFailures: number;
  disabledAt: Date | null;
  disabledReason: string | null;
}

/** A new endpoint with its signing secret, shown this once. */
export interface RegisteredWebhookEndpointView {
  endpoint: WebhookEndpointView;
  secret: string;
}

/** What an agency admin registers. */
export interface RegisterWebhookEndpoint {
  url: string;
  eventKinds: WebhookEventKind[];
  description?: string | null;
}

export interface WebhookAttemptView {
  attempt: number;
  attemptedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
}

export interface WebhookDeliveryView {
  id: string;
  eventKind: WebhookEventKind;
  objectType: string;
  objectId: string;
  reference: string | null;
  occurredAt: Date;
  status: WebhookDeliveryStatus;
  nextAttemptAt: Date | null;
  finishedAt: Date | null;
  attempts: WebhookAttemptView[];
}

export interface WebhookDeliveriesQuery {
  endpointId: string;
  first?: number | null;
  after?: string | null;
}
