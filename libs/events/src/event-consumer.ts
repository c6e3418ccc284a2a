import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { Statement } from '@app/database';
import { DomainEventJob, EventType } from './catalogue';
import { LiveSignal } from './live/live-channels';

/**
 * A reaction to domain events of the types `T`. The consumer names them once, in `handles`;
 * the worker gives it no other event, so `handle` and `repeatableEffect` receive the event
 * already narrowed to `T` (its payload typed) and need not check the type again.
 *
 * The worker runs `handle` in one transaction with the inbox row for (`name`, event id), so
 * the effect happens once however often the job is delivered. `name` is that inbox key: never
 * rename a consumer that has processed events.
 */
export interface EventConsumer<T extends EventType = EventType> {
  readonly name: string;
  readonly handles: readonly T[];
  // Function-typed properties rather than methods: TypeScript then checks an implementation's
  // parameter strictly, so a consumer cannot take fewer event types than it names.
  /**
   * May answer the live signals its change calls for (a request it stepped, say): the worker
   * sends them once the transaction has committed, so no screen re-reads before the change.
   */
  readonly handle: (manager: EntityManager, event: DomainEventJob<T>) => Promise<void | readonly LiveSignal[]>;
  /**
   * Optionally, the effect on this event as one statement that is harmless to repeat (an
   * insert keyed on the event id, say). The worker then writes it with the inbox row as a
   * single statement, one round trip instead of a transaction; null means: use `handle`.
   */
  readonly repeatableEffect?: (event: DomainEventJob<T>) => Statement | null;
}

/**
 * Marks an `@Injectable()` EventConsumer. The worker discovers every marked provider of the
 * application, so a feature adds a consumer by declaring it in its own module, without
 * touching the processor.
 */
export const DomainEventConsumer = DiscoveryService.createDecorator<void>();
