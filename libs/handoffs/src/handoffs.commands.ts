import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Change, CommandStep, DeadlineChange } from '@app/commands';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Statement } from '@app/database';
import { DomainEvent, LiveSignalSender } from '@app/events';
import { AgencyDirectory } from '@app/identity';
import { AgencyKind, AuthenticatedContext, BadUserInputError, CLOCK, Clock, ConflictError, FieldProblem, refusalError } from '@app/kernel';
import { acceptanceDeadline, consentProblems, transition } from './domain/handoff-lifecycle';
import { HandoffAction, HandoffSide, HandoffStatus, Safeguard } from './domain/handoff.model';
import { Keyring, seal, victimIdentityAad } from './domain/victim-data-seal';
import { newVictimCode } from './domain/victim-code';
import {
  GivenConsent,
  LogHandoffService,
  ProposeHandoff,
  RecordConsent,
  RecordSafeguard,
  SendHandoffMessage,
  TransitionHandoff,
  WithdrawConsent,
} from './handoff.inputs';
import { Handoff, VictimIdentity } from './handoff.views';
import { ACCEPTANCE_DEADLINE, factsOf, HandoffRow, HANDOFFS } from './handoff.records';
import { HandoffsQueries } from './handoffs.queries';
import { VICTIM_KEYRING } from './victim-keyring';

/** Columns a command may set, by name; values are bound as parameters. */
type HandoffColumns = { readonly status?: HandoffStatus } & Partial<
  Record<
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

/** What a command does to an existing handoff, decided on the row as read. */
interface HandoffChange {
  /** Names the audit action (`handoff.<change>`) and the outbox event's `change`. */
  readonly change: string;
  /** Columns of a new version of the handoff; without them the handoff stays at its version (a service entry, a message). */
  readonly set?: HandoffColumns;
  readonly details?: Record<string, string>;
  /** The handoff's own row written with it (its service log, its messages). */
  readonly alongside?: Statement;
  readonly deadlines?: readonly DeadlineChange[];
}

/**
 * Commands on victim-support handoffs, each through the command step: one guarded statement
 * with its audit row, its outbox event and its deadline change. Identifying data is sealed
 * with AES-256-GCM before it is written.
 */
