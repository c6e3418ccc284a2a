import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EventType } from './catalogue';
import { DomainEventConsumer, EventConsumer } from './event-consumer';

function isEventConsumer(value: unknown): value is EventConsumer {
  const candidate = value as Partial<EventConsumer> | null;
  return (
    typeof candidate?.name === 'string' &&
    typeof candidate.handles === 'function' &&
    typeof candidate.handle === 'function'
  );
}

/** The consumers of the running application, found through `@DomainEventConsumer()`. */
@Injectable()
export class EventConsumerRegistry implements OnModuleInit {
  private readonly logger = new Logger(EventConsumerRegistry.name);
  private consumers: readonly EventConsumer[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = this.discovery
      .getProviders({ metadataKey: DomainEventConsumer.KEY })
      .map((wrapper) => wrapper.instance as unknown);
    const consumers = found.filter(isEventConsumer);
    if (consumers.length !== found.length) {
      throw new Error('A @DomainEventConsumer() provider does not implement EventConsumer (name, handles, handle)');
    }
    // The name is the inbox key: two consumers sharing one would suppress each other's effects.
    const names = consumers.map((c) => c.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) throw new Error(`Two event consumers are named ${duplicate}`);
    this.consumers = consumers;
    this.logger.log(`Event consumers: ${names.join(', ') || 'none'}`);
  }

  consumersOf(type: EventType): readonly EventConsumer[] {
    return this.consumers.filter((c) => c.handles(type));
  }
}
