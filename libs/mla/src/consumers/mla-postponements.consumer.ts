import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventConsumer, DomainEventJob, EventConsumer, EventType } from '@app/events';
import { MLA_SUBJECT, MlaService, POSTPONEMENT_END } from '../mla.service';

/**
 * Resumes a postponed request when its until-date comes: the deadline sweeper reports the
 * postponement's end as due, and the platform takes the RESUME step for the requested
 * agency (history, audit and both sides told, as for a step taken by hand).
 */
@Injectable()
@DomainEventConsumer()
export class MlaPostponementsConsumer implements EventConsumer {
  readonly name = 'mla.postponements';

  constructor(private readonly mla: MlaService) {}

  handles(type: EventType): boolean {
    return type === 'deadline.breached';
  }

  async handle(manager: EntityManager, event: DomainEventJob): Promise<void> {
    if (event.type !== 'deadline.breached') return;
    const { subjectType, subjectId, kind } = event.payload;
    if (subjectType !== MLA_SUBJECT || kind !== POSTPONEMENT_END) return;
    await this.mla.resumeAfterPostponement(manager, { actor: null, requestId: `event:${event.eventId}` }, subjectId);
  }
}
