import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEventConsumer, DomainEventJob, EventConsumer } from '@app/events';
import { AgencyDirectory } from '@app/identity';
import { NotificationKind, NotificationsService } from '@app/notifications';
import { cardNotice, disclosureRequestMessage, toldToOwner } from './card-messages';
import { partiesOf } from './case-parties';

const HANDLED = ['cases.card-shared', 'cases.card-read', 'cases.card-acknowledged', 'cases.card-revoked', 'cases.disclosure-requested'] as const;
type Handled = (typeof HANDLED)[number];

/** Tells the other side of a reference card or a hit what was done: in-app notifications. */
@Injectable()
@DomainEventConsumer()
export class CaseNotificationsConsumer implements EventConsumer<Handled> {
  readonly name = 'cases.notifications';
  readonly handles = HANDLED;

  constructor(
    private readonly notifications: NotificationsService,
    private readonly directory: AgencyDirectory,
  ) {}

  async handle(m: EntityManager, event: DomainEventJob<Handled>): Promise<void> {
    if (event.type === 'cases.disclosure-requested') {
      const { matchId, requesterAgencyId, ownerAgencyId, message } = event.payload;
      const parties = await partiesOf(m, this.directory, [requesterAgencyId, ownerAgencyId]);
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
    const { shareId, ownerAgencyId, recipientAgencyId, handlingCode } = event.payload;
    const parties = await partiesOf(m, this.directory, [ownerAgencyId, recipientAgencyId]);
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
