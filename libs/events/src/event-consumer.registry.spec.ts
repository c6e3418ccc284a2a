import { Injectable, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { EventType } from './catalogue';
import { DomainEventConsumer, EventConsumer } from './event-consumer';
import { EventConsumerRegistry } from './event-consumer.registry';

/** A consumer named `name` of the types `handles`, as a distinct provider class. */
function consumerOf<T extends EventType>(name: string, ...handles: T[]): Type<EventConsumer<T>> {
  @Injectable()
  @DomainEventConsumer()
  class TestConsumer implements EventConsumer<T> {
    readonly name = name;
    readonly handles = handles;
    async handle(): Promise<void> {}
  }
  return TestConsumer;
}

const HandoffNotices = consumerOf('test.handoff-notices', 'handoff.changed');
const DeadlineNotices = consumerOf('test.deadline-notices', 'deadline.reminder-due', 'deadline.breached');
const Postponements = consumerOf('test.postponements', 'deadline.breached');

/** The form before typed registration: a predicate instead of the named types. */
@Injectable()
@DomainEventConsumer()
class PredicateConsumer {
  readonly name = 'test.predicate';
  handles(): boolean {
    return true;
  }
  async handle(): Promise<void> {}
}

async function registryOf(...consumers: Type[]): Promise<EventConsumerRegistry> {
  const app = await Test.createTestingModule({ imports: [DiscoveryModule], providers: [EventConsumerRegistry, ...consumers] }).compile();
  app.useLogger(false);
  await app.init();
  return app.get(EventConsumerRegistry);
}

const namesOf = (registry: EventConsumerRegistry, type: EventType) => registry.consumersOf(type).map((c) => c.name);

describe('EventConsumerRegistry', () => {
  it('gives an event only to the consumers that name its type', async () => {
    const registry = await registryOf(HandoffNotices, DeadlineNotices, Postponements);
    expect(namesOf(registry, 'handoff.changed')).toEqual(['test.handoff-notices']);
    expect(namesOf(registry, 'deadline.reminder-due')).toEqual(['test.deadline-notices']);
    expect(namesOf(registry, 'deadline.breached').sort()).toEqual(['test.deadline-notices', 'test.postponements']);
    expect(namesOf(registry, 'identity.user-created')).toEqual([]);
  });

  it('refuses to start with a consumer that does not name its event types', async () => {
    await expect(registryOf(HandoffNotices, PredicateConsumer)).rejects.toThrow('does not implement EventConsumer');
  });

  it('refuses to start with two consumers of one name (the inbox key)', async () => {
    await expect(registryOf(HandoffNotices, consumerOf('test.handoff-notices', 'handoff.changed'))).rejects.toThrow('Two event consumers are named test.handoff-notices');
  });
});
