import { jobFor, reconcileIntervalMs, toDomainEventJob, withTimeout } from './domain-event-jobs';

describe('domain event jobs', () => {
  const row = {
    id: '3f1c9a52-8a9e-4a55-9d3e-6c1f0b1f2a10',
    type: 'identity.user-locked-out',
    aggregate_type: 'user',
    aggregate_id: 'u-1',
    payload: { userId: 'u-1', agencyId: 'a-1', lockedUntil: '2030-01-01T00:00:00.000Z' },
    occurred_at: new Date('2029-12-31T23:45:00.000Z'),
  };

  it('carries the outbox row as job data, with the event id as job id', () => {
    const job = jobFor(toDomainEventJob(row));
    expect(job.name).toBe('identity.user-locked-out');
    expect(job.data).toEqual({
      eventId: row.id,
      type: 'identity.user-locked-out',
      aggregateType: 'user',
      aggregateId: 'u-1',
      payload: row.payload,
      occurredAt: '2029-12-31T23:45:00.000Z',
    });
    expect(job.opts.jobId).toBe(row.id);
    expect(job.opts.attempts).toBeGreaterThan(1);
    expect(job.opts.backoff).toEqual({ type: 'exponential', delay: 1000 });
  });

  it('reconciles every minute, or at half the redelivery delay when that is shorter', () => {
    expect(reconcileIntervalMs(120)).toBe(60_000);
    expect(reconcileIntervalMs(30)).toBe(15_000);
    expect(reconcileIntervalMs(1)).toBe(1000);
  });

  it('gives up on a hung call', async () => {
    await expect(withTimeout(new Promise(() => undefined), 10, 'Queueing')).rejects.toThrow(
      'Queueing timed out after 10 ms',
    );
    await expect(withTimeout(Promise.resolve(7), 10, 'Queueing')).resolves.toBe(7);
  });
});
