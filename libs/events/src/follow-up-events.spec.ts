import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventJob } from './catalogue';
import { DomainEventConsumer, EventConsumer } from './event-consumer';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxService } from './outbox.service';
import { DeliveryStack, startDeliveryStack } from '../testing/delivery-stack';
import { eventually } from '../testing/fixtures';

/** Reacts to a lock-out by writing a new event, as the matching consumer writes a hit. */
@Injectable()
@DomainEventConsumer()
class FollowUpConsumer implements EventConsumer<'identity.user-locked-out'> {
  readonly name = 'test.follow-up';
  readonly handles = ['identity.user-locked-out'] as const;
  constructor(private readonly outbox: OutboxService) {}
  async handle(manager: EntityManager, event: DomainEventJob<'identity.user-locked-out'>): Promise<void> {
    await this.outbox.publish(manager, [
      {
        type: 'mla.message-posted',
        aggregateType: 'mla-request',
        aggregateId: event.eventId,
        payload: { requestId: randomUUID(), reference: 'MLA-XX-2026-000001', messageId: randomUUID(), authorAgencyId: randomUUID(), notifyAgencyIds: [] },
      },
    ]);
  }
}

/** A chain of events (an identifier added, a hit found, its notices) does not wait a poll at every link. */
describe('events written by consumers', () => {
  let stack: DeliveryStack;

  beforeAll(async () => {
    // A poll far longer than the test may wait: only a wake-up can relay the follow-up in time.
    stack = await startDeliveryStack('follow_up', { OUTBOX_POLL_INTERVAL_MS: '60000' }, [FollowUpConsumer]);
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('are relayed as soon as the event that caused them is processed, not at the next poll', async () => {
    const { db } = stack;
    const userId = randomUUID();
    const [{ id: causeId }] = await db.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ('identity.user-locked-out', 'user', $1, $2) RETURNING id`,
      [userId, JSON.stringify({ userId, agencyId: randomUUID(), lockedUntil: new Date().toISOString() })],
    );
    await stack.app.get(OutboxRelay).relayOnce();

    const followUpProcessed = async () =>
      (await db.query(`SELECT processed_at FROM outbox_event WHERE aggregate_id = $1 AND type = 'mla.message-posted'`, [causeId]))[0]?.processed_at;
    await eventually(async () => (await followUpProcessed()) instanceof Date, 'the follow-up event is processed', 10_000);
  });
});