@Injectable()
export class HandoffsCommands {
  constructor(
    private readonly step: CommandStep,
    private readonly queries: HandoffsQueries,
    private readonly agencies: AgencyDirectory,
    private readonly live: LiveSignalSender,
    @Inject(VICTIM_KEYRING) private readonly keyring: Keyring,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async propose(ctx: AuthenticatedContext, input: ProposeHandoff): Promise<Handoff> {
    const row = await this.step.create(ctx, HANDOFFS, {
      action: 'handoff:propose',
      target: {},
      decide: async () => {
        const now = this.clock.now();
        const receivingState = await this.receivingStateOf(ctx, input, now);
        const id = randomUUID();
        const sealed = seal(this.keyring, JSON.stringify(identityOf(input)), victimIdentityAad(id));
        const deadline = acceptanceDeadline(now, input.urgent);
        const proposed = {
          id,
          victim_code: newVictimCode(ctx.actor.stateCode),
          referring_agency_id: ctx.actor.agencyId,
          receiving_agency_id: input.receivingAgencyId,
          status: HandoffStatus.PROPOSED,
        };
        return {
          insert: {
            ...proposed,
            referring_state: ctx.actor.stateCode,
            receiving_state: receivingState,
            proposed_by: ctx.actor.userId,
            urgent: input.urgent,
            exploitation_form: input.exploitationForm,
            minor: input.minor,
            needs: JSON.stringify(input.needs.map(({ need, note }) => ({ need, note }))),
            non_punishment: input.nonPunishment,
            linked_case_reference: input.linkedCaseReference ?? null,
            identified_at: input.identifiedAt,
            identity_key_id: sealed.keyId,
            identity_sealed: sealed.data,
            ...consentColumns(ctx, input.consent),
            acceptance_due_at: deadline.dueAt,
            proposed_at: now,
          },
          audit: { action: 'handoff.propose', details: { victimCode: proposed.victim_code, consentScope: input.consent.scope } },
          events: [changedEvent(ctx, 'proposed', proposed)],
          deadlines: [{ kind: ACCEPTANCE_DEADLINE, dueAt: deadline.dueAt, remindAt: deadline.remindAt }],
        };
      },
    });
    return this.queries.viewOf(ctx.actor, row);
  }

  transition(ctx: AuthenticatedContext, input: TransitionHandoff): Promise<Handoff> {
    return this.change(ctx, input.handoffId, input.expectedVersion, (row, side) => {
      const now = this.clock.now();
      const result = transition(factsOf(row), input.action, side, {
        reason: input.reason,
        now,
        reflectionDays: this.config.HANDOFF_REFLECTION_DAYS,
      });
      if (!result.ok) throw refusalError(result, row.status);
      const reason = input.reason?.trim() || null;
      return {
        change: 'transitioned',
        set: { status: result.to, [STAMP[input.action]]: now, ...reasonColumn(input.action, reason) },
        details: { action: input.action, from: row.status, to: result.to },
        // Accepted, declined or withdrawn: the acceptance deadline no longer applies.
        deadlines: row.status === HandoffStatus.PROPOSED ? [{ kind: ACCEPTANCE_DEADLINE, stop: true }] : [],
      };
    });
  }

  recordConsent(ctx: AuthenticatedContext, input: RecordConsent): Promise<Handoff> {
    return this.change(ctx, input.handoffId, input.expectedVersion, (row) => {
      const problems = consentProblems(row.minor, input.consent.basis);
      if (input.consent.givenAt > this.clock.now()) problems.push({ field: 'consent.givenAt', problem: 'is in the future' });
      if (problems.length) throw BadUserInputError.of(problems);
      return {
        change: 'consent-recorded',
        set: { ...consentColumns(ctx, input.consent), consent_withdrawn_at: null },
        details: { scope: input.consent.scope, basis: input.consent.basis },
      };
    });
  }

  withdrawConsent(ctx: AuthenticatedContext, input: WithdrawConsent): Promise<Handoff> {
    return this.change(ctx, input.handoffId, input.expectedVersion, (row) => {
      if (row.consent_withdrawn_at) throw ConflictError.notInState(CONSENT_WITHDRAWN, 'consent is already withdrawn');
      return { change: 'consent-withdrawn', set: { consent_withdrawn_at: this.clock.now() } };
    });
  }

  recordSafeguard(ctx: AuthenticatedContext, input: RecordSafeguard): Promise<Handoff> {
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
      return { change: 'safeguard-recorded', set, details: { safeguard: input.safeguard } };
    });
  }

  logService(ctx: AuthenticatedContext, input: LogHandoffService): Promise<Handoff> {
    return this.change(ctx, input.handoffId, null, (row) => {
      if (row.status !== HandoffStatus.ACCEPTED && row.status !== HandoffStatus.IN_PROGRESS) {
        throw ConflictError.notInState(row.status, `services are logged on an accepted handoff, not a ${row.status} one`);
      }
      if (!row.needs.some((n) => n.need === input.need)) {
        throw BadUserInputError.of([{ field: 'need', problem: 'is not among the needs of this handoff' }]);
      }
      return {
        change: 'service-logged',
        details: { need: input.need },
        alongside: {
          sql: `INSERT INTO handoff_service (handoff_id, need, delivered_at, delivered_by, note) VALUES ($1, $2, $3, $4, $5)`,
          params: [row.id, input.need, input.deliveredAt, ctx.actor.userId, input.note],
        },
      };
    });
  }

  sendMessage(ctx: AuthenticatedContext, input: SendHandoffMessage): Promise<Handoff> {
    return this.change(ctx, input.handoffId, null, (row) => ({
      change: 'message-sent',
      alongside: {
        sql: `INSERT INTO handoff_message (handoff_id, author_user_id, author_agency_id, body) VALUES ($1, $2, $3, $4)`,
        params: [row.id, ctx.actor.userId, ctx.actor.agencyId, input.body],
      },
    }));
  }

  /**
   * One command on an existing handoff through the command step ('handoff:update': a
   * coordinator of one of the two agencies); every refusal on the way is audited as DENIED.
   * A change without columns (a service entry, a message) leaves the version alone, so it
   * never makes the other side's edit stale.
   */
  private async change(
    ctx: AuthenticatedContext,
    handoffId: string,
    expectedVersion: number | null,
    decide: (row: HandoffRow, side: HandoffSide) => HandoffChange,
  ): Promise<Handoff> {
    const changed = await this.step.change(ctx, HANDOFFS, {
      action: 'handoff:update',
      id: handoffId,
      expectedVersion,
      decide: (row): Change => {
        const side = row.referring_agency_id === ctx.actor.agencyId ? HandoffSide.REFERRING : HandoffSide.RECEIVING;
        const { change, set, details, alongside, deadlines } = decide(row, side);
        return {
          ...(set ? { set: { ...set, updated_at: this.clock.now() } } : { keepVersion: true }),
          alongside: alongside ? [alongside] : [],
          audit: { action: `handoff.${change}`, details },
          events: [changedEvent(ctx, change, { ...row, status: set?.status ?? row.status })],
          deadlines,
        };
      },
    });
    // Committed: the subscriptions to this handoff hear of it.
    await this.live.send('handoff-changed', { handoffId });
    return this.queries.viewOf(ctx.actor, changed);
  }

  /** Checks a proposal's input; answers the receiving agency's State. */
  private async receivingStateOf(ctx: AuthenticatedContext, input: ProposeHandoff, now: Date): Promise<string> {
    const agency = await this.agencies.agency(input.receivingAgencyId);
    const problems: FieldProblem[] = [];
    if (!agency || agency.kind !== AgencyKind.VICTIM_SUPPORT_SERVICE) {
      problems.push({ field: 'receivingAgencyId', problem: 'is not a victim-support service on the platform' });
    } else if (agency.stateCode === ctx.actor.stateCode) {
      problems.push({ field: 'receivingAgencyId', problem: 'must be in another State' });
    }
    if (new Set(input.needs.map((n) => n.need)).size !== input.needs.length) {
      problems.push({ field: 'needs', problem: 'name each need once' });
    }
    if (input.identifiedAt > now) problems.push({ field: 'identifiedAt', problem: 'is in the future' });
    if (input.consent.givenAt > now) problems.push({ field: 'consent.givenAt', problem: 'is in the future' });
    problems.push(...consentProblems(input.minor, input.consent.basis));
    if (!agency || problems.length) throw BadUserInputError.of(problems);
    return agency.stateCode;
  }
}

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

