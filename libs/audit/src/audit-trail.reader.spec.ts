import { randomUUID } from 'node:crypto';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { RequestContext } from '@app/kernel';
import { testConfig } from '@test/support/config';
import { AuditSealer } from './audit-sealer';
import { AuditEntry, AuditService } from './audit.service';
import { AuditTrailReader } from './audit-trail.reader';
import { auditTestApp, contextIn, eventIdsByTarget, sealUntilLinked } from '../testing/audit-test-app';

/** The auditors' reads on the shared database: each test keeps to States no other file uses. */
describe('AuditTrailReader (PostgreSQL)', () => {
  let app: TestingModule;
  let audit: AuditService;
  let reader: AuditTrailReader;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await auditTestApp();
    audit = app.get(AuditService);
    dataSource = app.get(DataSource);
    reader = new AuditTrailReader(dataSource, testConfig());
  });

  afterAll(async () => {
    await app.close();
  });

  const record = async (ctx: RequestContext, entry: Omit<AuditEntry, 'outcome'> & Partial<Pick<AuditEntry, 'outcome'>>) => {
    await audit.recordAlone(ctx, { outcome: 'SUCCESS', ...entry });
  };

  it("reads a State's own events and other States' events on its data, newest first, page after page", async () => {
    const own = contextIn('YA');
    const foreign = contextIn('YB');
    await record(own, { action: 'case.read' });
    await record(own, { action: 'case.update' });
    await record(foreign, { action: 'case-share.read', targetType: 'case-share', targetId: randomUUID(), targetState: 'YA' });
    await record(foreign, { action: 'case.read', targetState: 'YB' });
    await record(own, { action: 'mla.read', targetState: 'YB' });

    const first = await reader.page('YA', {}, 2);
    expect(first.map((e) => e.action)).toEqual(['mla.read', 'case-share.read']);
    expect(first[1]).toMatchObject({ actorState: 'YB', targetState: 'YA' });
    const last = first[1];
    const second = await reader.page('YA', {}, 5, { at: last.cursorAt, id: last.id });
    expect(second.map((e) => e.action)).toEqual(['case.update', 'case.read']);
    expect((await reader.page('YB', {}, 10)).map((e) => e.action)).toEqual(['mla.read', 'case.read', 'case-share.read']);
  });

  it('applies each filter', async () => {
    const ctx = contextIn('YC');
    const other = contextIn('YC');
    const target = randomUUID();
    await record(ctx, { action: 'handoff.reveal-identity', targetType: 'victim-identity', targetId: target, purpose: 'safe return' });
    await record(ctx, { action: 'case.read', outcome: 'DENIED', targetType: 'case', targetId: target });
    // A filter's instant has a millisecond's precision: the newest event must fall in a later one.
    await new Promise((resolve) => setTimeout(resolve, 2));
    await record(other, { action: 'case.read', targetType: 'case', targetId: randomUUID() });
    const actions = async (filter: Parameters<AuditTrailReader['page']>[1]) => (await reader.page('YC', filter, 10)).map((e) => e.action);

    expect(await actions({ withPurpose: true })).toEqual(['handoff.reveal-identity']);
    expect(await actions({ outcome: 'DENIED' })).toEqual(['case.read']);
    expect(await actions({ actorUserId: other.actor!.userId })).toEqual(['case.read']);
    expect(await actions({ action: 'case.read' })).toHaveLength(2);
    expect(await actions({ targetType: 'case', targetId: target })).toEqual(['case.read']);
    const [newest] = await reader.page('YC', {}, 1);
    expect(await actions({ from: newest.occurredAt })).toEqual(['case.read']);
    expect(await actions({ to: newest.occurredAt })).toEqual(['case.read', 'handoff.reveal-identity']);
  });

  it("gives one event in full within the State's trail only, and every event of a selection in batches", async () => {
    const ctx = contextIn('YD');
    const target = randomUUID();
    await record(ctx, { action: 'handoff.reveal-identity', targetId: target, purpose: 'medical care', recipients: ['nurse'], details: { n: 1 } });
    const [id] = await eventIdsByTarget(dataSource, target);
    expect(await reader.event('YD', id)).toMatchObject({ id, purpose: 'medical care', recipients: ['nurse'], details: { n: 1 }, requestId: ctx.requestId });
    expect(await reader.event('YE', id)).toBeNull();

    for (let i = 0; i < 3; i++) await record(ctx, { action: 'case.list' });
    const all = [];
    for await (const event of reader.events('YD', { action: 'case.list' }, 2)) all.push(event);
    expect(all).toHaveLength(2);
  });

  it('tells the chain state: events sealed, the latest checkpoint verified against the chain, and on request the whole chain', async () => {
    const sealer = app.get(AuditSealer);
    const target = randomUUID();
    await record(contextIn('YF'), { action: 'case.read', targetId: target });
    await sealUntilLinked(sealer, dataSource, await eventIdsByTarget(dataSource, target));
    await sealer.writeCheckpoint();

    const state = await reader.chainState(false);
    expect(state.sealed).toBeGreaterThan(0);
    expect(state.verification).toBeNull();
    expect(state.latestCheckpoint).toMatchObject({ signatureValid: true, matchesChain: true });
    expect(state.latestCheckpoint!.eventId).not.toBeNull();
    expect((await reader.chainState(true)).verification).toMatchObject({ sealed: expect.any(Number) });
  });
});
