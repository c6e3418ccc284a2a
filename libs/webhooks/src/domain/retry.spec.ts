import { newWebhookSecret, retryDelayMs, verdictOf } from './retry';

describe('webhook retries', () => {
  it('doubles the wait after each failure, up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, 1000, 10_000))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  const policy = { maxAttempts: 3, baseMs: 100, maxMs: 1000 };

  it('delivers on 2xx, retries anything else until the last attempt, which fails the delivery', () => {
    expect(verdictOf(200, 1, policy)).toEqual({ delivery: 'DELIVERED' });
    expect(verdictOf(204, 3, policy)).toEqual({ delivery: 'DELIVERED' });
    expect(verdictOf(500, 1, policy)).toEqual({ delivery: 'RETRY', afterMs: 100 });
    expect(verdictOf(301, 2, policy)).toEqual({ delivery: 'RETRY', afterMs: 200 });
    expect(verdictOf(null, 2, policy)).toEqual({ delivery: 'RETRY', afterMs: 200 });
    expect(verdictOf(500, 3, policy)).toEqual({ delivery: 'FAILED' });
  });

  it('makes secrets in the whsec_ form of the specification, each new', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
