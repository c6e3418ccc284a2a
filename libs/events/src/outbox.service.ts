import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryPrepared } from '@app/database';
import { DomainEvent } from './catalogue';

const COLUMNS_PER_EVENT = 4;

/**
 * Records domain events in the caller's transaction, so an event exists exactly when the
 * state change that caused it committed. Needs no Redis: the worker's relay queues the rows.
 */
@Injectable()
export class OutboxService {
  async publish(manager: EntityManager, events: readonly DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const values = events.map((_, i) => {
      const at = i * COLUMNS_PER_EVENT;
      return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}::jsonb)`;
    });
    const params = events.flatMap((e) => [e.type, e.aggregateType, e.aggregateId, JSON.stringify(e.payload)]);
    await queryPrepared(
      manager,
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ${values.join(', ')}`,
      params,
    );
  }
}
