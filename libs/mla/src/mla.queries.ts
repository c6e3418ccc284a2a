import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, decide, mlaReadableSql } from '@app/access';
import { AuditService } from '@app/audit';
import { CommandStep } from '@app/commands';
import { childrenOf, queryPrepared, SqlFilter } from '@app/database';
import { AgencyDirectory } from '@app/identity';
import { Actor, AuthenticatedContext, CLOCK, Clock, cursorTimestampSql, decodeKeyset, Page, pageOf, pageSize, Role } from '@app/kernel';
import { availableActions } from './domain/mla-lifecycle';
import { MlaAction, MlaSide } from './domain/mla-vocabulary';
import {
  accessTarget,
  agenciesOf,
  MLA_SUBJECT,
  MlaRequestRow,
  mlaRequests,
  readRequest,
  REQUEST_COLUMNS,
  requestColumnsFor,
  requestSelectWith,
  toView,
} from './mla-records';
import { MlaDirection, MlaHistoryEntryView, MlaMessageView, MlaRequestsQuery, MlaRequestView, MlaStatisticsView } from './mla-views';

/** Keyset position in a list, newest change first: (updated_at in microseconds, id). */
const CURSOR_AT = cursorTimestampSql('r.updated_at');

/** MLA requests' reads: one request, the lists, statistics, history and messages; reads of one object are audited. */
@Injectable()
export class MlaQueries {
  private readonly rowsOfSignals = new WeakMap<object, Promise<MlaRequestRow | null>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly step: CommandStep,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly agencies: AgencyDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(ctx: AuthenticatedContext, id: string): Promise<MlaRequestView> {
    const row = await this.visible(ctx, 'mla:read', id);
    // The requesting State's trail shows who of other States read its request.
    await this.audit.recordAlone(ctx, { action: 'mla.read', outcome: 'SUCCESS', targetType: MLA_SUBJECT, targetId: id, targetState: row.requestingState });
    return this.viewOf(row);
  }

  /** Loads a request the caller may see for `action`; anything else answers NOT_FOUND (or FORBIDDEN to act), audited. */
  visible(ctx: AuthenticatedContext, action: 'mla:read' | 'mla:act', id: string): Promise<MlaRequestRow> {
    return this.step.visible(ctx, mlaRequests, action, id);
  }

  /** A request as answered, from its row (a command's answer too). */
  async viewOf(row: MlaRequestRow): Promise<MlaRequestView> {
    return toView(row, this.clock.now(), await this.agencies.agencies(agenciesOf([row])));
  }

  /**
   * Incoming and outgoing requests of the caller's agency; the access rule is applied in the
   * SQL (mlaReadableSql, beside the rule). With `fields`, a row carries only those fields
   * besides what a view always reads.
   */
  async list(ctx: AuthenticatedContext, args: MlaRequestsQuery, fields?: ReadonlySet<string>): Promise<Page<MlaRequestView>> {
    const first = pageSize(args.first);
    const own = { requestingAgencyId: ctx.actor.agencyId, requestedAgencyId: ctx.actor.agencyId, submitted: true, forwardedBy: [] };
    if (!decide(ctx.actor, 'mla:read', own).allowed) return { entries: [], hasNextPage: false };
    const filter = args.filter ?? {};
    const now = this.clock.now();
    const where = new SqlFilter([ctx.actor.agencyId, first + 1]);
    if (filter.statuses?.length) where.where(`r.status = ANY(${where.param(filter.statuses)}::text[])`);
    if (filter.overdue !== undefined && filter.overdue !== null) {
      const at = where.param(now);
      where.where(filter.overdue ? `r.next_due_at <= ${at}` : `(r.next_due_at IS NULL OR r.next_due_at > ${at})`);
    }
    // The State of the other side: the requested one for outgoing requests, the requesting one for incoming.
    const state = filter.stateCode ? where.param(filter.stateCode) : null;
    const otherStateIs = (column: string) => (state ? ` AND r.${column} = ${state}` : '');
    if (filter.updatedSince) where.where(`r.updated_at >= ${where.param(filter.updatedSince)}`);
    if (filter.caseId) where.where(`r.case_id = ${where.param(filter.caseId)}::uuid`);
    if (args.after) {
      const { at, id } = decodeKeyset(args.after);
      where.where(`(r.updated_at, r.id) < (${where.param(at)}::timestamptz, ${where.param(id)}::uuid)`);
    }
    const select = requestSelectWith(fields ? requestColumnsFor(fields) : REQUEST_COLUMNS, `${CURSOR_AT} AS "cursorAt"`);
    const part = (condition: string) =>
      `(${select}
         WHERE ${condition}${where.and}
         ORDER BY r.updated_at DESC, r.id DESC LIMIT $2)`;
    const parts = [];
    if (filter.direction !== MlaDirection.INCOMING) parts.push(part(`${mlaReadableSql.outgoing('$1')}${otherStateIs('requested_state')}`));
    if (filter.direction !== MlaDirection.OUTGOING) {
      parts.push(part(`${mlaReadableSql.incoming('$1')}${otherStateIs('requesting_state')}`));
      if (ctx.actor.roles.includes(Role.CENTRAL_AUTHORITY_OFFICER)) parts.push(part(`${mlaReadableSql.forwarded('$1')}${otherStateIs('requesting_state')}`));
    }
    const rows = await queryPrepared<MlaRequestRow & { cursorAt: string }>(
      this.db,
      `SELECT * FROM (${parts.join(' UNION ALL ')}) page ORDER BY "updatedAt" DESC, id DESC LIMIT $2`,
      where.params,
    );
    const [agencies] = await Promise.all([
      this.agencies.agencies(agenciesOf(rows)),
      this.audit.recordAlone(ctx, {
        action: 'mla.list',
        outcome: 'SUCCESS',
        targetType: MLA_SUBJECT,
        details: { ids: rows.slice(0, first).map((r) => r.id).join(',') },
      }),
    ]);
    return pageOf(rows, first, (r) => [r.cursorAt, r.id], (r) => toView(r, now, agencies));
  }

