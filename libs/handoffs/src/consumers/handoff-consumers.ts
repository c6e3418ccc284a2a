import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventConsumer, DomainEventJob, EventConsumer } from '@app/events';
import { Role } from '@app/kernel';
import { NotificationKind, NotificationsService } from '@app/notifications';
import { HandoffStatus } from '../domain/handoff.model';
import { ACCEPTANCE_DEADLINE, HANDOFF_SUBJECT } from '../handoff.records';
import { acceptanceDeadlineMessage, handoffChangeMessage } from './handoff-notices';

const DEADLINE_EVENTS = ['deadline.reminder-due', 'deadline.breached'] as const;
type DeadlineEvent = (typeof DEADLINE_EVENTS)[number];

/** Every change on a handoff is told to the coordinators of the other agency. */
@Injectable()
@DomainEventConsumer()
export class HandoffChangedConsumer implements EventConsumer<'handoff.changed'> {
  readonly name = 'handoffs.notify-other-side';
  readonly handles = ['handoff.changed'] as const;

  constructor(private readonly notifications: NotificationsService) {}

  async handle(manager: EntityManager, event: DomainEventJob<'handoff.changed'>): Promise<void> {
    const p = event.payload;
    const otherSide = p.actorAgencyId === p.referringAgencyId ? p.receivingAgencyId : p.referringAgencyId;
    const kind =
      p.change === 'proposed'
        ? NotificationKind.HANDOFF_PROPOSED
        : p.change === 'message-sent'
          ? NotificationKind.HANDOFF_MESSAGE
          : NotificationKind.HANDOFF_CHANGED;
    await this.notifications.notifyStaff(
      manager,
      event.eventId,
      { agencyIds: [otherSide], roles: [Role.VICTIM_COORDINATOR] },
      kind,
      handoffChangeMessage(p),
      { type: 'handoff', id: p.handoffId },
    );
  }
}

/**
 * The acceptance deadline: the reminder goes to the receiving coordinators, who must act;
 * a breach goes to them, to the referring coordinators and to the referrer. The sweeper
 * raises each once; the inbox makes each notice once.
 */
@Injectable()
@DomainEventConsumer()
export class HandoffAcceptanceDeadlineConsumer implements EventConsumer<DeadlineEvent> {
  readonly name = 'handoffs.acceptance-deadline';
  readonly handles = DEADLINE_EVENTS;

  constructor(private readonly notifications: NotificationsService) {}

  async handle(manager: EntityManager, event: DomainEventJob<DeadlineEvent>): Promise<void> {
    const { subjectType, subjectId, kind, dueAt } = event.payload;
    if (subjectType !== HANDOFF_SUBJECT || kind !== ACCEPTANCE_DEADLINE) return;
    const [handoff]: { victim_code: string; status: HandoffStatus; referring_agency_id: string; receiving_agency_id: string; proposed_by: string }[] =
      await manager.query(
        `SELECT victim_code, status, referring_agency_id, receiving_agency_id, proposed_by FROM handoff WHERE id = $1`,
        [subjectId],
      );
    // Accepted or declined meanwhile: the deadline was met.
    if (!handoff || handoff.status !== HandoffStatus.PROPOSED) return;
    const breached = event.type === 'deadline.breached';
    const recipients = breached
      ? [
          ...(await this.notifications.staffOf(manager, [handoff.receiving_agency_id, handoff.referring_agency_id], [Role.VICTIM_COORDINATOR])),
          handoff.proposed_by,
        ]
      : await this.notifications.staffOf(manager, [handoff.receiving_agency_id], [Role.VICTIM_COORDINATOR]);
    await this.notifications.notify(
      manager,
      event.eventId,
      [...new Set(recipients)],
      breached ? NotificationKind.HANDOFF_ACCEPTANCE_BREACHED : NotificationKind.HANDOFF_ACCEPTANCE_REMINDER,
      acceptanceDeadlineMessage(handoff.victim_code, dueAt, breached),
      { type: 'handoff', id: subjectId },
    );
  }
}