/** A consent as stored, recorded by the caller, with who explained it and in which language. */
function consentColumns(ctx: AuthenticatedContext, consent: GivenConsent): HandoffColumns {
  return {
    consent_scope: consent.scope,
    consent_basis: consent.basis,
    consent_given_at: consent.givenAt,
    consent_recorded_by: ctx.actor.userId,
    consent_explained_by: consent.explainedBy.trim(),
    consent_language: consent.language,
  };
}

/** The outbox event of a change: the other side's coordinators hear of it. */
function changedEvent(
  ctx: AuthenticatedContext,
  change: string,
  handoff: Pick<HandoffRow, 'id' | 'victim_code' | 'referring_agency_id' | 'receiving_agency_id' | 'status'>,
): DomainEvent {
  return {
    type: 'handoff.changed',
    aggregateType: HANDOFFS.type,
    aggregateId: handoff.id,
    payload: {
      handoffId: handoff.id,
      victimCode: handoff.victim_code,
      referringAgencyId: handoff.referring_agency_id,
      receivingAgencyId: handoff.receiving_agency_id,
      actorAgencyId: ctx.actor.agencyId,
      change,
      status: handoff.status,
    },
  };
}

function identityOf(input: ProposeHandoff): VictimIdentity {
  const { givenNames, familyName, dateOfBirth, nationality, languages, contact } = input.victim;
  return { givenNames, familyName, dateOfBirth, nationality, languages, contact: contact ?? null };
}
