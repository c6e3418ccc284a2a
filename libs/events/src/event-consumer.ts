import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { DomainEventJob, EventType } from './catalogue';

/**
 * A reaction to domain events. The worker runs `handle` in one transaction with the inbox
 * row for (`name`, event id), so the effect happens once however often the job is delivered.
 * `name` is that inbox key: never rename a consumer that has processed events.
 */
export interface EventConsumer {
  readonly name: string;
  handles(type: EventType): boolean;
  handle(manager: EntityManager, event: DomainEventJob): Promise<void>;
}

/**
 * Marks an `@Injectable()` EventConsumer. The worker discovers every marked provider of the
 * application, so a feature adds a consumer by declaring it in its own module, without
 * touching the processor.
 */
export const DomainEventConsumer = DiscoveryService.createDecorator<void>();
