import { randomBytes } from 'node:crypto';

/** Wait before the next attempt after `failedAttempts` failures: the base doubled each time, at most `maxMs`. */
export function retryDelayMs(failedAttempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}

/** What an attempt's outcome means for the delivery and for the endpoint. */
export type AttemptVerdict =
  | { readonly delivery: 'DELIVERED' }
  | { readonly delivery: 'RETRY'; readonly afterMs: number }
  | { readonly delivery: 'FAILED' };

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

/** A 2xx answer delivers; anything else (another status, a timeout, a refused address) is retried until attempts run out. */
export function verdictOf(statusCode: number | null, attempt: number, policy: RetryPolicy): AttemptVerdict {
  if (statusCode !== null && statusCode >= 200 && statusCode < 300) return { delivery: 'DELIVERED' };
  if (attempt >= policy.maxAttempts) return { delivery: 'FAILED' };
  return { delivery: 'RETRY', afterMs: retryDelayMs(attempt, policy.baseMs, policy.maxMs) };
}

/** A signing secret as the Standard Webhooks specification writes it: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;
