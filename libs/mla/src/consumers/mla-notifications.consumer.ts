import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Statement } from '@app/database';
import { MLA_ROLES } from '@app/access';
import { DomainEventConsumer, DomainEventJob, EventConsumer } from '@app/events';
import { NotificationKind, NotificationsService, NotificationSubject, Staff } from '@app/notifications';
import { MlaStatus } from '../domain/mla-vocabulary';
import { MLA_SUBJECT, POSTPONEMENT_END } from '../mla-records';

const HANDLED = ['mla.request-transitioned', 'mla.message-posted', 'deadline.reminder-due', 'deadline.breached'] as const;
type Handled = (typeof HANDLED)[number];

/**
 * Tells the MLA staff of the right agencies: the other side of a step or message; for a
 * deadline, the acting side before it (the requested one, or the requesting one while its
 * answer to a question is awaited), and both sides once it is missed.
 */
@Injectable()
@DomainEventConsumer()
export class MlaNotificationsConsumer implements EventConsumer<Handled> {
  readonly name = 'mla.notifications';
  readonly handles = HANDLED;

  constructor(private readonly notifications: NotificationsService) {}

  /** A step or a message: who is told what needs no lookup, so it is one repeatable statement. */
  repeatableEffect(event: DomainEventJob<Handled>): Statement | null {
    const notice = noticeOf(event);
    return notice && this.notifications.notifyStaffStatement(event.eventId, notice.staff, notice.kind, notice.message, notice.subject);
  }

  /** Deadlines: the request is looked up first (steps and messages go by repeatableEffect). */
  async handle(manager: EntityManager, event: DomainEventJob<Handled>): Promise<void> {
    switch (event.type) {
      case 'deadline.reminder-due':
      case 'deadline.breached': {
        const { subjectType, subjectId, kind, dueAt } = event.payload;
        // A postponement's end is no deadline to meet: MlaPostponementsConsumer resumes the request.
        if (subjectType !== MLA_SUBJECT || kind === POSTPONEMENT_END) return;
        const [request]: { reference: string; status: MlaStatus; requesting: string; requested: string }[] = await manager.query(
          `SELECT reference, status, requesting_agency_id AS requesting, requested_agency_id AS requested FROM mla_request WHERE id = $1`,
          [subjectId],
        );
        if (!request) return;
        const due = new Date(dueAt).toISOString().slice(0, 16).replace('T', ' ');
        if (event.type === 'deadline.reminder-due') {
          const awaitingAnswer = request.status === MlaStatus.ADDITIONAL_INFO_REQUESTED;
          const message = `MLA request ${request.reference}: ${awaitingAnswer ? 'your answer is awaited; ' : ''}the ${kind} deadline is due ${due} UTC.`;
          const acting = awaitingAnswer ? request.requesting : request.requested;
          return this.tell(manager, event.eventId, [acting], NotificationKind.MLA_DEADLINE_REMINDER, message, { type: MLA_SUBJECT, id: subjectId, reference: request.reference });
        }
        const message = `MLA request ${request.reference}: the ${kind} deadline of ${due} UTC was missed.`;
        return this.tell(manager, event.eventId, [request.requested, request.requesting], NotificationKind.MLA_DEADLINE_BREACHED, message, { type: MLA_SUBJECT, id: subjectId, reference: request.reference });
      }
    }
  }

  private async tell(
    manager: EntityManager,
    eventId: string,
    agencyIds: readonly string[],
    kind: NotificationKind,
    message: string,
    subject: NotificationSubject,
  ): Promise<void> {
    await this.notifications.notifyStaff(manager, eventId, { agencyIds, roles: MLA_ROLES }, kind, message, subject);
  }
}

/** Whom a step or message is told to (the staff of the agencies it names), and how; null for other events. */
function noticeOf(event: DomainEventJob<Handled>): { staff: Staff; kind: NotificationKind; message: string; subject: NotificationSubject } | null {
  if (event.type !== 'mla.request-transitioned' && event.type !== 'mla.message-posted') return null;
  const { requestId, reference, notifyAgencyIds } = event.payload;
  const [kind, message] =
    event.type === 'mla.request-transitioned'
      ? [NotificationKind.MLA_REQUEST_CHANGED, `MLA request ${reference}: ${event.payload.action.toLowerCase().replace(/_/g, ' ')} (now ${event.payload.toStatus}).`]
      : [NotificationKind.MLA_MESSAGE, `New message on MLA request ${reference}.`];
  return { staff: { agencyIds: notifyAgencyIds, roles: MLA_ROLES }, kind, message, subject: { type: MLA_SUBJECT, id: requestId, reference } };
}
