import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryPrepared, Statement } from '@app/database';
import { DomainEvent } from './catalogue';

const COLUMNS_PER_EVENT = 4;

/**
 * Records domain events in the caller's transaction, so an event exists exactly when the
 * state change that caused it committed. Needs no Redis: the worker's relay queues the rows.
 */
@Injectable()
export class OutboxService {
  private written = 0;

  /** How many events this process has written so far (rolled back ones included). */
  get eventsWritten(): number {
    return this.written;
  }

  async publish(manager: EntityManager, events: readonly DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const { sql, params } = this.publishStatement(events);
    await queryPrepared(manager, sql, [...params]);
  }

  /** The statement `publish` runs (events must not be empty), for a command that writes its rows together (runTogether). */
  publishStatement(events: readonly DomainEvent[]): Statement {
    this.written += events.length;
    const values = events.map((_, i) => {
      const at = i * COLUMNS_PER_EVENT;
      return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}::jsonb)`;
    });
    return {
      sql: `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ${values.join(', ')}`,
      params: events.flatMap((e) => [e.type, e.aggregateType, e.aggregateId, JSON.stringify(e.payload)]),
    };
  }
}
