import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '@app/database';
import { AccessService, decide as decideAccess, has, HandoffTarget, LAW_ENFORCEMENT_CONSENT_SCOPES, LAW_ENFORCEMENT_ROLES } from '@app/access';
import { AuditedCommands, AuditService } from '@app/audit';
import { DirectoryService, SecondFactorService } from '@app/identity';
import { APP_CONFIG, AppConfig } from '@app/config';
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
  decodeKeyset,
  FieldProblem,
  pageSize,
  refusalError,
  Role,
} from '@app/kernel';
import { BatchLoad, ConnectionShape, childrenOf, RequestLoaders, toConnection } from '@app/platform';
import { acceptanceDeadline, consentProblems, transition } from './domain/handoff-lifecycle';
import { HandoffAction, HandoffSide, HandoffStatus, Safeguard } from './domain/handoff.model';
import { Keyring, seal, unseal, victimIdentityAad } from './domain/victim-data-seal';
import { newVictimCode } from './domain/victim-code';
import {
  HandoffMessageModel,
  HandoffModel,
  HandoffServiceModel,
  HandoffStatisticsModel,
  HandoffViewKind,
  IdentityRevealModel,
  VictimIdentityModel,
} from './dto/handoff.types';
import {
  ConsentInput,
  HandoffDirection,
  HandoffsArgs,
  LogHandoffServiceInput,
  ProposeHandoffInput,
  RecordConsentInput,
  RecordSafeguardInput,
  SendHandoffMessageInput,
  TransitionHandoffInput,
  WithdrawConsentInput,
} from './dto/handoff.inputs';
import {
  ACCEPTANCE_DEADLINE,
  factsOf,
  HANDOFF_SUBJECT,
  HandoffRow,
  SELECT_HANDOFF,
  targetOf,
  toModel,
  viewFor,
} from './handoff.records';
import { VICTIM_KEYRING } from './victim-keyring';

/** Columns a command may set, by name; values are bound as parameters. */
type HandoffColumns = Partial<
  Record<
    | 'status'
    | 'accepted_at'
    | 'declined_at'
    | 'started_at'
    | 'completed_at'
    | 'withdrawn_at'
    | 'decline_reason'
    | 'withdrawal_reason'
    | 'consent_scope'
    | 'consent_basis'
    | 'consent_given_at'
    | 'consent_recorded_by'
    | 'consent_withdrawn_at'
    | 'consent_explained_by'
    | 'consent_language'
    | 'risk_assessed_at'
    | 'risk_level'
    | 'guardian_appointed_at'
    | 'best_interest_assessed_at',
    string | Date | null
  >
>;

/** What a change to a handoff does, decided before its transaction opens. */
interface Change {
  /** Audit action and the `change` of the outbox event. */
  readonly action: string;
  readonly set?: HandoffColumns;
  readonly details?: Record<string, string>;
  /** Further writes in the same transaction (deadline, service log, message). */
  readonly also?: (m: EntityManager) => Promise<void>;
}


/**
 * Victim-support handoffs. Every command is one transaction with its audit row and its
 * outbox event; every read of a handoff is audited; identifying data is sealed with
 * AES-256-GCM and opened only in revealVictimIdentity.
 */
