import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { EventsModule } from '@app/events';
import { DirectoryService, IdentityReadsModule, SecondFactorService } from '@app/identity';
import {
  AgencyKind,
  AuthenticatedContext,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  FormOfExploitation,
  NotFoundError,
  Role,
} from '@app/kernel';
import { ClockModule } from '@app/platform';
import { actorIn } from '@test/support/actors';
import { testConfig } from '@test/support/config';
import { ConsentBasis, ConsentScope, HandoffAction, HandoffDirection, HandoffStatus, RiskLevel, Safeguard, VictimNeed } from './domain/handoff.model';
import { HandoffTarget, handoffViewOf } from '@app/access';
import { ProposeHandoff } from './handoff.inputs';
import { Handoff } from './handoff.views';
import { HANDOFF_SUBJECT } from './handoff.records';
import { HandoffsCommands } from './handoffs.commands';
import { HandoffsQueries } from './handoffs.queries';
import { victimKeyringProvider } from './victim-keyring';

const DAY = 86_400_000;

/**
 * The handoff commands and reads on the real PostgreSQL (the layer between the pure lifecycle
 * and the e2e tests): what a change writes, that every refusal but invalid input leaves one
 * DENIED row and nothing else — a wrong-side step included —, and that the list's SQL shows
 * exactly what the rule lets each caller read. Its States and agencies are its own.
 */
