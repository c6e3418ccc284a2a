import { redeliveryFor } from './outbox-reconciler.service';

describe('redeliveryFor', () => {
  it('queues again what Redis no longer has', () => {
    expect(redeliveryFor(undefined)).toBe('requeue');
    expect(redeliveryFor('unknown')).toBe('requeue');
  });

  it('retries a job that failed for good', () => {
    expect(redeliveryFor('failed')).toBe('retry');
  });

  it('replaces a completed job whose event is still unprocessed', () => {
    expect(redeliveryFor('completed')).toBe('replace');
  });

  it('leaves jobs still on their way alone', () => {
    for (const state of ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']) {
      expect(redeliveryFor(state)).toBe('leave');
    }
  });
});
