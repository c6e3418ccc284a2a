import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventConsumer, DomainEventJob, EventConsumer, LiveSignal } from '@app/events';
import { MlaCommands } from '../mla.commands';
import { MLA_SUBJECT, POSTPONEMENT_END } from '../mla-records';

/**
 * Resumes a postponed request when its until-date comes: the deadline sweeper reports the
 * postponement's end as due, and the platform takes the RESUME step for the requested
 * agency (history, audit and both sides told, as for a step taken by hand; screens showing
 * the request hear of it live).
 */
@Injectable()
@DomainEventConsumer()
export class MlaPostponementsConsumer implements EventConsumer<'deadline.breached'> {
  readonly name = 'mla.postponements';
  readonly handles = ['deadline.breached'] as const;

  constructor(private readonly mla: MlaCommands) {}

  async handle(manager: EntityManager, event: DomainEventJob<'deadline.breached'>): Promise<readonly LiveSignal[]> {
    const { subjectType, subjectId, kind } = event.payload;
    if (subjectType !== MLA_SUBJECT || kind !== POSTPONEMENT_END) return [];
    const resumed = await this.mla.resumeAfterPostponement(manager, { actor: null, requestId: `event:${event.eventId}` }, subjectId);
    return resumed ? [{ channel: 'mla-request-changed', signal: { requestId: subjectId } }] : [];
  }
}
