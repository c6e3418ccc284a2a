import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, decide, MlaRequestTarget } from '@app/access';
import { AuditedCommands, AuditService } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { isConcurrentChange, NamedStatement, queryPrepared, runTogether, SqlFilter, Statement } from '@app/database';
import { DeadlinesService } from '@app/deadlines';
import { LiveSignalSender, OutboxService } from '@app/events';
import {
  Actor,
  AgencyKind,
  AuthenticatedContext,
  BadUserInputError,
  CLOCK,
  Clock,
  ConflictError,
  cursorTimestampSql,
  decodeKeyset,
  FieldProblem,
  ForbiddenError,
  pageSize,
  refusalError,
  RequestContext,
  Role,
} from '@app/kernel';
import { ConnectionShape, childrenOf, toConnection } from '@app/platform';
import { missingElements } from './domain/mla-completeness';
import { computeDeadlines, DeadlineDefaults, DeadlineKind, nextDue, reminderAt, runningDeadlines } from './domain/mla-deadlines';
import { availableActions, LifecycleState, sideOf, stepComment, transition } from './domain/mla-lifecycle';
import { applyOutcomes, Measure } from './domain/mla-measures';
import { MeasureOutcome, MlaAction, MlaSide, MlaStatus, RECEIVING_AGENCY_KINDS } from './domain/mla-vocabulary';
import {
  CreateMlaRequestInput,
  MlaDirection,
  MlaDraftContentInput,
  MlaHistoryEntryModel,
  MlaMessageModel,
  MlaRequestModel,
  MlaRequestsArgs,
  MlaStatisticsModel,
  MlaTransitionInput,
  PostMlaMessageInput,
  UpdateMlaDraftInput,
} from './dto/mla.types';
import { nextReference } from './mla-reference';
import { dueDatesOf, lifecycleOf, MlaRequestNode, MlaRequestRow, REQUEST_COLUMNS, REQUEST_SELECT, requestColumnsFor, requestSelectWith, toModel } from './mla-request.view';

/** The deadlines service knows subjects by this type. */
export const MLA_SUBJECT = 'mla-request';

/** The deadline kind of a postponement's end, when the worker resumes the request. */
export const POSTPONEMENT_END = 'postponement-end';

/** Whom a step is recorded for: a signed-in user, or the platform acting for an agency (no user). */
interface StepActor {
  readonly ctx: RequestContext;
  readonly userId: string | null;
  readonly agencyId: string;
  readonly stateCode: string;
}

const userActor = (ctx: AuthenticatedContext): StepActor => ({
  ctx,
  userId: ctx.actor.userId,
  agencyId: ctx.actor.agencyId,
  stateCode: ctx.actor.stateCode,
});

/** The configured periods for legal bases that fix none. */
export function deadlineDefaultsOf(config: AppConfig): DeadlineDefaults {
  return {
    normal: { acknowledgementDays: config.MLA_ACK_DAYS, decisionDays: config.MLA_DECISION_DAYS, executionDays: config.MLA_EXECUTION_DAYS },
    urgent: {
      acknowledgementDays: config.MLA_URGENT_ACK_DAYS,
      decisionDays: config.MLA_URGENT_DECISION_DAYS,
      executionDays: config.MLA_URGENT_EXECUTION_DAYS,
    },
  };
}

/** Agencies that receive MLA requests. */

type Columns = Record<string, unknown>;

/** Keyset position in a list, newest change first: (updated_at in microseconds, id). */
const CURSOR_AT = cursorTimestampSql('r.updated_at');

/**
 * MLA requests: drafting, the lifecycle with the acting side enforced, history, messages,
 * lists and statistics. Every command writes its history row, audit row, outbox event and
 * deadlines atomically with its change: steps and draft edits as one statement that applies
 * only to the version read (no lock held), the others in one transaction.
 */
@Injectable()
export class MlaService {
  private readonly deadlineDefaults: DeadlineDefaults;

