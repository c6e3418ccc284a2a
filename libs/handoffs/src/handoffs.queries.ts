import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AccessService, decide as decideAccess, HandoffTarget, handoffReadableSql, has } from '@app/access';
import { AuditService } from '@app/audit';
import { CommandStep } from '@app/commands';
import { APP_CONFIG, AppConfig } from '@app/config';
import { childrenOf, SqlFilter } from '@app/database';
import { AgencyDirectory, AgencyFacts, DirectoryService, SecondFactorService } from '@app/identity';
import { Actor, AuthenticatedContext, CLOCK, Clock, decodeKeyset, Page, pageOf, pageSize, Role } from '@app/kernel';
import { Keyring, unseal, victimIdentityAad } from './domain/victim-data-seal';
import { HandoffDirection } from './domain/handoff.model';
import { HandoffListQuery } from './handoff.inputs';
import { Handoff, HandoffMessage, HandoffServiceEntry, HandoffStatistics, IdentityReveal, VictimIdentity } from './handoff.views';
import { agencyIdsOf, HANDOFF_COLUMNS, HandoffLoad, HandoffRow, HANDOFFS, overdueSql, targetOf, toHandoff, viewFor } from './handoff.records';
import { VICTIM_KEYRING } from './victim-keyring';

/**
 * Reads of victim-support handoffs. Every read of a handoff is audited; identifying data is
 * sealed with AES-256-GCM and opened only in revealVictimIdentity, a read with its own audit.
 */
@Injectable()
export class HandoffsQueries {
  private readonly rowsOfSignals = new WeakMap<object, Promise<HandoffRow | null>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly step: CommandStep,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly secondFactor: SecondFactorService,
    private readonly directory: DirectoryService,
    private readonly agencies: AgencyDirectory,
    @Inject(VICTIM_KEYRING) private readonly keyring: Keyring,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handoff(ctx: AuthenticatedContext, id: string): Promise<Handoff> {
    const row = await this.visible(ctx, 'handoff:read', id);
    // The referring State's trail shows who of other States read the victim's handoff.
    await this.audit.recordAlone(ctx, { action: 'handoff.read', outcome: 'SUCCESS', targetType: 'handoff', targetId: id, targetState: row.referring_state });
    return this.viewOf(ctx.actor, row);
  }

