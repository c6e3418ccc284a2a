import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource, EntityManager } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgencyKind, AuthenticatedContext, BadUserInputError, ConflictError, NotFoundError, Role } from '@app/kernel';
import { ClockModule } from '@app/platform';
import { actorIn } from '@test/support/actors';
import { testConfig } from '@test/support/config';
import { Aggregate } from './aggregate';
import { CommandStep } from './command-step';
import { CommandsModule } from './commands.module';

interface Probe {
  id: string;
  agencyId: string;
  status: string;
  reference: string;
  version: number;
}

/**
 * The step on the real PostgreSQL, over a table of its own that no feature knows: what a change
 * writes, and that each refusal writes its DENIED row and nothing else.
 */
describe('CommandStep (PostgreSQL)', () => {
  const table = `step_probe_${randomUUID().slice(0, 8)}`;
  let app: TestingModule;
  let db: DataSource;
  let step: CommandStep;
  let owner: AuthenticatedContext;
  let stranger: AuthenticatedContext;

  const probes: Aggregate<Probe, 'case:update' | 'case:create'> = {
    type: 'step-probe',
    table,
    noun: 'the probe',
    duplicate: 'this reference is taken',
    returning: `t.id, t.agency_id AS "agencyId", t.status, t.reference, t.version`,
    read: async (m: EntityManager, id: string) =>
      ((await m.query(`SELECT t.id, t.agency_id AS "agencyId", t.status, t.reference, t.version FROM ${table} t WHERE t.id = $1`, [id])) as Probe[])[0] ??
      null,
    target: (row) => ({ agencyId: row.agencyId }),
    version: (row) => row.version,
  };

  beforeAll(async () => {
    app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, ClockModule, CommandsModule] }).compile();
    await app.init();
    db = app.get(DataSource);
    step = app.get(CommandStep);
    await db.query(
      `CREATE TABLE ${table} (id uuid PRIMARY KEY, agency_id uuid NOT NULL, status text NOT NULL, reference text UNIQUE NOT NULL, version int NOT NULL DEFAULT 1)`,
    );
    owner = await actorIn(db, 'QP', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR);
    stranger = await actorIn(db, 'QQ', AgencyKind.PROSECUTION_SERVICE, Role.PROSECUTOR);
  });
  afterAll(async () => {
    await db?.query(`DROP TABLE IF EXISTS ${table}`);
    await app?.close();
  });

  const created = (reference: string = randomUUID()) =>
    step.create(owner, probes, {
      action: 'case:create',
      target: { agencyId: owner.actor.agencyId },
      decide: () => ({
        insert: { id: randomUUID(), agency_id: owner.actor.agencyId, status: 'OPEN', reference },
        audit: { action: 'probe.create' },
        events: [],
      }),
    });

  async function written(id: string): Promise<Record<string, number>> {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM outbox_event WHERE aggregate_id = $1::text)::int AS outbox,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'SUCCESS')::int AS succeeded,
              (SELECT count(*) FROM audit_event WHERE target_id = $1::text AND outcome = 'DENIED')::int AS denied,
              (SELECT count(*) FROM deadline WHERE subject_id = $1::text AND stopped_at IS NULL)::int AS deadlines,
              (SELECT version FROM ${table} WHERE id = $1::uuid) AS version`,
      [id],
    );
    return row;
  }

  const close = (probe: Probe, expectedVersion: number | null = probe.version) =>
    step.change(owner, probes, {
      action: 'case:update',
      id: probe.id,
      expectedVersion,
      decide: (row) => {
        if (row.status !== 'OPEN') throw ConflictError.notInState(row.status, 'only an open probe closes');
        return {
          set: { status: 'CLOSED' },
          audit: { action: 'probe.close', details: { from: row.status } },
          events: [{ type: 'cases.case-updated', aggregateType: 'step-probe', aggregateId: row.id, payload: { caseId: row.id, agencyId: row.agencyId } }],
          deadlines: [{ kind: 'review', dueAt: new Date('2030-01-01T00:00:00Z'), remindAt: null }],
        };
      },
    });

  it('creates a row with its audit row, and answers it as read', async () => {
    const probe = await created();
    expect(probe).toMatchObject({ agencyId: owner.actor.agencyId, status: 'OPEN', version: 1 });
    expect(await written(probe.id)).toEqual({ outbox: 0, succeeded: 1, denied: 0, deadlines: 0, version: 1 });
  });

  it('writes a change with its audit row, outbox event and deadline, and moves the version on', async () => {
    const probe = await created();
    expect(await close(probe)).toMatchObject({ status: 'CLOSED', version: 2 });
    expect(await written(probe.id)).toEqual({ outbox: 1, succeeded: 2, denied: 0, deadlines: 1, version: 2 });
  });

  it('answers NOT_FOUND to a caller of another agency, and to an id that is no row, each audited as DENIED', async () => {
    const probe = await created();
    const theirs = step.change(stranger, probes, { action: 'case:update', id: probe.id, expectedVersion: 1, decide: () => ({ set: { status: 'X' }, audit: { action: 'x' } }) });
    await expect(theirs).rejects.toBeInstanceOf(NotFoundError);
    const missing = randomUUID();
    await expect(step.change(owner, probes, { action: 'case:update', id: missing, expectedVersion: 1, decide: () => ({ audit: { action: 'x' } }) })).rejects.toBeInstanceOf(NotFoundError);
    expect(await written(probe.id)).toMatchObject({ succeeded: 1, denied: 1, version: 1 });
    expect(await written(missing)).toMatchObject({ denied: 1 });
  });

  it('refuses a version the caller did not see, and a state the rules refuse, as CONFLICT, audited, nothing else written', async () => {
    const probe = await created();
    await expect(close(probe, 7)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'VERSION' });
    await close(probe);
    await expect(close({ ...probe, version: 2 })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'STATE', state: 'CLOSED' });
    expect(await written(probe.id)).toEqual({ outbox: 1, succeeded: 2, denied: 2, deadlines: 1, version: 2 });
  });

  it('keeps nothing when the row moved between the read and the write (CONFLICT), and audits the attempt', async () => {
    const probe = await created();
    const raced = step.change(owner, probes, {
      action: 'case:update',
      id: probe.id,
      expectedVersion: 1,
      decide: async () => {
        await db.query(`UPDATE ${table} SET version = version + 1 WHERE id = $1`, [probe.id]);
        return { set: { status: 'CLOSED' }, audit: { action: 'probe.close' }, deadlines: [{ kind: 'review', dueAt: new Date(), remindAt: null }] };
      },
    });
    await expect(raced).rejects.toMatchObject({ code: 'CONFLICT', reason: 'VERSION' });
    expect(await written(probe.id)).toEqual({ outbox: 0, succeeded: 1, denied: 1, deadlines: 0, version: 2 });
  });

  it('does not audit invalid input, and answers a duplicate as CONFLICT reason DUPLICATE, audited', async () => {
    const probe = await created();
    const invalid = step.change(owner, probes, {
      action: 'case:update',
      id: probe.id,
      expectedVersion: 1,
      decide: () => {
        throw BadUserInputError.of([{ field: 'status', problem: 'is not a status' }]);
      },
    });
    await expect(invalid).rejects.toBeInstanceOf(BadUserInputError);
    expect(await written(probe.id)).toMatchObject({ denied: 0, version: 1 });
    await expect(created(probe.reference)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE', message: 'this reference is taken' });
  });

  it('leaves the version alone for a change that is no new version of the row', async () => {
    const probe = await created();
    const touched = await step.change(owner, probes, {
      action: 'case:update',
      id: probe.id,
      expectedVersion: null,
      decide: () => ({ set: { status: 'OPEN' }, keepVersion: true, audit: { action: 'probe.touch' } }),
    });
    expect(touched.version).toBe(1);
    expect(await written(probe.id)).toMatchObject({ succeeded: 2, version: 1 });
  });

  it('writes nothing, answering CONFLICT, when a condition the decision relied on no longer holds', async () => {
    const probe = await created();
    const closeIfOpen = () =>
      step.change(owner, probes, {
        action: 'case:update',
        id: probe.id,
        expectedVersion: null,
        decide: () => ({ set: { status: 'CLOSED' }, keepVersion: true, stillTrue: `t.status = 'OPEN'`, audit: { action: 'probe.close' } }),
      });
    await closeIfOpen();
    await expect(closeIfOpen()).rejects.toMatchObject({ code: 'CONFLICT', reason: 'VERSION' });
    expect(await written(probe.id)).toMatchObject({ succeeded: 2, denied: 1, version: 1 });
  });
});