@Injectable()
export class HandoffsService {
  private readonly rowsOfSignals = new WeakMap<object, Promise<HandoffRow | null>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly commands: AuditedCommands,
    private readonly outbox: OutboxService,
    private readonly deadlines: DeadlinesService,
    private readonly secondFactor: SecondFactorService,
    private readonly directory: DirectoryService,
    private readonly live: LiveSignalSender,
    @Inject(VICTIM_KEYRING) private readonly keyring: Keyring,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async propose(ctx: AuthenticatedContext, input: ProposeHandoffInput): Promise<HandoffModel> {
    await this.access.authorize(ctx, 'handoff:propose', {}, { type: 'handoff' });
    const now = this.clock.now();
    await this.checkProposal(ctx, input, now);
    const id = randomUUID();
    const sealed = seal(this.keyring, JSON.stringify(identityOf(input)), victimIdentityAad(id));
    const deadline = acceptanceDeadline(now, input.urgent);
    const code = newVictimCode(ctx.actor.stateCode);
    let row: HandoffRow;
    try {
      row = await this.db.transaction(async (m) => {
        await m.query(
          `INSERT INTO handoff (id, victim_code, referring_agency_id, receiving_agency_id, referring_state, receiving_state,
             proposed_by, status, urgent, exploitation_form, minor, needs, non_punishment, linked_case_reference,
             identified_at, identity_key_id, identity_sealed, consent_scope, consent_basis, consent_given_at,
             consent_recorded_by, acceptance_due_at, proposed_at, consent_explained_by, consent_language)
           SELECT $1, $2, $3, a.id, $4, a.state_code, $5, 'PROPOSED', $6, $7, $8, $9::jsonb, $10, $11, $12, $13, $14,
                  $15, $16, $17, $5, $18, $19, $21, $22
             FROM agency a WHERE a.id = $20`,
          [
            id,
            code,
            ctx.actor.agencyId,
            ctx.actor.stateCode,
            ctx.actor.userId,
            input.urgent,
            input.exploitationForm,
            input.minor,
            JSON.stringify(input.needs.map(({ need, note }) => ({ need, note }))),
            input.nonPunishment,
            input.linkedCaseReference ?? null,
            input.identifiedAt,
            sealed.keyId,
            sealed.data,
            input.consent.scope,
            input.consent.basis,
            input.consent.givenAt,
            deadline.dueAt,
            now,
            input.receivingAgencyId,
            ...consentDetails(input.consent),
          ],
        );
        await this.deadlines.schedule(m, {
          subjectType: HANDOFF_SUBJECT,
          subjectId: id,
          kind: ACCEPTANCE_DEADLINE,
          dueAt: deadline.dueAt,
          remindAt: deadline.remindAt,
        });
        await this.audit.record(m, ctx, {
          action: 'handoff.propose',
          outcome: 'SUCCESS',
          targetType: 'handoff',
          targetId: id,
          details: { victimCode: code, consentScope: input.consent.scope },
        });
        const created = (await this.row(m, id))!;
        await this.publish(m, ctx, 'proposed', created);
        return created;
      });
    } catch (error) {
      // A clash of two random victim codes: rare enough for the client to retry.
      if (!isUniqueViolation(error)) throw error;
      const clash = ConflictError.duplicate('victim code already taken; propose again');
      return this.commands.refuse(ctx, { action: 'handoff.propose', targetType: 'handoff', targetId: id }, clash, clash.message);
    }
    // A liaison officer's first referral under ASSISTANCE_ONLY: they see what they sent, as law enforcement would.
    return this.modelOf(row, viewFor(ctx.actor, row) ?? 'LAW_ENFORCEMENT');
  }

  async handoff(ctx: AuthenticatedContext, id: string): Promise<HandoffModel> {
    const row = await this.visible(ctx, 'handoff:read', id);
    // The referring State's trail shows who of other States read the victim's handoff.
    await this.audit.recordAlone(ctx, { action: 'handoff.read', outcome: 'SUCCESS', targetType: 'handoff', targetId: id, targetState: row.referring_state });
    return this.modelOf(row, viewFor(ctx.actor, row)!);
  }