  /** The handoffs the caller may read ('handoff:read', applied in SQL so no other row is loaded), newest first. */
  async handoffs(ctx: AuthenticatedContext, query: HandoffListQuery): Promise<Page<Handoff>> {
    const first = pageSize(query.first);
    const { actor } = ctx;
    const sql = new SqlFilter();
    sql.where(handoffReadableSql(actor, (value) => sql.param(value)));
    const filter = query.filter ?? {};
    if (filter.direction) {
      const [agencyColumn, stateColumn] =
        filter.direction === HandoffDirection.INCOMING ? ['t.receiving_agency_id', 't.receiving_state'] : ['t.referring_agency_id', 't.referring_state'];
      // A coordinator's direction is their agency's; law enforcement's is their State's.
      const agency = `${agencyColumn} = ${sql.param(actor.agencyId)}`;
      sql.where(has(actor, Role.VICTIM_COORDINATOR) ? agency : `(${agency} OR ${stateColumn} = ${sql.param(actor.stateCode)})`);
    }
    if (filter.status) sql.where(`t.status = ${sql.param(filter.status)}`);
    if (filter.caseReference) sql.where(`t.linked_case_reference = ${sql.param(filter.caseReference)}`);
    if (filter.overdue !== undefined && filter.overdue !== null) {
      const overdue = overdueSql(sql.param(this.clock.now()));
      sql.where(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    if (query.after) {
      const { at, id } = decodeKeyset(query.after);
      sql.where(`(t.proposed_at, t.id) < (${sql.param(at)}::timestamptz, ${sql.param(id)}::uuid)`);
    }
    const limit = sql.param(first + 1);
    const rows: HandoffRow[] = await this.db.query(
      `SELECT ${HANDOFF_COLUMNS} FROM handoff t WHERE true${sql.and} ORDER BY t.proposed_at DESC, t.id DESC LIMIT ${limit}`,
      sql.params,
    );
    const agencies = await this.agencies.agencies(agencyIdsOf(rows));
    const page = pageOf(rows, first, (row) => [row.cursor_at, row.id], (row) => this.shaped(actor, row, agencies));
    if (page.entries.length) {
      await this.audit.recordAlone(ctx, {
        action: 'handoff.list',
        outcome: 'SUCCESS',
        targetType: 'handoff',
        details: { count: page.entries.length, ids: page.entries.map((e) => e.item.id).join(',') },
      });
    }
    return page;
  }

  /**
   * Opens the sealed identity for one of the two coordinators. Anyone else is answered
   * FORBIDDEN, whether the handoff exists or not, and the attempt is audited.
   */
  async revealVictimIdentity(
    ctx: AuthenticatedContext,
    handoffId: string,
    purpose: string,
    oneTimeCode?: string | null,
  ): Promise<VictimIdentity> {
    const rows: SealedIdentityRow[] = isUUID(handoffId)
      ? await this.db.query(
          `SELECT id, victim_code, referring_agency_id, receiving_agency_id, referring_state, receiving_state,
                  consent_scope, consent_withdrawn_at, identity_key_id, identity_sealed
             FROM handoff WHERE id = $1`,
          [handoffId],
        )
      : [];
    const row = rows[0];
    await this.access.authorize(ctx, 'handoff:reveal-identity', row ? targetOf(row) : NO_HANDOFF, {
      type: 'victim-identity',
      id: handoffId,
    });
    // Identity is the most sensitive data here: a fresh second-factor code, not only the session's.
    await this.secondFactor.confirmFresh(ctx, oneTimeCode, { action: 'handoff:reveal-identity', targetType: 'victim-identity', targetId: handoffId });
    const identity = JSON.parse(
      unseal(this.keyring, { keyId: row.identity_key_id, data: row.identity_sealed }, victimIdentityAad(handoffId)),
    ) as VictimIdentity;
    // Recorded before the data leaves: no audit row, no disclosure.
    await this.audit.recordAlone(ctx, {
      action: 'handoff.reveal-identity',
      outcome: 'SUCCESS',
      targetType: 'victim-identity',
      targetId: handoffId,
      targetState: row.referring_state,
      purpose,
      recipients: [ctx.actor.userId],
      details: { victimCode: row.victim_code },
    });
    return identity;
  }

  /** Every reveal of each handoff's victim identity, aligned with `handoffIds`; only for handoffs a coordinator was allowed to read. */
  async revealsOf(handoffIds: readonly string[]): Promise<IdentityReveal[][]> {
    const reveals = await this.audit.successesOn('handoff.reveal-identity', handoffIds);
    const names = await this.directory.displayNamesOf([...new Set(reveals.flat().flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))]);
    return reveals.map((events) =>
      events.map((event) => ({
        revealedAt: event.occurredAt,
        revealedBy: (event.actorUserId && names.get(event.actorUserId)) ?? '—',
        agencyId: event.actorAgencyId ?? '',
        purpose: event.purpose ?? '',
      })),
    );
  }

  /** The service log of each handoff, aligned with `handoffIds`; only for handoffs a coordinator was allowed to read. */
  servicesOf(handoffIds: readonly string[]): Promise<HandoffServiceEntry[][]> {
    return childrenOf(
      this.db,
      `SELECT handoff_id AS "parentId", id, need, delivered_at AS "deliveredAt", delivered_by AS "deliveredBy", note
         FROM handoff_service WHERE handoff_id = ANY($1::uuid[]) ORDER BY delivered_at, id`,
      handoffIds,
    );
  }

  /** The coordinators' messages on each handoff, aligned with `handoffIds`; only for handoffs a coordinator was allowed to read. */
  messagesOf(handoffIds: readonly string[]): Promise<HandoffMessage[][]> {
    return childrenOf(
      this.db,
      `SELECT handoff_id AS "parentId", id, author_user_id AS "authorUserId", author_agency_id AS "authorAgencyId", body,
              sent_at AS "sentAt"
         FROM handoff_message WHERE handoff_id = ANY($1::uuid[]) ORDER BY sent_at, id`,
      handoffIds,
    );
  }

  async statistics(ctx: AuthenticatedContext): Promise<HandoffStatistics> {
    await this.access.authorize(ctx, 'handoff:statistics', {}, { type: 'handoff-statistics', id: ctx.actor.agencyId });
    const own = `(referring_agency_id = $1 OR receiving_agency_id = $1)`;
    const countBy = (column: string): Promise<{ key: string; count: number }[]> =>
      this.db.query(
        `SELECT ${column} AS key, count(*)::int AS count FROM handoff WHERE ${own} GROUP BY ${column} ORDER BY ${column}`,
        [ctx.actor.agencyId],
      );
    const [byStatus, byExploitationForm, [{ median }]] = await Promise.all([
      countBy('status'),
      countBy('exploitation_form'),
      this.db.query(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - proposed_at) / 3600)::float8 AS median
           FROM handoff WHERE ${own} AND accepted_at IS NOT NULL`,
        [ctx.actor.agencyId],
      ) as Promise<{ median: number | null }[]>,
    ]);
    return { byStatus, byExploitationForm, medianHoursToAcceptance: median };
  }

  /**
   * Whether the caller may read the handoff now (consent included), decided as a read would be
   * but not audited: for each live delivery. Read once per `signal`, decided per subscriber.
   */
  async mayRead(actor: Actor, id: string, signal: object): Promise<boolean> {
    let read = this.rowsOfSignals.get(signal);
    if (!read) this.rowsOfSignals.set(signal, (read = HANDOFFS.read(this.db.manager, id)));
    const row = await read;
    return row !== null && decideAccess(actor, 'handoff:read', targetOf(row)).allowed;
  }

  /** Refuses, as a read would (NOT_FOUND, audited), a handoff the caller may not see. */
  async checkVisible(ctx: AuthenticatedContext, id: string): Promise<void> {
    await this.visible(ctx, 'handoff:read', id);
  }

  /** Loads a handoff the caller may see for `action`; anything else is NOT_FOUND (audited) or FORBIDDEN. */
  visible(ctx: AuthenticatedContext, action: HandoffLoad, id: string): Promise<HandoffRow> {
    return this.step.visible(ctx, HANDOFFS, action, id);
  }

  /** The handoff as `actor` sees it. */
  async viewOf(actor: Actor, row: HandoffRow): Promise<Handoff> {
    return this.shaped(actor, row, await this.agencies.agencies(agencyIdsOf([row])));
  }

  private shaped(actor: Actor, row: HandoffRow, agencies: ReadonlyMap<string, AgencyFacts>): Handoff {
    // A liaison officer's first referral under ASSISTANCE_ONLY: they see what they sent, as law enforcement would.
    return toHandoff(row, viewFor(actor, row) ?? 'LAW_ENFORCEMENT', agencies, this.clock.now(), this.config.HANDOFF_REFLECTION_DAYS);
  }
}

type SealedIdentityRow = Parameters<typeof targetOf>[0] &
  Pick<HandoffRow, 'victim_code'> & { identity_key_id: string; identity_sealed: Buffer };

/** A target no one coordinates: a reveal of a missing handoff is refused like any other. */
const NO_HANDOFF: HandoffTarget = {
  referringAgencyId: '',
  receivingAgencyId: '',
  referringStateCode: '',
  receivingStateCode: '',
  consentScope: null,
};