describe('handoff commands and queries (PostgreSQL)', () => {
  let app: TestingModule;
  let db: DataSource;
  let handoffs: HandoffsCommands;
  let queries: HandoffsQueries;
  let referrer: AuthenticatedContext;
  let receiver: AuthenticatedContext;
  let outsider: AuthenticatedContext;

  beforeAll(async () => {
    app = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, ClockModule, AccessModule, AuditModule, EventsModule, CommandsModule, IdentityReadsModule],
      // The second factor guards only revealing an identity, which these tests do not do.
      providers: [
        HandoffsCommands,
        HandoffsQueries,
        victimKeyringProvider,
        { provide: SecondFactorService, useValue: {} },
        { provide: DirectoryService, useValue: {} },
      ],
    }).compile();
    await app.init();
    db = app.get(DataSource);
    handoffs = app.get(HandoffsCommands);
    queries = app.get(HandoffsQueries);
    referrer = await actorIn(db, 'QP', AgencyKind.VICTIM_SUPPORT_SERVICE, Role.VICTIM_COORDINATOR);
    receiver = await actorIn(db, 'QR', AgencyKind.VICTIM_SUPPORT_SERVICE, Role.VICTIM_COORDINATOR);
    outsider = await actorIn(db, 'QS', AgencyKind.VICTIM_SUPPORT_SERVICE, Role.VICTIM_COORDINATOR);
  });
  afterAll(() => app?.close());

  const proposal = (receivingAgencyId = receiver.actor.agencyId, overrides: Partial<ProposeHandoff> = {}): ProposeHandoff => ({
    receivingAgencyId,
    victim: { givenNames: 'Ion', familyName: 'Test', dateOfBirth: '1994-03-12', nationality: 'MD', languages: ['ro'] },
    needs: [{ need: VictimNeed.SHELTER, note: 'women’s shelter' }],
    urgent: false,
    exploitationForm: FormOfExploitation.LABOUR,
    minor: false,
    identifiedAt: new Date(Date.now() - 60 * DAY),
    consent: { scope: ConsentScope.SHARE_WITH_LAW_ENFORCEMENT, basis: ConsentBasis.VICTIM, givenAt: new Date(Date.now() - DAY), explainedBy: 'Anna Weber, social worker', language: 'ro' },
    nonPunishment: true,
    ...overrides,
  });
  const proposed = (): Promise<Handoff> => handoffs.propose(referrer, proposal());

  /** Rows written about a handoff (audit rows by outcome), and its status and version. */
  async function written(handoffId: string): Promise<Record<string, unknown>> {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM outbox_event WHERE aggregate_id = $1::text)::int AS outbox,
              (SELECT count(*) FROM handoff_service WHERE handoff_id = $1::uuid)::int AS services,
              (SELECT count(*) FROM handoff_message WHERE handoff_id = $1::uuid)::int AS messages,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'SUCCESS')::int AS succeeded,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'DENIED')::int AS denied,
              (SELECT count(*) FROM deadline WHERE subject_type = $2 AND subject_id = $1::text AND stopped_at IS NULL)::int AS deadlines,
              (SELECT status FROM handoff WHERE id = $1::uuid), (SELECT version FROM handoff WHERE id = $1::uuid)`,
      [handoffId, HANDOFF_SUBJECT],
    );
    return row;
  }

  it('accepts a proposal: status, version, audit and outbox move together, and the acceptance deadline stops', async () => {
    const handoff = await proposed();
    const before = await written(handoff.id);
    expect(before).toMatchObject({ status: HandoffStatus.PROPOSED, deadlines: 1 });
    const accepted = await handoffs.transition(receiver, { handoffId: handoff.id, action: HandoffAction.ACCEPT, expectedVersion: handoff.version });
    expect(accepted).toMatchObject({ status: HandoffStatus.ACCEPTED, version: handoff.version + 1 });
    expect(await written(handoff.id)).toEqual({
      ...before,
      outbox: Number(before.outbox) + 1,
      succeeded: Number(before.succeeded) + 1,
      deadlines: 0,
      status: HandoffStatus.ACCEPTED,
      version: handoff.version + 1,
    });
  });

  it.each([
    ['by a coordinator it is hidden from', () => outsider, HandoffAction.ACCEPT, 0, NotFoundError, {}],
    ['taken by the other side', () => referrer, HandoffAction.ACCEPT, 0, ForbiddenError, {}],
    ['the state does not allow', () => receiver, HandoffAction.COMPLETE, 0, ConflictError, { reason: 'STATE', state: HandoffStatus.PROPOSED }],
    ['on a stale version', () => referrer, HandoffAction.WITHDRAW, -1, ConflictError, { reason: 'VERSION', state: null }],
  ] as const)('refuses a step %s with a DENIED row and nothing else', async (_, who, action, versionOffset, error, details) => {
    const handoff = await proposed();
    // A risk assessment moves the version on, so the proposal's own version is stale.
    const assessed = await handoffs.recordSafeguard(receiver, {
      handoffId: handoff.id,
      safeguard: Safeguard.RISK_ASSESSMENT,
      riskLevel: RiskLevel.LOW,
      expectedVersion: handoff.version,
    });
    const before = await written(handoff.id);
    const refused = handoffs.transition(who(), { handoffId: handoff.id, action, expectedVersion: assessed.version + versionOffset });
    await expect(refused).rejects.toBeInstanceOf(error);
    await expect(refused).rejects.toMatchObject(details);
    expect(await written(handoff.id)).toEqual({ ...before, denied: Number(before.denied) + 1 });
  });

  it('refuses a service logged before acceptance as a state refusal, and invalid input without an audit row', async () => {
    const handoff = await proposed();
    const before = await written(handoff.id);
    const service = { handoffId: handoff.id, need: VictimNeed.SHELTER, deliveredAt: new Date(), note: 'too early' };
    await expect(handoffs.logService(receiver, service)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'STATE', state: HandoffStatus.PROPOSED });
    expect(await written(handoff.id)).toEqual({ ...before, denied: Number(before.denied) + 1 });
    const declined = handoffs.transition(receiver, { handoffId: handoff.id, action: HandoffAction.DECLINE, expectedVersion: handoff.version });
    await expect(declined).rejects.toBeInstanceOf(BadUserInputError);
    await expect(declined).rejects.toMatchObject({ problems: [{ field: 'reason' }] });
    expect(await written(handoff.id)).toEqual({ ...before, denied: Number(before.denied) + 1 });
  });

  it('proposes a handoff with its audit row, its outbox event and its acceptance deadline, the agencies named by identity', async () => {
    const handoff = await proposed();
    expect(handoff).toMatchObject({
      status: HandoffStatus.PROPOSED,
      version: 1,
      overdue: false,
      referringAgency: { id: referrer.actor.agencyId, state: { code: 'QP', name: 'State QP' } },
      receivingAgency: { id: receiver.actor.agencyId, kind: AgencyKind.VICTIM_SUPPORT_SERVICE, state: { code: 'QR' } },
    });
    expect(await written(handoff.id)).toEqual({
      outbox: 1, services: 0, messages: 0, succeeded: 1, denied: 0, deadlines: 1, status: HandoffStatus.PROPOSED, version: 1,
    });
    const [{ due }] = await db.query(`SELECT d.due_at = h.acceptance_due_at AS due FROM deadline d JOIN handoff h ON h.id::text = d.subject_id WHERE h.id = $1`, [handoff.id]);
    expect(due).toBe(true);
  });

  it('refuses a proposal by a role that makes none with a DENIED row, and one to an agency of its own State without any', async () => {
    const prosecutor = await actorIn(db, 'QP', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR);
    const counted = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM handoff WHERE referring_agency_id = ANY($1::uuid[]))::int AS handoffs,
                  (SELECT count(*) FROM audit_event WHERE actor_user_id = ANY($2::uuid[]) AND outcome = 'DENIED' AND action = 'handoff:propose')::int AS denied`,
          [[prosecutor.actor.agencyId, referrer.actor.agencyId], [prosecutor.actor.userId, referrer.actor.userId]],
        )
      )[0];
    const before = await counted();
    await expect(handoffs.propose(prosecutor, proposal())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await counted()).toEqual({ handoffs: before.handoffs, denied: before.denied + 1 });
    const sameState = await actorIn(db, 'QP', AgencyKind.VICTIM_SUPPORT_SERVICE, Role.VICTIM_COORDINATOR);
    const refused = handoffs.propose(referrer, proposal(sameState.actor.agencyId));
    await expect(refused).rejects.toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'receivingAgencyId', problem: 'must be in another State' }] });
    expect(await counted()).toEqual({ handoffs: before.handoffs, denied: before.denied + 1 });
  });

  it('records a safeguard and withdraws and records consent as new versions; a second withdrawal is refused naming CONSENT_WITHDRAWN', async () => {
    const handoff = await proposed();
    const assessed = await handoffs.recordSafeguard(receiver, {
      handoffId: handoff.id, safeguard: Safeguard.RISK_ASSESSMENT, riskLevel: RiskLevel.HIGH, expectedVersion: handoff.version,
    });
    expect(assessed).toMatchObject({ riskLevel: RiskLevel.HIGH, version: 2 });
    const withdrawn = await handoffs.withdrawConsent(referrer, { handoffId: handoff.id, expectedVersion: assessed.version });
    expect(withdrawn.consent?.withdrawnAt).toBeInstanceOf(Date);
    const before = await written(handoff.id);
    const again = handoffs.withdrawConsent(referrer, { handoffId: handoff.id, expectedVersion: withdrawn.version });
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT', reason: 'STATE', state: 'CONSENT_WITHDRAWN' });
    expect(await written(handoff.id)).toEqual({ ...before, denied: Number(before.denied) + 1 });
    const consent = { scope: ConsentScope.ASSISTANCE_ONLY, basis: ConsentBasis.VICTIM, givenAt: new Date(), explainedBy: '  Ana Popescu, interpreter ', language: 'ro' };
    const recorded = await handoffs.recordConsent(receiver, { handoffId: handoff.id, expectedVersion: withdrawn.version, consent });
    expect(recorded.consent).toMatchObject({ scope: ConsentScope.ASSISTANCE_ONLY, withdrawnAt: null, explainedBy: 'Ana Popescu, interpreter', recordedBy: receiver.actor.userId });
    expect(await written(handoff.id)).toEqual({
      ...before,
      denied: Number(before.denied) + 1,
      succeeded: Number(before.succeeded) + 1,
      outbox: Number(before.outbox) + 1,
      version: 4,
    });
    const guardian = handoffs.recordSafeguard(receiver, { handoffId: handoff.id, safeguard: Safeguard.GUARDIAN_APPOINTED, expectedVersion: 4 });
    await expect(guardian).rejects.toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'safeguard' }] });
    expect(await written(handoff.id)).toMatchObject({ denied: Number(before.denied) + 1, version: 4 });
  });

  it('logs a service and sends a message beside the handoff, leaving its version alone', async () => {
    const handoff = await proposed();
    const accepted = await handoffs.transition(receiver, { handoffId: handoff.id, action: HandoffAction.ACCEPT, expectedVersion: handoff.version });
    const before = await written(handoff.id);
    await handoffs.logService(receiver, { handoffId: handoff.id, need: VictimNeed.SHELTER, deliveredAt: new Date(), note: 'placed' });
    const messaged = await handoffs.sendMessage(referrer, { handoffId: handoff.id, body: 'Arrival on Monday' });
    expect(messaged.version).toBe(accepted.version);
    expect(await written(handoff.id)).toEqual({
      ...before,
      services: 1,
      messages: 1,
      succeeded: Number(before.succeeded) + 2,
      outbox: Number(before.outbox) + 2,
    });
    await expect(handoffs.sendMessage(outsider, { handoffId: handoff.id, body: 'hello' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await written(handoff.id)).toMatchObject({ messages: 1, denied: Number(before.denied) + 1 });
  });

  it('lists exactly the handoffs the rule lets each caller read, and filters by direction and overdue', async () => {
    const reference = `REF-${Date.now()}-${Math.random()}`;
    const linked = (consentScope: ConsentScope) => proposal(receiver.actor.agencyId, { linkedCaseReference: reference, consent: { ...proposal().consent, scope: consentScope } });
    const shared = await handoffs.propose(referrer, linked(ConsentScope.SHARE_WITH_LAW_ENFORCEMENT));
    const private_ = await handoffs.propose(referrer, linked(ConsentScope.ASSISTANCE_ONLY));
    const withdrawn = await handoffs.propose(referrer, linked(ConsentScope.CRIMINAL_PROCEEDINGS));
    await handoffs.withdrawConsent(referrer, { handoffId: withdrawn.id, expectedVersion: withdrawn.version });
    const made = [shared, private_, withdrawn];
    // What the policy is told of each: the withdrawn consent reaches no one.
    const scopes = new Map([[shared.id, ConsentScope.SHARE_WITH_LAW_ENFORCEMENT], [private_.id, ConsentScope.ASSISTANCE_ONLY]]);
    const targetOf = (id: string): HandoffTarget => ({
      referringAgencyId: referrer.actor.agencyId,
      receivingAgencyId: receiver.actor.agencyId,
      referringStateCode: 'QP',
      receivingStateCode: 'QR',
      consentScope: scopes.get(id) ?? null,
    });
    const listed = async (who: AuthenticatedContext, filter: Record<string, unknown> = {}) =>
      (await queries.handoffs(who, { first: 100, filter: { caseReference: reference, ...filter } })).entries.map((e) => e.item.id).sort();
    const callers = [
      referrer,
      receiver,
      outsider,
      await actorIn(db, 'QP', AgencyKind.VICTIM_SUPPORT_SERVICE, Role.VICTIM_COORDINATOR),
      await actorIn(db, 'QP', AgencyKind.POLICE, Role.LIAISON_OFFICER),
      await actorIn(db, 'QR', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR),
      await actorIn(db, 'QS', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR),
    ];
    for (const caller of callers) {
      const allowed = made.filter((h) => handoffViewOf(caller.actor, targetOf(h.id)) !== null).map((h) => h.id).sort();
      expect(await listed(caller)).toEqual(allowed);
    }
    expect(await listed(callers[4])).toEqual([shared.id]);
    expect(await listed(receiver, { direction: HandoffDirection.INCOMING })).toHaveLength(3);
    expect(await listed(receiver, { direction: HandoffDirection.OUTGOING })).toEqual([]);
    // Time passing: the handoff's own due time is what makes it overdue.
    await db.query(`UPDATE handoff SET acceptance_due_at = now() - interval '1 minute' WHERE id = $1`, [shared.id]);
    expect(await listed(receiver, { overdue: true })).toEqual([shared.id]);
    expect(await listed(receiver, { overdue: false })).toEqual([private_.id, withdrawn.id].sort());
    await expect(queries.handoff(receiver, shared.id)).resolves.toMatchObject({ overdue: true });
  });
});