  /** The access rules of 'handoff:read', applied in SQL so rows the caller may not see are never loaded. */
  async handoffs(ctx: AuthenticatedContext, args: HandoffsArgs): Promise<ConnectionShape<HandoffModel>> {
    const first = pageSize(args.first);
    const { actor } = ctx;
    const coordinator = has(actor, Role.VICTIM_COORDINATOR);
    const params: unknown[] = [
      actor.agencyId,
      actor.stateCode,
      coordinator,
      has(actor, ...LAW_ENFORCEMENT_ROLES),
      LAW_ENFORCEMENT_CONSENT_SCOPES,
      first + 1,
    ];
    const conditions = [
      `(($3 AND $1 IN (h.referring_agency_id, h.receiving_agency_id))
        OR ($4 AND $2 IN (h.referring_state, h.receiving_state) AND h.consent_withdrawn_at IS NULL
            AND h.consent_scope = ANY($5::text[])))`,
    ];
    const filter = args.filter ?? {};
    if (filter.direction) {
      const [agencyColumn, stateColumn] =
        filter.direction === HandoffDirection.INCOMING
          ? ['h.receiving_agency_id', 'h.receiving_state']
          : ['h.referring_agency_id', 'h.referring_state'];
      conditions.push(`(${agencyColumn} = $1 OR (NOT $3 AND ${stateColumn} = $2))`);
    }
    if (filter.status) {
      params.push(filter.status);
      conditions.push(`h.status = $${params.length}`);
    }
    if (filter.caseReference) {
      params.push(filter.caseReference);
      conditions.push(`h.linked_case_reference = $${params.length}`);
    }
    // Overdue is read from the deadline the sweeper works on, so both agree.
    if (filter.overdue !== undefined && filter.overdue !== null) {
      params.push(this.clock.now());
      const overdue = `(h.status = 'PROPOSED' AND COALESCE(d.due_at <= $${params.length}, false))`;
      conditions.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    if (args.after) {
      const { at, id } = decodeKeyset(args.after);
      params.push(at, id);
      conditions.push(`(h.proposed_at, h.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows: HandoffRow[] = await this.db.query(
      `${SELECT_HANDOFF} WHERE ${conditions.join(' AND ')} ORDER BY h.proposed_at DESC, h.id DESC LIMIT $6`,
      params,
    );
    const page = toConnection(
      rows,
      first,
      (row) => [row.cursor_at, row.id],
      (row) => this.modelOf(row, viewFor(actor, row) ?? 'LAW_ENFORCEMENT'),
    );
    if (page.edges.length) {
      await this.audit.recordAlone(ctx, {
        action: 'handoff.list',
        outcome: 'SUCCESS',
        targetType: 'handoff',
        details: { count: page.edges.length, ids: page.edges.map((e) => e.node.id).join(',') },
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
  ): Promise<VictimIdentityModel> {
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
    ) as VictimIdentityModel;
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

  transition(ctx: AuthenticatedContext, input: TransitionHandoffInput): Promise<HandoffModel> {
    return this.change(ctx, input.handoffId, input.expectedVersion, (row, side) => {
      const now = this.clock.now();
      const result = transition(factsOf(row), input.action, side, {
        reason: input.reason,
        now,
        reflectionDays: this.config.HANDOFF_REFLECTION_DAYS,
      });
      if (!result.ok) throw refusalError(result, row.status);
      const reason = input.reason?.trim() || null;
      const leavesProposal = row.status === HandoffStatus.PROPOSED;
      return {
        action: 'transitioned',
        set: { status: result.to, [STAMP[input.action]]: now, ...reasonColumn(input.action, reason) },
        details: { action: input.action, from: row.status, to: result.to },
        // Accepted, declined or withdrawn: the acceptance deadline no longer applies.
        also: leavesProposal ? (m) => this.deadlines.clear(m, HANDOFF_SUBJECT, row.id, ACCEPTANCE_DEADLINE) : undefined,
      };
    });
  }

  recordConsent(ctx: AuthenticatedContext, input: RecordConsentInput): Promise<HandoffModel> {
    return this.change(ctx, input.handoffId, input.expectedVersion, (row) => {
      this.checkConsent(row.minor, input.consent);
      const [explainedBy, language] = consentDetails(input.consent);
      return {
        action: 'consent-recorded',
        set: {
          consent_scope: input.consent.scope,
          consent_basis: input.consent.basis,
          consent_given_at: input.consent.givenAt,
          consent_recorded_by: ctx.actor.userId,
          consent_withdrawn_at: null,
          consent_explained_by: explainedBy,
          consent_language: language,
        },
        details: { scope: input.consent.scope, basis: input.consent.basis },
      };
    });
  }

  withdrawConsent(ctx: AuthenticatedContext, input: WithdrawConsentInput): Promise<HandoffModel> {
    return this.change(ctx, input.handoffId, input.expectedVersion, (row) => {
      if (row.consent_withdrawn_at) throw ConflictError.notInState(CONSENT_WITHDRAWN, 'consent is already withdrawn');
      return { action: 'consent-withdrawn', set: { consent_withdrawn_at: this.clock.now() } };
    });
  }

  recordSafeguard(ctx: AuthenticatedContext, input: RecordSafeguardInput): Promise<HandoffModel> {
    return this.change(ctx, input.handoffId, input.expectedVersion, (row) => {
      const now = this.clock.now();
      const problems: FieldProblem[] = [];
      if (input.safeguard === Safeguard.RISK_ASSESSMENT && !input.riskLevel) {
        problems.push({ field: 'riskLevel', problem: 'is required for a risk assessment' });
      }
      if (input.safeguard !== Safeguard.RISK_ASSESSMENT && input.riskLevel) {
        problems.push({ field: 'riskLevel', problem: 'belongs to a risk assessment only' });
      }
      if (input.safeguard !== Safeguard.RISK_ASSESSMENT && !row.minor) {
        problems.push({ field: 'safeguard', problem: 'a guardian and a best-interest assessment are for a minor' });
      }
      if (problems.length) throw BadUserInputError.of(problems);
      const set: HandoffColumns =
        input.safeguard === Safeguard.RISK_ASSESSMENT
          ? { risk_assessed_at: now, risk_level: input.riskLevel ?? null }
          : input.safeguard === Safeguard.GUARDIAN_APPOINTED
            ? { guardian_appointed_at: now }
            : { best_interest_assessed_at: now };
      return { action: 'safeguard-recorded', set, details: { safeguard: input.safeguard } };
    });
  }

  logService(ctx: AuthenticatedContext, input: LogHandoffServiceInput): Promise<HandoffModel> {
    return this.change(ctx, input.handoffId, null, (row) => {
      if (row.status !== HandoffStatus.ACCEPTED && row.status !== HandoffStatus.IN_PROGRESS) {
        throw ConflictError.notInState(row.status, `services are logged on an accepted handoff, not a ${row.status} one`);
      }
      if (!row.needs.some((n) => n.need === input.need)) {
        throw BadUserInputError.of([{ field: 'need', problem: 'is not among the needs of this handoff' }]);
      }
      return {
        action: 'service-logged',
        details: { need: input.need },
        also: (m) =>
          m.query(
            `INSERT INTO handoff_service (handoff_id, need, delivered_at, delivered_by, note) VALUES ($1, $2, $3, $4, $5)`,
            [row.id, input.need, input.deliveredAt, ctx.actor.userId, input.note],
          ),
      };
    });
  }

  sendMessage(ctx: AuthenticatedContext, input: SendHandoffMessageInput): Promise<HandoffModel> {
    return this.change(ctx, input.handoffId, null, (row) => ({
      action: 'message-sent',
      also: (m) =>
        m.query(`INSERT INTO handoff_message (handoff_id, author_user_id, author_agency_id, body) VALUES ($1, $2, $3, $4)`, [
          row.id,
          ctx.actor.userId,
          ctx.actor.agencyId,
          input.body,
        ]),
    }));
  }

  /**
   * The service log of a handoff already read by a coordinator (law enforcement gets null).
   * The view is checked per handoff; only coordinator-visible ones join the batched read.
   */
  services(handoff: HandoffModel, loaders: RequestLoaders): Promise<HandoffServiceModel[] | null> {
    return this.coordinatorsOnly(handoff, loaders, 'handoffs.services', (ids) => this.servicesOf(ids));
  }

  /** The coordinators' messages on a handoff already read by a coordinator (law enforcement gets null). */
  messages(handoff: HandoffModel, loaders: RequestLoaders): Promise<HandoffMessageModel[] | null> {
    return this.coordinatorsOnly(handoff, loaders, 'handoffs.messages', (ids) => this.messagesOf(ids));
  }

  /** Every reveal of the victim's identity, so both coordinators see each other's consultations (law enforcement gets null). */
  identityReveals(handoff: HandoffModel, loaders: RequestLoaders): Promise<IdentityRevealModel[] | null> {
    return this.coordinatorsOnly(handoff, loaders, 'handoffs.reveals', (ids) => this.revealsOf(ids));
  }

  private async revealsOf(handoffIds: readonly string[]): Promise<IdentityRevealModel[][]> {
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
  async servicesOf(handoffIds: readonly string[]): Promise<HandoffServiceModel[][]> {
    return childrenOf(
      this.db,
      `SELECT handoff_id AS "parentId", id, need, delivered_at AS "deliveredAt", delivered_by AS "deliveredBy", note
         FROM handoff_service WHERE handoff_id = ANY($1::uuid[]) ORDER BY delivered_at, id`,
      handoffIds,
    );
  }

  /** The coordinators' messages on each handoff, aligned with `handoffIds`; only for handoffs a coordinator was allowed to read. */
  async messagesOf(handoffIds: readonly string[]): Promise<HandoffMessageModel[][]> {
    return childrenOf(
      this.db,
      `SELECT handoff_id AS "parentId", id, author_user_id AS "authorUserId", author_agency_id AS "authorAgencyId", body,
              sent_at AS "sentAt"
         FROM handoff_message WHERE handoff_id = ANY($1::uuid[]) ORDER BY sent_at, id`,
      handoffIds,
    );
  }

  private async coordinatorsOnly<V>(
    handoff: HandoffModel,
    loaders: RequestLoaders,
    name: string,
    batch: BatchLoad<V[]>,
  ): Promise<V[] | null> {
    if (handoff.view !== HandoffViewKind.COORDINATOR) return null;
    return loaders.load(name, batch, handoff.id);
  }

  async statistics(ctx: AuthenticatedContext): Promise<HandoffStatisticsModel> {
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
   * One command on an existing handoff: the caller must be a coordinator of one side; the
   * change is decided on the loaded row, and applied only if the row is still at that
   * version (CONFLICT otherwise), together with its audit row and outbox event. Every
   * refusal on the way (hidden, wrong side, state, version) is audited as DENIED.
   */
  private change(
    ctx: AuthenticatedContext,
    handoffId: string,
    expectedVersion: number | null,
    decide: (row: HandoffRow, side: HandoffSide) => Change,
  ): Promise<HandoffModel> {
    return this.commands.attempt(ctx, { action: 'handoff:update', targetType: 'handoff', targetId: handoffId }, async () => {
      const changed = await this.applyChange(ctx, handoffId, expectedVersion, decide);
      // Committed: the subscriptions to this handoff hear of it.
      await this.live.send('handoff-changed', { handoffId });
      return changed;
    });
  }

  /**
   * Whether the caller may read the handoff now (consent included), decided as a read would be
   * but not audited: for each live delivery. Read once per `signal`, decided per subscriber.
   */
  async mayRead(actor: Actor, id: string, signal: object): Promise<boolean> {
    let read = this.rowsOfSignals.get(signal);
    if (!read) this.rowsOfSignals.set(signal, (read = this.row(this.db.manager, id)));
    const row = await read;
    return row !== null && decideAccess(actor, 'handoff:read', targetOf(row)).allowed;
  }

  /** Refuses, as a read would (NOT_FOUND, audited), a handoff the caller may not see. */
  async checkVisible(ctx: AuthenticatedContext, id: string): Promise<void> {
    await this.visible(ctx, 'handoff:read', id);
  }

  private async applyChange(
    ctx: AuthenticatedContext,
    handoffId: string,
    expectedVersion: number | null,
    decide: (row: HandoffRow, side: HandoffSide) => Change,
  ): Promise<HandoffModel> {
    const row = await this.visible(ctx, 'handoff:update', handoffId);
    if (expectedVersion !== null && row.version !== expectedVersion) {
      throw ConflictError.staleVersion(`handoff was changed meanwhile (version ${row.version}); reload it`);
    }
    const side = row.referring_agency_id === ctx.actor.agencyId ? HandoffSide.REFERRING : HandoffSide.RECEIVING;
    const change = decide(row, side);
    const updated = await this.db.transaction(async (m) => {
      const set = Object.entries(change.set ?? {});
      // A service entry or a message leaves the handoff itself alone, so it never makes the other side's edit stale.
      if (set.length || expectedVersion !== null) {
        const assignments = set.map(([column], i) => `${column} = $${i + 3}`);
        const bumped: unknown[] = await m.query(
          `UPDATE handoff SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
            WHERE id = $1 AND version = $2 RETURNING id`,
          [row.id, row.version, ...set.map(([, value]) => value)],
        );
        // typeorm answers UPDATE ... RETURNING with [rows, count].
        const [changedRows] = bumped as [unknown[], number];
        if (changedRows.length === 0) throw ConflictError.staleVersion('handoff was changed meanwhile; reload it');
      }
      await change.also?.(m);
      await this.audit.record(m, ctx, {
        action: `handoff.${change.action}`,
        outcome: 'SUCCESS',
        targetType: 'handoff',
        targetId: row.id,
        details: change.details,
      });
      const after = (await this.row(m, row.id))!;
      await this.publish(m, ctx, change.action, after);
      return after;
    });
    return this.modelOf(updated, viewFor(ctx.actor, updated) ?? 'LAW_ENFORCEMENT');
  }

  /** Loads a handoff the caller may see for `action`; anything else is NOT_FOUND (audited) or FORBIDDEN. */
  async visible(
    ctx: AuthenticatedContext,
    action: 'handoff:read' | 'handoff:update' | 'handoff:documents',
    id: string,
  ): Promise<HandoffRow> {
    const row = isUUID(id) ? await this.row(this.db.manager, id) : null;
    if (!row) return this.access.notFound(ctx, action, { type: 'handoff', id });
    await this.access.authorize(ctx, action, targetOf(row), { type: 'handoff', id });
    return row;
  }

  private async row(m: EntityManager, id: string): Promise<HandoffRow | null> {
    const rows: HandoffRow[] = await m.query(`${SELECT_HANDOFF} WHERE h.id = $1`, [id]);
    return rows[0] ?? null;
  }

  private modelOf(row: HandoffRow, view: 'COORDINATOR' | 'LAW_ENFORCEMENT'): HandoffModel {
    return toModel(row, view, this.clock.now(), this.config.HANDOFF_REFLECTION_DAYS);
  }

  private publish(m: EntityManager, ctx: AuthenticatedContext, change: string, row: HandoffRow): Promise<void> {
    return this.outbox.publish(m, [
      {
        type: 'handoff.changed',
        aggregateType: 'handoff',
        aggregateId: row.id,
        payload: {
          handoffId: row.id,
          victimCode: row.victim_code,
          referringAgencyId: row.referring_agency_id,
          receivingAgencyId: row.receiving_agency_id,
          actorAgencyId: ctx.actor.agencyId,
          change,
          status: row.status,
        },
      },
    ]);
  }

  private async checkProposal(ctx: AuthenticatedContext, input: ProposeHandoffInput, now: Date): Promise<void> {
    const [agency]: { kind: AgencyKind; state_code: string }[] = await this.db.query(
      `SELECT kind, state_code FROM agency WHERE id = $1`,
      [input.receivingAgencyId],
    );
    const problems: FieldProblem[] = [];
    if (!agency || agency.kind !== AgencyKind.VICTIM_SUPPORT_SERVICE) {
      problems.push({ field: 'receivingAgencyId', problem: 'is not a victim-support service on the platform' });
    } else if (agency.state_code === ctx.actor.stateCode) {
      problems.push({ field: 'receivingAgencyId', problem: 'must be in another State' });
    }
    if (new Set(input.needs.map((n) => n.need)).size !== input.needs.length) {
      problems.push({ field: 'needs', problem: 'name each need once' });
    }
    if (input.identifiedAt > now) problems.push({ field: 'identifiedAt', problem: 'is in the future' });
    if (input.consent.givenAt > now) problems.push({ field: 'consent.givenAt', problem: 'is in the future' });
    problems.push(...consentProblems(input.minor, input.consent.basis));
    if (problems.length) throw BadUserInputError.of(problems);
  }

  private checkConsent(minor: boolean, consent: ConsentInput): void {
    const problems = consentProblems(minor, consent.basis);
    if (consent.givenAt > this.clock.now()) problems.push({ field: 'consent.givenAt', problem: 'is in the future' });
    if (problems.length) throw BadUserInputError.of(problems);
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

/** The state a refusal names when consent, not the status, stands in the way. */
const CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN';

/** The column stamped with the time of each action. */
const STAMP: Record<HandoffAction, keyof HandoffColumns> = {
  [HandoffAction.ACCEPT]: 'accepted_at',
  [HandoffAction.DECLINE]: 'declined_at',
  [HandoffAction.START]: 'started_at',
  [HandoffAction.COMPLETE]: 'completed_at',
  [HandoffAction.WITHDRAW]: 'withdrawn_at',
};

function reasonColumn(action: HandoffAction, reason: string | null): HandoffColumns {
  if (action === HandoffAction.DECLINE) return { decline_reason: reason };
  if (action === HandoffAction.WITHDRAW) return { withdrawal_reason: reason };
  return {};
}

/** Who explained the consent and in which language, as stored: [explained by, language]. */
function consentDetails(consent: ConsentInput): [string, string] {
  return [consent.explainedBy.trim(), consent.language];
}

function identityOf(input: ProposeHandoffInput): VictimIdentityModel {
  const { givenNames, familyName, dateOfBirth, nationality, languages, contact } = input.victim;
  return { givenNames, familyName, dateOfBirth, nationality, languages, contact: contact ?? null };
}
