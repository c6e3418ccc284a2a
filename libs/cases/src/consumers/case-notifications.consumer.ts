import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventConsumer, DomainEventJob, EventConsumer, EventType } from '@app/events';
import { NotificationKind, NotificationsService } from '@app/notifications';
import { cardNotice, disclosureRequestMessage, toldToOwner } from './card-messages';
import { partiesOf } from './case-parties';

const CARD_EVENTS: readonly EventType[] = ['cases.card-shared', 'cases.card-read', 'cases.card-acknowledged', 'cases.card-revoked'];

/** Tells the other side of a reference card or a hit what was done: in-app notifications. */
@Injectable()
@DomainEventConsumer()
export class CaseNotificationsConsumer implements EventConsumer {
  readonly name = 'cases.notifications';

  constructor(private readonly notifications: NotificationsService) {}

  handles(type: EventType): boolean {
    return CARD_EVENTS.includes(type) || type === 'cases.disclosure-requested';
  }

  async handle(m: EntityManager, event: DomainEventJob): Promise<void> {
    if (event.type === 'cases.disclosure-requested') {
      const { matchId, requesterAgencyId, ownerAgencyId, message } = event.payload;
      const parties = await partiesOf(m, [requesterAgencyId, ownerAgencyId]);
      const requester = parties.get(requesterAgencyId);
      const owner = parties.get(ownerAgencyId);
      if (!requester || !owner) return;
      await this.notifications.notify(
        m,
        event.eventId,
        owner.caseUserIds,
        NotificationKind.CASE_DISCLOSURE_REQUESTED,
        disclosureRequestMessage(requester.agencyName, requester.stateName, message),
        { type: 'case-match', id: matchId },
      );
      return;
    }
    if (
      event.type !== 'cases.card-shared' &&
      event.type !== 'cases.card-read' &&
      event.type !== 'cases.card-acknowledged' &&
      event.type !== 'cases.card-revoked'
    ) {
      return;
    }
    const { shareId, ownerAgencyId, recipientAgencyId, handlingCode } = event.payload;
    const parties = await partiesOf(m, [ownerAgencyId, recipientAgencyId]);
    const toOwner = toldToOwner(event.type);
    const acting = parties.get(toOwner ? recipientAgencyId : ownerAgencyId);
    const told = parties.get(toOwner ? ownerAgencyId : recipientAgencyId);
    if (!acting || !told) return;
    const notice = cardNotice(event.type, acting.agencyName, acting.stateName, handlingCode);
    await this.notifications.notify(m, event.eventId, told.caseUserIds, notice.kind, notice.message, {
      type: 'case-share',
      id: shareId,
    });
  }
}
