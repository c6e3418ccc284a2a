import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Statement } from '@app/database';
import { DomainEventJob } from './catalogue';
import { DomainEventProcessor } from './domain-event.processor';
import { DomainEventConsumer, EventConsumer } from './event-consumer';
import { DeliveryStack, startDeliveryStack } from '../testing/delivery-stack';

/** Marks each event it gets with a row of its own (harmless to repeat); fails on a request named FAIL. */
function markingConsumer(name: string, failsOn: string | null) {
  @Injectable()
  @DomainEventConsumer()
  class Marking implements EventConsumer<'mla.message-posted'> {
    readonly name = name;
    readonly handles = ['mla.message-posted'] as const;
    async handle(): Promise<void> {
      throw new Error('a repeatable effect never goes through handle');
    }
    repeatableEffect(event: DomainEventJob<'mla.message-posted'>): Statement {
      // A NULL consumer breaks the NOT NULL constraint: the effect fails when it is written.
      const marker = event.payload.reference === failsOn ? null : `${name}.effect`;
      return { sql: `INSERT INTO inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, params: [marker, event.eventId] };
    }
  }
  return Marking;
}

describe('domain events whose consumers all have repeatable effects', () => {
  let stack: DeliveryStack;
  let db: DataSource;
  let processor: DomainEventProcessor;

  beforeAll(async () => {
    stack = await startDeliveryStack('repeatable_effects', {}, [markingConsumer('test.first', null), markingConsumer('test.second', 'FAIL')]);
    db = stack.app.get(DataSource);
    processor = stack.app.get(DomainEventProcessor);
  });

  afterAll(async () => {
    await stack?.close();
  });

  const eventNamed = (reference: string): DomainEventJob<'mla.message-posted'> => {
    const requestId = randomUUID();
    return {
      type: 'mla.message-posted',
      aggregateType: 'mla-request',
      aggregateId: requestId,
      payload: { requestId, reference, messageId: randomUUID(), authorAgencyId: randomUUID(), notifyAgencyIds: [] },
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
    };
  };

  const inboxOf = async (eventId: string): Promise<string[]> =>
    (await db.query(`SELECT consumer FROM inbox WHERE event_id = $1 ORDER BY consumer`, [eventId])).map((row: { consumer: string }) => row.consumer);

  it('applies every effect with its inbox row, once however often delivered', async () => {
    const event = eventNamed('MLA-QX-2026-000001');
    expect(await processor.processEvent(event)).toBe(2);
    expect(await processor.processEvent(event)).toBe(0);
    expect(await inboxOf(event.eventId)).toEqual(['test.first', 'test.first.effect', 'test.second', 'test.second.effect']);
  });

  it('keeps none of them when one fails, so the retry repeats them all', async () => {
    const event = eventNamed('FAIL');
    await expect(processor.processEvent(event)).rejects.toThrow(/failed in test\.first, test\.second/);
    // One statement: the first consumer's inbox row and effect went back with the second's failure.
    expect(await inboxOf(event.eventId)).toEqual([]);
  });
});
