import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isCaseOfAgency } from '@app/cases';
import { Change, CommandStep } from '@app/commands';
import { APP_CONFIG, AppConfig } from '@app/config';
import { LiveSignalSender } from '@app/events';
import { AgencyDirectory } from '@app/identity';
import { AuthenticatedContext, BadUserInputError, CLOCK, Clock, ConflictError, FieldProblem, ForbiddenError, RequestContext } from '@app/kernel';
import { DeadlineDefaults } from './domain/mla-deadlines';
import { sideOf } from './domain/mla-lifecycle';
import { MlaAction, MlaSide, MlaStatus, RECEIVING_AGENCY_KINDS } from './domain/mla-vocabulary';
import { nextReference } from './mla-reference';
import { MLA_SUBJECT, MlaRequestRow, mlaRequests, readRequest } from './mla-records';
import { contentColumns, historyStatement, StepActor, stepChange, StepSetting } from './mla-step';
import { CreateMlaRequest, MlaMessageView, MlaTransition, PostMlaMessage, UpdateMlaDraft } from './mla-views';

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

const userActor = ({ actor }: AuthenticatedContext): StepActor => ({ userId: actor.userId, agencyId: actor.agencyId, stateCode: actor.stateCode });

const sideIn = (ctx: AuthenticatedContext, row: MlaRequestRow): MlaSide =>
  row.requestingAgencyId === ctx.actor.agencyId ? MlaSide.REQUESTING : MlaSide.REQUESTED;

/**
 * MLA requests' commands: drafting, the lifecycle with the acting side enforced, messages.
 * Each goes through the command step: no lock is held; the change, its history, audit,
 * outbox and deadline rows are one statement that applies only to the version read.
 * Answers the request's row; the queries make it a view.
 */