  private readonly rowsOfSignals = new WeakMap<object, Promise<MlaRequestRow | null>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly commands: AuditedCommands,
    private readonly outbox: OutboxService,
    private readonly deadlines: DeadlinesService,
    private readonly live: LiveSignalSender,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.deadlineDefaults = deadlineDefaultsOf(config);
  }

  async create(ctx: AuthenticatedContext, input: CreateMlaRequestInput): Promise<MlaRequestModel> {
    await this.access.authorize(ctx, 'mla:create', {}, { type: MLA_SUBJECT });
    const [requested]: { state_code: string; kind: string }[] = await this.db.query(
      `SELECT state_code, kind FROM agency WHERE id = $1`,
      [input.requestedAgencyId],
    );
    const problems: FieldProblem[] = [];
    if (!requested || requested.state_code === ctx.actor.stateCode || !RECEIVING_AGENCY_KINDS.includes(requested.kind)) {
      problems.push({ field: 'requestedAgencyId', problem: 'must be a central authority or prosecution service of another State' });
    }
    problems.push(...(await this.caseProblems(ctx, input.caseId)));
    if (problems.length) throw BadUserInputError.of(problems);
    const now = this.clock.now();
    return this.db.transaction(async (m) => {
      const columns: Columns = {
        reference: await nextReference(m, ctx.actor.stateCode, now.getUTCFullYear()),
        requesting_agency_id: ctx.actor.agencyId,
        requesting_state: ctx.actor.stateCode,
        requested_agency_id: input.requestedAgencyId,
        requested_state: requested.state_code,
        status: MlaStatus.DRAFT,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
        ...contentColumns(input),
      };
      const names = Object.keys(columns);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO mla_request (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
        Object.values(columns),
      );
      const [row] = await runTogether<MlaRequestRow>(
        m,
        [
          historyStatement(userActor(ctx), id, 'CREATE', null, MlaStatus.DRAFT, null, now),
          this.audit.recordStatement(ctx, { action: 'mla.create', outcome: 'SUCCESS', targetType: MLA_SUBJECT, targetId: id }),
        ],
        { sql: `${REQUEST_SELECT} WHERE r.id = $1`, params: [id] },
      );
      return toModel(row, now);
    });
  }

  async updateDraft(ctx: AuthenticatedContext, input: UpdateMlaDraftInput): Promise<MlaRequestModel> {
    const problems = await this.caseProblems(ctx, input.caseId);
    if (problems.length) throw BadUserInputError.of(problems);
    return this.act(ctx, input.id, input.expectedVersion, async (current, side) => {
      if (side !== MlaSide.REQUESTING) throw new ForbiddenError('Not allowed: only the requesting side edits a draft');
      if (current.status !== MlaStatus.DRAFT) {
        throw ConflictError.notInState(current.status, `only a draft can be edited; the request is ${current.status}`);
      }
      const now = this.clock.now();
      const row = await guardedChange(
        this.db.manager,
        updateReturningRow(current, current.requestedAgencyId, { ...contentColumns(input), updated_at: now }),
        [this.audit.recordStatement(ctx, { action: 'mla.update-draft', outcome: 'SUCCESS', targetType: MLA_SUBJECT, targetId: input.id })],
      );
      return toModel(row, now);
    });
  }

  /**
   * A step of the lifecycle. No lock is taken: the step is decided on the version read, and
   * written as one statement that applies only to that version (else CONFLICT, nothing kept).
   */
  transition(ctx: AuthenticatedContext, input: MlaTransitionInput): Promise<MlaRequestModel> {
    return this.act(ctx, input.id, input.expectedVersion, async (current, side) => {
      if (input.action === MlaAction.FORWARD && input.forwardToAgencyId && sideOf(input.action) === side) {
        await this.checkForwardTarget(ctx, current, input.forwardToAgencyId);
      }
      return toModel(await this.applyStep(this.db.manager, userActor(ctx), current, input, side), this.clock.now());
    });
  }

  /**
   * The end of a postponement (its deadline swept by the worker): the platform resumes the
   * request for the requested agency, in the caller's transaction. Returns false when there
   * is nothing to resume (resumed by hand meanwhile, withdrawn, or postponed again later).
   */
  async resumeAfterPostponement(m: EntityManager, ctx: RequestContext, requestId: string): Promise<boolean> {
    const current = await this.findRow(m, requestId, true);
    const now = this.clock.now();
    if (!current || current.status !== MlaStatus.POSTPONED || !current.postponedUntil || current.postponedUntil > now) return false;
    const until = current.postponedUntil.toISOString().slice(0, 10);
    const platform = { ctx, userId: null, agencyId: current.requestedAgencyId, stateCode: current.requestedState };
    await this.applyStep(
      m,
      platform,
      current,
      { id: requestId, expectedVersion: current.version, action: MlaAction.RESUME, comment: `Resumed automatically: the postponement ended on ${until}` },
      MlaSide.REQUESTED,
    );
    return true;
  }

  /**
   * One step of the lifecycle on a request as read, whose side is settled: the pure rules
   * decide, then the request (if still at the version read), its history, audit, outbox and
   * deadline rows are written in one statement. Returns the request as it now is.
   */
  private async applyStep(m: EntityManager, actor: StepActor, current: MlaRequestRow, input: MlaTransitionInput, side: MlaSide): Promise<MlaRequestRow> {
    const now = this.clock.now();
    const outcomes =
      input.action === MlaAction.RECORD_OUTCOMES
        ? applyOutcomes(current.measures, input.outcomes ?? [], {
            legalBasis: current.legalBasis,
            consultationRecorded: current.consultationRecordedAt !== null,
          })
        : null;
    const result = transition(lifecycleOf(current), input.action, side, {
      legalBasis: current.legalBasis,
      now,
      deadlineExtended: current.extensionDays > 0,
      consultationRecorded: current.consultationRecordedAt !== null,
      measureOutcomes: (outcomes?.measures ?? current.measures).map((x) => x.outcome),
      comment: input.comment,
      question: input.question,
      answer: input.answer,
      reason: input.reason,
      until: input.until,
      ground: input.ground,
      groundText: input.groundText,
      forwardToAgencyId: input.forwardToAgencyId,
      extensionDays: input.extensionDays,
    });
    if (!result.ok) throw refusalError(result, current.status);
    const problems = [
      ...(outcomes?.problems ?? []),
      ...(input.action === MlaAction.SUBMIT ? missingElements(current) : []),
    ];
    if (problems.length) throw BadUserInputError.of(problems);
    const changes = actionColumns(input, current, result.next, now, outcomes?.measures ?? null);
    const deadlines = this.syncDeadlines(current, { ...current, ...result.next, ...columnsAsRow(changes) }, result.next);
    // The end of a postponement is a deadline too: the worker resumes the request then.
    if (result.next.status === MlaStatus.POSTPONED && input.until) {
      deadlines.statements.push(
        this.deadlines.scheduleStatement({ subjectType: MLA_SUBJECT, subjectId: current.id, kind: POSTPONEMENT_END, dueAt: input.until, remindAt: null }),
      );
    } else if (current.status === MlaStatus.POSTPONED) {
      deadlines.statements.push(this.deadlines.clearStatement(MLA_SUBJECT, current.id, POSTPONEMENT_END));
    }
    const comment = stepComment(input);
    const holder = input.action === MlaAction.FORWARD ? String(input.forwardToAgencyId) : current.requestedAgencyId;
    // A draft withdrawn was never seen by the other side: nobody to tell.
    const unseenDraft = current.status === MlaStatus.DRAFT && input.action === MlaAction.WITHDRAW;
    const notify = unseenDraft ? [] : side === MlaSide.REQUESTING ? [holder] : [current.requestingAgencyId];
    // The other agency is told too when it is not the one that acted: a forward's new holder, a step of the platform's.
    if (input.action === MlaAction.FORWARD || actor.userId === null) notify.push(holder);
    // History, audit, outbox and deadline rows go with the update in one round trip.
    return guardedChange(
      m,
      updateReturningRow(current, holder, {
        ...changes,
        status: result.next.status,
        resume_status: result.next.resumeStatus,
        closed: result.next.closed,
        ...deadlines.columns,
        updated_at: now,
      }),
      [
        ...deadlines.statements,
        historyStatement(actor, current.id, input.action, current.status, result.next.status, comment, now),
        this.audit.recordStatement(actor.ctx, {
          action: `mla.${input.action.toLowerCase()}`,
          outcome: 'SUCCESS',
          targetType: MLA_SUBJECT,
          targetId: current.id,
          details: { from: current.status, to: result.next.status },
          actor,
        }),
        this.outbox.publishStatement([
          {
            type: 'mla.request-transitioned',
            aggregateType: MLA_SUBJECT,
            aggregateId: current.id,
            payload: {
              requestId: current.id,
              reference: current.reference,
              action: input.action,
              fromStatus: current.status,
              toStatus: result.next.status,
              actorAgencyId: actor.agencyId,
              notifyAgencyIds: notify,
            },
          },
        ]),
      ],
    );
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<MlaRequestModel> {
    const row = await this.visibleRequest(ctx, 'mla:read', id);
    // The requesting State's trail shows who of other States read its request.
    await this.audit.recordAlone(ctx, { action: 'mla.read', outcome: 'SUCCESS', targetType: MLA_SUBJECT, targetId: id, targetState: row.requestingState });
    return toModel(row, this.clock.now());
  }

  /**
   * Incoming and outgoing requests of the caller's agency; the access rule is applied in the
   * SQL. With `fields`, a node carries only those fields besides what toModel always reads.
   */
  async list(ctx: AuthenticatedContext, args: MlaRequestsArgs, fields?: ReadonlySet<string>): Promise<ConnectionShape<MlaRequestModel>> {
    const first = pageSize(args.first);
    const own = { requestingAgencyId: ctx.actor.agencyId, requestedAgencyId: ctx.actor.agencyId, submitted: true, forwardedBy: [] };
    if (!decide(ctx.actor, 'mla:read', own).allowed) return toConnection([], first, () => [], (r: MlaRequestModel) => r);
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
    // One index range per direction, merged: much cheaper than an OR over both agency columns.
    const select = requestSelectWith(fields ? requestColumnsFor(fields) : REQUEST_COLUMNS, `${CURSOR_AT} AS "cursorAt"`);
    const part = (condition: string) =>
      `(${select}
         WHERE ${condition}${where.and}
         ORDER BY r.updated_at DESC, r.id DESC LIMIT $2)`;
    const parts = [];
    if (filter.direction !== MlaDirection.INCOMING) parts.push(part(`r.requesting_agency_id = $1${otherStateIs('requested_state')}`));
    if (filter.direction !== MlaDirection.OUTGOING) {
      const incoming = `r.requesting_agency_id <> $1${otherStateIs('requesting_state')}`;
      parts.push(part(`r.requested_agency_id = $1 AND r.submitted_at IS NOT NULL AND ${incoming}`));
      // Requests a central authority forwarded: incoming once, and still its to read. Written so
      // the partial GIN index answers it (containment, and its predicate), not a read of every request.
      if (ctx.actor.roles.includes(Role.CENTRAL_AUTHORITY_OFFICER)) {
        parts.push(part(`r.forwarded_by_ids <> '{}' AND r.forwarded_by_ids @> ARRAY[$1]::uuid[] AND r.requested_agency_id <> $1 AND ${incoming}`));
      }
    }
    const rows = await queryPrepared<MlaRequestRow & { cursorAt: string }>(
      this.db,
      `SELECT * FROM (${parts.join(' UNION ALL ')}) page ORDER BY "updatedAt" DESC, id DESC LIMIT $2`,
      where.params,
    );
    await this.audit.recordAlone(ctx, {
      action: 'mla.list',
      outcome: 'SUCCESS',
      targetType: MLA_SUBJECT,
      details: { ids: rows.slice(0, first).map((r) => r.id).join(',') },
    });
    return toConnection(rows, first, (r) => [r.cursorAt, r.id], (r) => toModel(r, now));
  }

  async statistics(ctx: AuthenticatedContext): Promise<MlaStatisticsModel> {
    await this.access.authorize(ctx, 'mla:statistics', {}, { type: 'mla-statistics', id: ctx.actor.agencyId });
    // As in list(): the requested side never learns of a request never submitted, not even as a count.
    const mine = `FROM mla_request
       WHERE requesting_agency_id = $1 OR (requested_agency_id = $1 AND submitted_at IS NOT NULL)`;
    const byStatus: { status: MlaStatus; count: number }[] = await this.db.query(
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
  async historyOf(requestIds: readonly string[]): Promise<MlaHistoryEntryModel[][]> {
    return childrenOf(
      this.db,
      `SELECT request_id AS "parentId", action, from_status AS "fromStatus", to_status AS "toStatus",
              actor_user_id AS "actorUserId", actor_agency_id AS "actorAgencyId", at, comment
         FROM mla_history WHERE request_id = ANY($1::uuid[]) ORDER BY id`,
      requestIds,
    );
  }

  /** The message thread of each request, oldest first, aligned with `requestIds`; only for requests the caller was allowed to read. */
  async messagesOf(requestIds: readonly string[]): Promise<MlaMessageModel[][]> {
    return childrenOf(
      this.db,
      `SELECT request_id AS "parentId", id, author_user_id AS "authorUserId", author_agency_id AS "authorAgencyId", body,
              created_at AS "createdAt"
         FROM mla_message WHERE request_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      requestIds,
    );
  }

  postMessage(ctx: AuthenticatedContext, input: PostMlaMessageInput): Promise<MlaMessageModel> {
    return this.act(ctx, input.requestId, null, (request, side) => this.writeMessage(ctx, input, request, side));
  }

  private writeMessage(ctx: AuthenticatedContext, input: PostMlaMessageInput, request: MlaRequestRow, side: MlaSide): Promise<MlaMessageModel> {
    // Never submitted (a draft, or a draft withdrawn): there is no other side to write to.
    if (request.submittedAt === null) {
      throw ConflictError.notInState(request.status, `the request was never submitted (${request.status})`);
    }
    return this.db.transaction(async (m) => {
      // A message is a change of the request (mlaRequests' updatedSince), not a new version of it.
      const [message]: MlaMessageModel[] = await m.query(
        `WITH touched AS (UPDATE mla_request SET updated_at = $5 WHERE id = $1)
         INSERT INTO mla_message (request_id, author_user_id, author_agency_id, body, created_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, author_user_id AS "authorUserId", author_agency_id AS "authorAgencyId", body, created_at AS "createdAt"`,
        [request.id, ctx.actor.userId, ctx.actor.agencyId, input.body, this.clock.now()],
      );
      await this.audit.record(m, ctx, {
        action: 'mla.message',
        outcome: 'SUCCESS',
        targetType: MLA_SUBJECT,
        targetId: request.id,
        details: { messageId: message.id },
      });
      const other = side === MlaSide.REQUESTING ? request.requestedAgencyId : request.requestingAgencyId;
      await this.outbox.publish(m, [
        {
          type: 'mla.message-posted',
          aggregateType: MLA_SUBJECT,
          aggregateId: request.id,
          payload: {
            requestId: request.id,
            reference: request.reference,
            messageId: message.id,
            authorAgencyId: ctx.actor.agencyId,
            notifyAgencyIds: [other],
          },
        },
      ]);
      return message;
    });
  }

  /** Loads a request the caller may see for `action`; anything else answers NOT_FOUND, audited. */
  async visibleRequest(ctx: AuthenticatedContext, action: 'mla:read' | 'mla:act', id: string): Promise<MlaRequestRow> {
    const row = isUUID(id) ? await this.findRow(this.db.manager, id) : null;
    if (!row) return this.access.notFound(ctx, action, { type: MLA_SUBJECT, id });
    await this.access.authorize(ctx, action, accessTarget(row), { type: MLA_SUBJECT, id });
    return row;
  }

  /**
   * The steps the caller's side may take on a request it was allowed to read, by the
   * lifecycle's own table: none for an agency that only forwarded it (it reads, no longer acts).
   */
  actionsFor(ctx: AuthenticatedContext, request: MlaRequestNode): MlaAction[] {
    const side =
      request.requestingAgencyId === ctx.actor.agencyId
        ? MlaSide.REQUESTING
        : request.requestedAgencyId === ctx.actor.agencyId
          ? MlaSide.REQUESTED
          : null;
    if (side === null) return [];
    return availableActions(
      { status: request.status, resumeStatus: request.resumeStatus, closed: request.closed },
      side,
      { deadlineExtended: request.extensionDays > 0 },
    );
  }

  private sideIn(ctx: AuthenticatedContext, row: MlaRequestRow): MlaSide {
    return row.requestingAgencyId === ctx.actor.agencyId ? MlaSide.REQUESTING : MlaSide.REQUESTED;
  }

  /**
   * The way of every command on an existing request: read the request the caller may see, check
   * the version the caller saw (when the command names one), settle the caller's side, then
   * `command` decides and writes. Every refusal on the way (hidden, wrong side, state, version)
   * is audited as DENIED.
   */
  private act<T>(
    ctx: AuthenticatedContext,
    id: string,
    expectedVersion: number | null,
    command: (current: MlaRequestRow, side: MlaSide) => Promise<T>,
  ): Promise<T> {
    return this.commands.attempt(ctx, { action: 'mla:act', targetType: MLA_SUBJECT, targetId: id }, async () => {
      const current = await this.visibleRequest(ctx, 'mla:act', id);
      if (expectedVersion !== null && current.version !== expectedVersion) {
        throw ConflictError.staleVersion(`The request changed meanwhile (version ${current.version}, expected ${expectedVersion}); reload it`);
      }
      const result = await command(current, this.sideIn(ctx, current));
      // Committed: the subscriptions to this request hear of it.
      await this.live.send('mla-request-changed', { requestId: id });
      return result;
    });
  }

  /**
   * Whether the caller may read the request now, decided as a read would be but not audited:
   * for each live delivery. The request is read once per `signal` (the one change every
   * subscriber of this gateway is told of); the decision is each subscriber's own.
   */
  async mayRead(actor: Actor, id: string, signal: object): Promise<boolean> {
    let read = this.rowsOfSignals.get(signal);
    if (!read) this.rowsOfSignals.set(signal, (read = this.findRow(this.db.manager, id)));
    const row = await read;
    return row !== null && decide(actor, 'mla:read', accessTarget(row)).allowed;
  }

  private async findRow(m: EntityManager, id: string, forUpdate = false): Promise<MlaRequestRow | null> {
    const rows = await queryPrepared<MlaRequestRow>(m, `${REQUEST_SELECT} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Re-derives the due dates and brings the shared deadline table in line: a deadline that
   * starts running or moves is armed, one that stops running is cleared, the rest is left alone.
   * Gives the request's due-date columns and the statements for the deadline table.
   */
  private syncDeadlines(before: MlaRequestRow, row: MlaRequestRow, state: LifecycleState): { columns: Columns; statements: Statement[] } {
    const statements: Statement[] = [];
    if (!row.legalBasis) return { columns: {}, statements };
    const dates = computeDeadlines(
      { legalBasis: row.legalBasis, urgent: row.urgent, receivedAt: row.receivedAt, decidedAt: row.decidedAt, extensionDays: row.extensionDays },
      this.deadlineDefaults,
    );
    const wasRunning = runningDeadlines(lifecycleOf(before));
    const previous = dueDatesOf(before);
    const running = runningDeadlines(state);
    for (const kind of Object.values(DeadlineKind)) {
      const dueAt = dates[kind];
      if (dueAt && running.includes(kind)) {
        if (wasRunning.includes(kind) && previous[kind]?.getTime() === dueAt.getTime()) continue;
        // Reminders count from the deadline's own start, so re-arming it later keeps the same reminder.
        const start = kind === DeadlineKind.EXECUTION ? row.decidedAt : row.receivedAt;
        statements.push(
          this.deadlines.scheduleStatement({ subjectType: MLA_SUBJECT, subjectId: row.id, kind, dueAt, remindAt: start && reminderAt(dueAt, start) }),
        );
      } else if (wasRunning.includes(kind)) {
        statements.push(this.deadlines.clearStatement(MLA_SUBJECT, row.id, kind));
      }
    }
    return {
      columns: {
        acknowledgement_due_at: dates.acknowledgement,
        decision_due_at: dates.decision,
        execution_due_at: dates.execution,
        next_due_at: nextDue(state, dates),
      },
      statements,
    };
  }

  private async caseProblems(ctx: AuthenticatedContext, caseId: string | null | undefined): Promise<FieldProblem[]> {
    if (!caseId) return [];
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM case_file WHERE id = $1 AND agency_id = $2`, [caseId, ctx.actor.agencyId]);
    return rows.length ? [] : [{ field: 'caseId', problem: "is not a case of the requesting agency" }];
  }

  private async checkForwardTarget(ctx: AuthenticatedContext, row: MlaRequestRow, agencyId: string): Promise<void> {
    const [target]: { state_code: string; kind: string }[] = await this.db.query(`SELECT state_code, kind FROM agency WHERE id = $1`, [agencyId]);
    if (!target || target.state_code !== ctx.actor.stateCode || agencyId === row.requestedAgencyId || !RECEIVING_AGENCY_KINDS.includes(target.kind)) {
      throw BadUserInputError.of([
        { field: 'forwardToAgencyId', problem: 'must be another central authority or prosecution service of your State' },
      ]);
    }
  }
}

/**
 * Sets `columns` on a request still at the version it was read at (its version moves on) and
 * returns it as REQUEST_SELECT reads it; nothing when the version moved meanwhile.
 */
function updateReturningRow(current: MlaRequestRow, requestedAgencyId: string, columns: Columns): NamedStatement {
  const names = Object.keys(columns);
  return {
    name: 'step',
    sql: `UPDATE mla_request r SET ${names.map((name, i) => `${name} = $${i + 4}`).join(', ')}, version = r.version + 1
            FROM agency qa, agency da
           WHERE r.id = $1 AND r.version = $2 AND qa.id = r.requesting_agency_id AND da.id = $3
       RETURNING ${REQUEST_COLUMNS}`,
    params: [current.id, current.version, requestedAgencyId, ...Object.values(columns)],
  };
}

/**
 * Runs the update `step` with the rows that go with it as one statement; when the update
 * found the request changed meanwhile, expect_changed fails the statement (nothing is kept)
 * and the command answers CONFLICT.
 */
async function guardedChange(m: EntityManager, step: NamedStatement, changes: readonly Statement[]): Promise<MlaRequestRow> {
  try {
    const [row] = await runTogether<MlaRequestRow>(m, [step, ...changes], {
      sql: `SELECT step.* FROM (SELECT expect_changed(count(*)) AS changed FROM step) guard JOIN step ON guard.changed`,
      params: [],
    });
    return row;
  } catch (error) {
    if (isConcurrentChange(error)) throw ConflictError.staleVersion('The request changed meanwhile; reload it');
    throw error;
  }
}

function historyStatement(
  actor: StepActor,
  requestId: string,
  action: string,
  from: MlaStatus | null,
  to: MlaStatus,
  comment: string | null,
  at: Date,
): Statement {
  return {
    sql: `INSERT INTO mla_history (request_id, action, from_status, to_status, actor_user_id, actor_agency_id, at, comment)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    params: [requestId, action, from, to, actor.userId, actor.agencyId, at, comment],
  };
}

const accessTarget = (row: MlaRequestRow): MlaRequestTarget => ({
  requestingAgencyId: row.requestingAgencyId,
  requestedAgencyId: row.requestedAgencyId,
  submitted: row.submittedAt !== null,
  forwardedBy: row.forwardedByIds,
});

/** The columns a draft's content sets; fields left out of the input keep their value. */
function contentColumns(input: MlaDraftContentInput): Columns {
  const columns: Columns = {
    case_id: input.caseId,
    legal_basis: input.legalBasis,
    treaty_name: input.treatyName,
    facts_summary: input.factsSummary,
    offences: input.offences,
    persons_concerned: input.personsConcerned,
    urgent: input.urgent,
    urgency_reason: input.urgencyReason,
    confidential: input.confidential,
    language: input.language,
    measures:
      input.measures &&
      JSON.stringify(
        input.measures.map((x): Measure => ({ id: randomUUID(), kind: x.kind, details: x.details, outcome: MeasureOutcome.PENDING, ground: null, note: null })),
      ),
  };
  // A null for a column that cannot be empty means "leave as it is", like an omitted field.
  return Object.fromEntries(
    Object.entries(columns).filter(([name, value]) => value !== undefined && !(value === null && NOT_NULL_COLUMNS.has(name))),
  );
}

const NOT_NULL_COLUMNS = new Set(['offences', 'urgent', 'confidential', 'measures']);

/** What an action records on the request besides its status. */
function actionColumns(
  input: MlaTransitionInput,
  current: MlaRequestRow,
  next: LifecycleState,
  now: Date,
  measures: Measure[] | null,
): Columns {
  switch (input.action) {
    case MlaAction.SUBMIT:
      return { submitted_at: now, received_at: now };
    case MlaAction.ACKNOWLEDGE:
      return { acknowledged_at: current.acknowledgedAt ?? now };
    case MlaAction.START_EXECUTION:
      return { decided_at: now };
    case MlaAction.RECORD_OUTCOMES:
      return { measures: JSON.stringify(measures), ...(next.status === MlaStatus.EXECUTED ? { executed_at: now } : {}) };
    case MlaAction.REQUEST_INFO:
      return { info_question: input.question };
    case MlaAction.ANSWER:
      return { info_question: null };
    case MlaAction.POSTPONE:
      return { postponed_reason: input.reason, postponed_until: input.until };
    case MlaAction.RESUME:
      return { postponed_reason: null, postponed_until: null };
    case MlaAction.RECORD_CONSULTATION:
      return { consultation_recorded_at: now };
    case MlaAction.REFUSE:
      return { refusal_ground: input.ground, refusal_ground_text: input.groundText ?? null, refusal_reasons: input.reason };
    case MlaAction.FORWARD:
      // The new holder starts afresh: its own periods from now, its own one extension, its own consultation.
      return {
        requested_agency_id: input.forwardToAgencyId,
        // A central authority that passes a request on stays involved (it keeps reading it).
        forwarded_by_ids:
          current.requestedAgencyKind === AgencyKind.CENTRAL_AUTHORITY
            ? [...new Set([...current.forwardedByIds, current.requestedAgencyId])]
            : current.forwardedByIds,
        received_at: now,
        extension_days: 0,
        extension_reason: null,
        consultation_recorded_at: null,
      };
    case MlaAction.EXTEND_DEADLINE:
      return { extension_days: input.extensionDays, extension_reason: input.reason };
    case MlaAction.CLOSE:
    case MlaAction.WITHDRAW:
      return {};
  }
}

/** The row fields the deadline arithmetic reads, as changed by an action. */
function columnsAsRow(columns: Columns): Partial<MlaRequestRow> {
  const pick = <T>(name: string): T | undefined => (name in columns ? (columns[name] as T) : undefined);
  return Object.fromEntries(
    Object.entries({
      receivedAt: pick<Date>('received_at'),
      decidedAt: pick<Date>('decided_at'),
      extensionDays: pick<number>('extension_days'),
    }).filter(([, value]) => value !== undefined),
  );
}
