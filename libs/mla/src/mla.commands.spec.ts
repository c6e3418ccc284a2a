import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgencyKind, AuthenticatedContext, BadUserInputError, ConflictError, ForbiddenError, NotFoundError, Role } from '@app/kernel';
import { ClockModule } from '@app/platform';
import { actorIn } from '@test/support/actors';
import { testConfig } from '@test/support/config';
import { LegalBasis, MeasureKind, MlaAction, MlaStatus } from './domain/mla-vocabulary';
import { MlaConsumersModule } from './mla.module';
import { MlaCommands } from './mla.commands';
import { MLA_SUBJECT } from './mla-records';

/**
 * MlaCommands on the real PostgreSQL (the layer between the pure lifecycle and the
 * e2e tests): what one step writes, what a refusal writes (a DENIED row, nothing else), and
 * two steps racing on one version. Its States and agencies are its own, so files running at
 * the same time on the shared database do not meet.
 */
describe('MlaCommands (PostgreSQL)', () => {
  let app: TestingModule;
  let db: DataSource;
  let mla: MlaCommands;
  let requester: AuthenticatedContext;
  let executor: AuthenticatedContext;
  let outsider: AuthenticatedContext;

  beforeAll(async () => {
    app = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, ClockModule, MlaConsumersModule],
    }).compile();
    await app.init();
    db = app.get(DataSource);
    mla = app.get(MlaCommands);
    // Private-use codes (QM–QZ), none of the demo States.
    requester = await actorIn(db, 'QM', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR);
    executor = await actorIn(db, 'QN', AgencyKind.CENTRAL_AUTHORITY, Role.CENTRAL_AUTHORITY_OFFICER);
    outsider = await actorIn(db, 'QO', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR);
  });
  afterAll(() => app?.close());

  const submitted = async () => {
    const draft = await mla.create(requester, {
      requestedAgencyId: executor.actor.agencyId,
      legalBasis: LegalBasis.EIO_DIRECTIVE,
      measures: [{ kind: MeasureKind.BANK_RECORDS, details: 'Statements of the recruiters’ accounts' }],
      factsSummary: 'Wages were paid into accounts of the recruiters.',
      offences: ['Trafficking in human beings'],
      language: 'en',
    });
    return mla.transition(requester, { id: draft.id, expectedVersion: draft.version, action: MlaAction.SUBMIT });
  };

  /** Rows written about a request, by table (audit rows by outcome), and its version. */
  async function written(requestId: string): Promise<Record<string, number>> {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM mla_history WHERE request_id = $1)::int AS history,
              (SELECT count(*) FROM mla_message WHERE request_id = $1)::int AS messages,
              (SELECT count(*) FROM outbox_event WHERE aggregate_id = $1::text)::int AS outbox,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'SUCCESS')::int AS succeeded,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'DENIED')::int AS denied,
              (SELECT version FROM mla_request WHERE id = $1) AS version`,
      [requestId],
    );
    return row;
  }

  it('writes a step with its history, audit, outbox event and deadlines, and moves the version on by one', async () => {
    const request = await submitted();
    const before = await written(request.id);
    const acknowledged = await mla.transition(executor, { id: request.id, expectedVersion: request.version, action: MlaAction.ACKNOWLEDGE });
    expect(acknowledged).toMatchObject({ status: MlaStatus.ACKNOWLEDGED, version: request.version + 1 });
    expect(await written(request.id)).toEqual({ ...before, history: before.history + 1, outbox: before.outbox + 1, succeeded: before.succeeded + 1, version: before.version + 1 });
    const deadlines: { kind: string; stopped: boolean }[] = await db.query(
      `SELECT kind, stopped_at IS NOT NULL AS stopped FROM deadline WHERE subject_type = $1 AND subject_id = $2 ORDER BY kind`,
      [MLA_SUBJECT, request.id],
    );
    expect(deadlines).toEqual([
      { kind: 'acknowledgement', stopped: true },
      { kind: 'decision', stopped: false },
    ]);
  });

  it.each([
    ['by an outsider it is hidden from', () => outsider, MlaAction.ACKNOWLEDGE, 0, NotFoundError, {}],
    ['taken by the other side', () => requester, MlaAction.ACKNOWLEDGE, 0, ForbiddenError, {}],
    ['the state does not allow', () => executor, MlaAction.START_EXECUTION, 0, ConflictError, { reason: 'STATE', state: MlaStatus.SUBMITTED }],
    ['on a stale version', () => requester, MlaAction.WITHDRAW, -1, ConflictError, { reason: 'VERSION', state: null }],
  ] as const)('refuses a step %s with a DENIED row and nothing else', async (_, who, action, versionOffset, error, details) => {
    const request = await submitted();
    const before = await written(request.id);
    const refused = mla.transition(who(), { id: request.id, expectedVersion: request.version + versionOffset, action });
    await expect(refused).rejects.toBeInstanceOf(error);
    await expect(refused).rejects.toMatchObject(details);
    expect(await written(request.id)).toEqual({ ...before, denied: before.denied + 1 });
  });

  it('refuses invalid input without an audit row', async () => {
    const request = await submitted();
    const before = await written(request.id);
    const refused = mla.transition(executor, { id: request.id, expectedVersion: request.version, action: MlaAction.REQUEST_INFO });
    await expect(refused).rejects.toBeInstanceOf(BadUserInputError);
    await expect(refused).rejects.toMatchObject({ problems: [{ field: 'question' }] });
    expect(await written(request.id)).toEqual(before);
  });

  it('lets one of two steps racing on the same version through; the other is a stale version, audited', async () => {
    const request = await submitted();
    const before = await written(request.id);
    const results = await Promise.allSettled([
      mla.transition(executor, { id: request.id, expectedVersion: request.version, action: MlaAction.ACKNOWLEDGE }),
      mla.transition(executor, { id: request.id, expectedVersion: request.version, action: MlaAction.REQUEST_INFO, question: 'Which period?' }),
    ]);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ code: 'CONFLICT', reason: 'VERSION' });
    expect(await written(request.id)).toEqual({
      ...before,
      history: before.history + 1,
      outbox: before.outbox + 1,
      succeeded: before.succeeded + 1,
      denied: before.denied + 1,
      version: before.version + 1,
    });
  });

  it('creates a draft with its reference, history and audit rows, in the requesting agency', async () => {
    const draft = await mla.create(requester, { requestedAgencyId: executor.actor.agencyId, language: 'en' });
    expect(draft).toMatchObject({ status: MlaStatus.DRAFT, version: 1, requestingAgencyId: requester.actor.agencyId, requestedState: 'QN' });
    expect(draft.reference).toMatch(/^MLA-QM-\d{4}-\d{6}$/);
    expect(await written(draft.id)).toEqual({ history: 1, messages: 0, outbox: 0, succeeded: 1, denied: 0, version: 1 });
  });

  it('refuses a draft to an agency of the own State or of the wrong kind, naming the field, without an audit row', async () => {
    const ownState = await actorIn(db, 'QM', AgencyKind.CENTRAL_AUTHORITY, Role.CENTRAL_AUTHORITY_OFFICER);
    await expect(mla.create(requester, { requestedAgencyId: ownState.actor.agencyId })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'requestedAgencyId' }],
    });
  });

  it('posts a message beside the request without a new version of it; an edit of the draft by the other side is FORBIDDEN, audited', async () => {
    const request = await submitted();
    const before = await written(request.id);
    const message = await mla.postMessage(executor, { requestId: request.id, body: 'Received; we will revert.' });
    expect(message).toMatchObject({ authorAgencyId: executor.actor.agencyId, body: 'Received; we will revert.' });
    expect(await written(request.id)).toEqual({ ...before, messages: 1, outbox: before.outbox + 1, succeeded: before.succeeded + 1 });
    await expect(mla.updateDraft(executor, { id: request.id, expectedVersion: request.version, factsSummary: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await written(request.id)).toMatchObject({ denied: before.denied + 1, version: before.version });
  });
});
