import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEvent } from './catalogue';
import { DomainEventConsumer, EventConsumer } from './event-consumer';
import { OutboxService } from './outbox.service';
import { DeliveryStack, startDeliveryStack } from '../testing/delivery-stack';
import { eventually } from '../testing/fixtures';

/** Holds every event it gets until released, counting how many it holds at once. */
@Injectable()
@DomainEventConsumer()
class HoldingConsumer implements EventConsumer<'mla.message-posted'> {
  readonly name = 'test.holding';
  readonly handles = ['mla.message-posted'] as const;
  held = 0;
  mostHeld = 0;
  private release!: () => void;
  private released = new Promise<void>((resolve) => (this.release = resolve));

  async handle(): Promise<void> {
    this.held += 1;
    this.mostHeld = Math.max(this.mostHeld, this.held);
    await this.released;
    this.held -= 1;
  }

  letGo(): void {
    this.release();
  }
}

describe('domain events applied at once (EVENTS_AT_ONCE)', () => {
  let stack: DeliveryStack;

  beforeAll(async () => {
    stack = await startDeliveryStack('events_at_once', { EVENTS_AT_ONCE: '3', OUTBOX_POLL_INTERVAL_MS: '20' }, [HoldingConsumer]);
  });

  afterAll(async () => {
    stack.app.get(HoldingConsumer).letGo();
    await stack?.close();
  });

  it('applies as many events at the same time as configured, and no more', async () => {
    const { app } = stack;
    const db = app.get(DataSource);
    const consumer = app.get(HoldingConsumer);
    const requestId = randomUUID();
    const events: DomainEvent<'mla.message-posted'>[] = Array.from({ length: 6 }, () => ({
      type: 'mla.message-posted',
      aggregateType: 'mla-request',
      aggregateId: requestId,
      payload: { requestId, reference: 'MLA-QX-2026-000001', messageId: randomUUID(), authorAgencyId: randomUUID(), notifyAgencyIds: [] },
    }));
    await db.transaction((manager) => app.get(OutboxService).publish(manager, events));

    await eventually(async () => consumer.held === 3, 'three events are held');
    // Given time, no fourth one starts while three are held.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(consumer.mostHeld).toBe(3);

    consumer.letGo();
    const unprocessed = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1 AND processed_at IS NULL`, [requestId]))[0].n;
    await eventually(async () => (await unprocessed()) === 0, 'every event is processed');
    expect(consumer.mostHeld).toBe(3);
  });
});
