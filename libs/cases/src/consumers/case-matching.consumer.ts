import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DomainEventConsumer, DomainEventJob, EventConsumer } from '@app/events';
import { AgencyDirectory, contactsOf } from '@app/identity';
import { NotificationKind, NotificationsService } from '@app/notifications';
import { blindIndex, blindIndexLockKey } from '../domain/blind-index';
import { IdentifierType } from '../domain/case.enums';
import { hitMessage, matchNotificationKey, matchPair } from '../domain/matching';
import { partiesOf } from './case-parties';

interface MatchedCase {
  caseId: string;
  agencyId: string;
  reference: string;
  contactUserId: string;
}

/**
 * Hit/no-hit matching: computes the blind index of an added identifier and records a match
 * with every case of another State holding the same index; both owners' case users are told
 * once. Matching one index value is serialised by an advisory lock, so two sides adding the
 * same value at once still meet (the later one sees the earlier one's committed index).
 */
@Injectable()
@DomainEventConsumer()
export class CaseMatchingConsumer implements EventConsumer<'cases.identifier-added'> {
  readonly name = 'cases.matching';
  readonly handles = ['cases.identifier-added'] as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly directory: AgencyDirectory,
  ) {}

  async handle(m: EntityManager, event: DomainEventJob<'cases.identifier-added'>): Promise<void> {
    const { identifierId } = event.payload;
    const [identifier]: { type: IdentifierType; value: string; caseId: string; agencyId: string }[] = await m.query(
      `SELECT i.type, i.value, i.case_id AS "caseId", c.agency_id AS "agencyId"
         FROM case_identifier i JOIN case_file c ON c.id = i.case_id
        WHERE i.id = $1`,
      [identifierId],
    );
    if (!identifier) return; // removed before the worker came to it: it yields no hit
    const index = blindIndex(this.config.BLIND_INDEX_KEY, identifier.type, identifier.value);
    await m.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [blindIndexLockKey(index)]);
    const stored: unknown[] = await m.query(
      `WITH s AS (UPDATE case_identifier SET blind_index = $2 WHERE id = $1 RETURNING id) SELECT id FROM s`,
      [identifierId, index],
    );
    if (stored.length === 0) return;
    const candidates: { caseId: string; agencyId: string }[] = await m.query(
      `SELECT DISTINCT o.case_id AS "caseId", oc.agency_id AS "agencyId"
         FROM case_identifier o JOIN case_file oc ON oc.id = o.case_id
        WHERE o.blind_index = $1 AND o.case_id <> $2`,
      [index, identifier.caseId],
    );
    // A hit is only ever across a border: cases of the same State are not compared.
    const states = await this.directory.agencies([identifier.agencyId, ...candidates.map((c) => c.agencyId)]);
    const ownState = states.get(identifier.agencyId)?.stateCode;
    const others = candidates.filter((c) => states.get(c.agencyId)?.stateCode !== ownState);
    for (const other of others) {
      const { caseA, caseB } = matchPair(identifier.caseId, other.caseId);
      // A new pair, or one withdrawn earlier and supported again, is a hit to tell; an existing one is not.
      const found: { id: string }[] = await m.query(
        `WITH found AS (
           INSERT INTO case_match (case_a_id, case_b_id, identifier_type) VALUES ($1, $2, $3)
           ON CONFLICT (case_a_id, case_b_id, identifier_type)
             DO UPDATE SET withdrawn_at = NULL, found_at = now() WHERE case_match.withdrawn_at IS NOT NULL
           RETURNING id)
         SELECT id FROM found`,
        [caseA, caseB, identifier.type],
      );
      if (found.length) await this.tellBothSides(m, event.eventId, found[0].id, identifier.type, [caseA, caseB]);
    }
  }

  private async tellBothSides(
    m: EntityManager,
    eventId: string,
    matchId: string,
    identifierType: IdentifierType,
    caseIds: [string, string],
  ): Promise<void> {
    const cases: MatchedCase[] = await m.query(
      `SELECT c.id AS "caseId", c.agency_id AS "agencyId", c.national_reference AS reference, c.contact_user_id AS "contactUserId"
         FROM case_file c WHERE c.id = ANY($1::uuid[])`,
      [caseIds],
    );
    const contacts = await contactsOf(m, cases.map((c) => c.contactUserId));
    const parties = await partiesOf(m, this.directory, cases.map((c) => c.agencyId));
    const key = matchNotificationKey(eventId, matchId);
    for (const own of cases) {
      const other = cases.find((c) => c !== own);
      const ownParty = parties.get(own.agencyId);
      const otherParty = other && parties.get(other.agencyId);
      const contact = other && contacts.get(other.contactUserId);
      if (!other || !ownParty || !otherParty || !contact) continue;
      const message = hitMessage({
        identifierType,
        ownReference: own.reference,
        otherAgencyName: otherParty.agencyName,
        otherStateName: otherParty.stateName,
        contactName: contact.displayName,
        contactEmail: contact.email,
      });
      await this.notifications.notify(m, key, ownParty.caseUserIds, NotificationKind.CASE_MATCH_FOUND, message, {
        type: 'case-match',
        id: matchId,
      });
    }
    await this.audit.record(
      m,
      { actor: null, requestId: eventId },
      { action: 'case-match.found', outcome: 'SUCCESS', targetType: 'case-match', targetId: matchId, details: { identifierType } },
    );
  }
}