@Injectable()
export class MlaCommands {
  private readonly deadlineDefaults: DeadlineDefaults;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly step: CommandStep,
    private readonly agencies: AgencyDirectory,
    private readonly live: LiveSignalSender,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.deadlineDefaults = deadlineDefaultsOf(config);
  }

  create(ctx: AuthenticatedContext, input: CreateMlaRequest): Promise<MlaRequestRow> {
    return this.step.create(ctx, mlaRequests, {
      action: 'mla:create',
      target: {},
      decide: async () => {
        const requested = await this.agencies.agency(input.requestedAgencyId);
        const problems: FieldProblem[] = [];
        if (!requested || requested.stateCode === ctx.actor.stateCode || !RECEIVING_AGENCY_KINDS.includes(requested.kind)) {
          problems.push({ field: 'requestedAgencyId', problem: 'must be a central authority or prosecution service of another State' });
        }
        problems.push(...(await this.caseProblems(ctx, input.caseId)));
        if (problems.length || !requested) throw BadUserInputError.of(problems);
        const now = this.clock.now();
        const id = randomUUID();
        return {
          insert: {
            id,
            // Taken on its own: a reference a failed draft took is not given again (a gap, never a clash).
            reference: await nextReference(this.db.manager, ctx.actor.stateCode, now.getUTCFullYear()),
            requesting_agency_id: ctx.actor.agencyId,
            requesting_state: ctx.actor.stateCode,
            requested_agency_id: input.requestedAgencyId,
            requested_state: requested.stateCode,
            status: MlaStatus.DRAFT,
            created_by: ctx.actor.userId,
            created_at: now,
            updated_at: now,
            ...contentColumns(input),
          },
          alongside: [historyStatement(userActor(ctx), id, 'CREATE', null, MlaStatus.DRAFT, null, now)],
          audit: { action: 'mla.create', targetId: id },
        };
      },
    });
  }

  async updateDraft(ctx: AuthenticatedContext, input: UpdateMlaDraft): Promise<MlaRequestRow> {
    const problems = await this.caseProblems(ctx, input.caseId);
    if (problems.length) throw BadUserInputError.of(problems);
    return this.act(ctx, input.id, input.expectedVersion, (current) => {
      if (sideIn(ctx, current) !== MlaSide.REQUESTING) throw new ForbiddenError('Not allowed: only the requesting side edits a draft');
      if (current.status !== MlaStatus.DRAFT) {
        throw ConflictError.notInState(current.status, `only a draft can be edited; the request is ${current.status}`);
      }
      return { set: { ...contentColumns(input), updated_at: this.clock.now() }, audit: { action: 'mla.update-draft' } };
    });
  }

  /** A step of the lifecycle, by the side whose turn it is. */
  transition(ctx: AuthenticatedContext, input: MlaTransition): Promise<MlaRequestRow> {
    return this.act(ctx, input.id, input.expectedVersion, async (current) => {
      const side = sideIn(ctx, current);
      if (input.action === MlaAction.FORWARD && input.forwardToAgencyId && sideOf(input.action) === side) {
        await this.checkForwardTarget(ctx, current, input.forwardToAgencyId);
      }
      return stepChange(current, input, side, userActor(ctx), await this.setting(current));
    });
  }

  postMessage(ctx: AuthenticatedContext, input: PostMlaMessage): Promise<MlaMessageView> {
    const message = { id: randomUUID(), authorUserId: ctx.actor.userId, authorAgencyId: ctx.actor.agencyId, body: input.body, createdAt: this.clock.now() };
    const posted = this.act(ctx, input.requestId, null, (request) => {
      // Never submitted (a draft, or a draft withdrawn): there is no other side to write to.
      if (request.submittedAt === null) throw ConflictError.notInState(request.status, `the request was never submitted (${request.status})`);
      const other = sideIn(ctx, request) === MlaSide.REQUESTING ? request.requestedAgencyId : request.requestingAgencyId;
      return {
        // A message is a change of the request (mlaRequests' updatedSince), not a new version of it.
        set: { updated_at: message.createdAt },
        keepVersion: true,
        alongside: [
          {
            sql: `INSERT INTO mla_message (id, request_id, author_user_id, author_agency_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
            params: [message.id, request.id, message.authorUserId, message.authorAgencyId, message.body, message.createdAt],
          },
        ],
        audit: { action: 'mla.message', details: { messageId: message.id } },
        events: [
          {
            type: 'mla.message-posted',
            aggregateType: MLA_SUBJECT,
            aggregateId: request.id,
            payload: { requestId: request.id, reference: request.reference, messageId: message.id, authorAgencyId: ctx.actor.agencyId, notifyAgencyIds: [other] },
          },
        ],
      };
    });
    return posted.then(() => message);
  }

  /**
   * The end of a postponement (its deadline swept by the worker): the platform resumes the
   * request for the requested agency, in the caller's transaction. Returns false when there
   * is nothing to resume (resumed by hand meanwhile, withdrawn, or postponed again later).
   */
  async resumeAfterPostponement(m: EntityManager, ctx: RequestContext, requestId: string): Promise<boolean> {
    const current = await readRequest(m, requestId, true);
    const now = this.clock.now();
    if (!current || current.status !== MlaStatus.POSTPONED || !current.postponedUntil || current.postponedUntil > now) return false;
    const until = current.postponedUntil.toISOString().slice(0, 10);
    const platform = { userId: null, agencyId: current.requestedAgencyId, stateCode: current.requestedState };
    const resume = { id: requestId, expectedVersion: current.version, action: MlaAction.RESUME, comment: `Resumed automatically: the postponement ended on ${until}` };
    const change = stepChange(current, resume, MlaSide.REQUESTED, platform, await this.setting(current));
    await this.step.write(m, ctx, mlaRequests, requestId, current.version, change);
    return true;
  }

  /** A command on an existing request through the step; once committed, the subscriptions to the request hear of it. */
  private async act(
    ctx: AuthenticatedContext,
    id: string,
    expectedVersion: number | null,
    decide: (current: MlaRequestRow) => Change | Promise<Change>,
  ): Promise<MlaRequestRow> {
    const row = await this.step.change(ctx, mlaRequests, { action: 'mla:act', id, expectedVersion, decide });
    await this.live.send('mla-request-changed', { requestId: id });
    return row;
  }

  private async setting(current: MlaRequestRow): Promise<StepSetting> {
    const holder = await this.agencies.agency(current.requestedAgencyId);
    return { now: this.clock.now(), deadlineDefaults: this.deadlineDefaults, requestedAgencyKind: holder?.kind };
  }

  private async caseProblems(ctx: AuthenticatedContext, caseId: string | null | undefined): Promise<FieldProblem[]> {
    if (!caseId || (await isCaseOfAgency(this.db.manager, caseId, ctx.actor.agencyId))) return [];
    return [{ field: 'caseId', problem: 'is not a case of the requesting agency' }];
  }

  private async checkForwardTarget(ctx: AuthenticatedContext, row: MlaRequestRow, agencyId: string): Promise<void> {
    const target = await this.agencies.agency(agencyId);
    if (!target || target.stateCode !== ctx.actor.stateCode || agencyId === row.requestedAgencyId || !RECEIVING_AGENCY_KINDS.includes(target.kind)) {
      throw BadUserInputError.of([{ field: 'forwardToAgencyId', problem: 'must be another central authority or prosecution service of your State' }]);
    }
  }
}
