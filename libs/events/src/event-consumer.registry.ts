import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EventType } from './catalogue';
import { DomainEventConsumer, EventConsumer } from './event-consumer';

/**
 * A discovered provider that has the shape of a consumer. Typed as taking every event: the
 * registry keeps that true by giving it only the types its `handles` names (see consumersOf).
 */
function isEventConsumer(value: unknown): value is EventConsumer {
  const candidate = value as Partial<EventConsumer> | null;
  return (
    typeof candidate?.name === 'string' &&
    Array.isArray(candidate.handles) &&
    candidate.handles.length > 0 &&
    candidate.handles.every((type) => typeof type === 'string') &&
    typeof candidate.handle === 'function'
  );
}

/** The consumers of the running application, found through `@DomainEventConsumer()`. */
@Injectable()
export class EventConsumerRegistry implements OnModuleInit {
  private readonly logger = new Logger(EventConsumerRegistry.name);
  private byType = new Map<EventType, readonly EventConsumer[]>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = this.discovery
      .getProviders({ metadataKey: DomainEventConsumer.KEY })
      .map((wrapper) => wrapper.instance as unknown);
    const consumers = found.filter(isEventConsumer);
    if (consumers.length !== found.length) {
      throw new Error('A @DomainEventConsumer() provider does not implement EventConsumer (name, handles: event types, handle)');
    }
    // The name is the inbox key: two consumers sharing one would suppress each other's effects.
    const names = consumers.map((c) => c.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) throw new Error(`Two event consumers are named ${duplicate}`);
    this.byType = consumersByType(consumers);
    this.logger.log(`Event consumers: ${names.join(', ') || 'none'}`);
  }

  /** The consumers that named `type` in their `handles`, and only those. */
  consumersOf(type: EventType): readonly EventConsumer[] {
    return this.byType.get(type) ?? [];
  }
}

/** Each event type with the consumers that handle it, in discovery order. */
function consumersByType(consumers: readonly EventConsumer[]): Map<EventType, readonly EventConsumer[]> {
  const byType = new Map<EventType, EventConsumer[]>();
  for (const consumer of consumers) {
    for (const type of new Set(consumer.handles)) byType.set(type, [...(byType.get(type) ?? []), consumer]);
  }
  return byType;
}