  async statistics(ctx: AuthenticatedContext): Promise<MlaStatisticsView> {
    await this.access.authorize(ctx, 'mla:statistics', {}, { type: 'mla-statistics', id: ctx.actor.agencyId });
    // As in list(): the requested side never learns of a request never submitted, not even as a count.
    const mine = `FROM mla_request r WHERE ${mlaReadableSql.outgoing('$1')} OR (r.requested_agency_id = $1 AND r.submitted_at IS NOT NULL)`;
    const byStatus: MlaStatisticsView['byStatus'] = await this.db.query(
      `SELECT status, count(*)::int AS count ${mine} GROUP BY status ORDER BY status`,
      [ctx.actor.agencyId],
    );
    const [figures]: { overdue: number; ack: number | null; exec: number | null }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE next_due_at <= $2)::int AS overdue,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - submitted_at) / 86400) AS ack,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM executed_at - submitted_at) / 86400) AS exec
         ${mine}`,
      [ctx.actor.agencyId, this.clock.now()],
    );
    return { byStatus, overdue: figures.overdue, medianDaysToAcknowledge: figures.ack, medianDaysToExecute: figures.exec };
  }

  /** The history of each request, oldest first, aligned with `requestIds`; only for requests the caller was allowed to read. */
  historyOf(requestIds: readonly string[]): Promise<MlaHistoryEntryView[][]> {
    return childrenOf(
      this.db,
      `SELECT request_id AS "parentId", action, from_status AS "fromStatus", to_status AS "toStatus",
              actor_user_id AS "actorUserId", actor_agency_id AS "actorAgencyId", at, comment
         FROM mla_history WHERE request_id = ANY($1::uuid[]) ORDER BY id`,
      requestIds,
    );
  }

  /** The message thread of each request, oldest first, aligned with `requestIds`; only for requests the caller was allowed to read. */
  messagesOf(requestIds: readonly string[]): Promise<MlaMessageView[][]> {
    return childrenOf(
      this.db,
      `SELECT request_id AS "parentId", id, author_user_id AS "authorUserId", author_agency_id AS "authorAgencyId", body,
              created_at AS "createdAt"
         FROM mla_message WHERE request_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      requestIds,
    );
  }

  /**
   * The steps the caller's side may take on a request it was allowed to read, by the
   * lifecycle's own table: none for an agency that only forwarded it (it reads, no longer acts).
   */
  actionsFor(ctx: AuthenticatedContext, request: Pick<MlaRequestView, 'status' | 'resumeStatus' | 'closed' | 'extensionDays' | 'requestingAgencyId' | 'requestedAgencyId'>): MlaAction[] {
    const side =
      request.requestingAgencyId === ctx.actor.agencyId
        ? MlaSide.REQUESTING
        : request.requestedAgencyId === ctx.actor.agencyId
          ? MlaSide.REQUESTED
          : null;
    if (side === null) return [];
    return availableActions({ status: request.status, resumeStatus: request.resumeStatus, closed: request.closed }, side, {
      deadlineExtended: request.extensionDays > 0,
    });
  }

  /**
   * Whether the caller may read the request now, decided as a read would be but not audited:
   * for each live delivery. The request is read once per `signal` (the one change every
   * subscriber of this gateway is told of); the decision is each subscriber's own.
   */
  async mayRead(actor: Actor, id: string, signal: object): Promise<boolean> {
    let read = this.rowsOfSignals.get(signal);
    if (!read) this.rowsOfSignals.set(signal, (read = readRequest(this.db.manager, id)));
    const row = await read;
    return row !== null && decide(actor, 'mla:read', accessTarget(row)).allowed;
  }
}
