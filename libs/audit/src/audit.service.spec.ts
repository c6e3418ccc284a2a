import { randomUUID } from 'node:crypto';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AuditService } from './audit.service';
import { auditTestApp, contextIn, eventIdsByTarget } from '../testing/audit-test-app';

describe('AuditService (PostgreSQL)', () => {
  let app: TestingModule;
  let audit: AuditService;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await auditTestApp();
    audit = app.get(AuditService);
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app.close();
  });

  it('records an event with the signed-in actor and the request id, queued for sealing', async () => {
    const ctx = contextIn('XA');
    const target = randomUUID();
    await dataSource.transaction((manager) =>
      audit.record(manager, ctx, {
        action: 'case.read',
        outcome: 'SUCCESS',
        targetType: 'Case',
        targetId: target,
        purpose: 'investigation',
        recipients: ['MD central authority'],
        details: { field: 'summary', attempt: 1, urgent: false, note: null },
      }),
    );
    const [row] = await dataSource.query(
      `SELECT e.*, EXISTS (SELECT 1 FROM audit_pending p WHERE p.event_id = e.id)
                OR EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id) AS queued
         FROM audit_event e WHERE target_id = $1`,
      [target],
    );
    expect(row).toMatchObject({
      actor_user_id: ctx.actor?.userId,
      actor_agency_id: ctx.actor?.agencyId,
      actor_state: 'XA',
      action: 'case.read',
      outcome: 'SUCCESS',
      target_type: 'Case',
      request_id: ctx.requestId,
      purpose: 'investigation',
      recipients: ['MD central authority'],
      details: { field: 'summary', attempt: 1, urgent: false, note: null },
      queued: true,
    });
    expect(row.occurred_at).toBeInstanceOf(Date);
  });

  it('leaves no event behind when the caller’s transaction rolls back', async () => {
    const target = randomUUID();
    await expect(
      dataSource.transaction(async (manager) => {
        await audit.record(manager, contextIn('XA'), { action: 'user.create', outcome: 'SUCCESS', targetId: target });
        throw new Error('command failed');
      }),
    ).rejects.toThrow('command failed');
    expect(await eventIdsByTarget(dataSource, target)).toEqual([]);
  });

  it('records a denial on its own, with an explicit actor when nobody is signed in', async () => {
    const target = randomUUID();
    const userId = randomUUID();
    await audit.recordAlone(
      { actor: null, requestId: 'req-denied' },
      {
        action: 'auth.sign-in',
        outcome: 'DENIED',
        targetId: target,
        actor: { userId, agencyId: null, stateCode: 'XB' },
        details: { reason: 'wrong password' },
      },
    );
    const [row] = await dataSource.query(`SELECT * FROM audit_event WHERE target_id = $1`, [target]);
    expect(row).toMatchObject({
      actor_user_id: userId,
      actor_agency_id: null,
      actor_state: 'XB',
      outcome: 'DENIED',
      request_id: 'req-denied',
      recipients: null,
      details: { reason: 'wrong password' },
    });
  });

  it('refuses an outcome outside SUCCESS, DENIED, FAILURE', async () => {
    const entry = { action: 'case.read', outcome: 'MAYBE' } as unknown as Parameters<AuditService['recordAlone']>[1];
    await expect(audit.recordAlone(contextIn('XA'), entry)).rejects.toThrow(/check constraint/);
  });

  it('writes events recorded at once together, each caller answered only once its event is committed', async () => {
    const target = randomUUID();
    const recorded = Array.from({ length: 40 }, (_, i) =>
      audit.recordAlone(contextIn('XA'), { action: 'case.read', outcome: 'SUCCESS', targetId: target, details: { i } }).then(async () => {
        // Visible from another connection the moment the caller is answered.
        const rows: unknown[] = await dataSource.query(`SELECT 1 FROM audit_event WHERE target_id = $1 AND (details->>'i')::int = $2`, [target, i]);
        return rows.length;
      }),
    );
    expect(await Promise.all(recorded)).toEqual(Array(40).fill(1));
    // Rows of one statement share their inserting transaction: far fewer commits than events.
    const [{ commits }] = await dataSource.query(`SELECT count(DISTINCT xmin::text)::int AS commits FROM audit_event WHERE target_id = $1`, [target]);
    expect(commits).toBeLessThanOrEqual(3);
  });

  it('fails only the caller whose event is refused, not the others written with it', async () => {
    const target = randomUUID();
    const good = (i: number) => audit.recordAlone(contextIn('XA'), { action: 'case.read', outcome: 'SUCCESS', targetId: target, details: { i } });
    const bad = audit.recordAlone(contextIn('XA'), { action: 'case.read', outcome: 'SUCCESS', targetId: target, actor: { userId: 'not-a-uuid', agencyId: null, stateCode: 'XA' } });
    const results = await Promise.allSettled([good(1), bad, good(2), good(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const rows: { i: string }[] = await dataSource.query(`SELECT details->>'i' AS i FROM audit_event WHERE target_id = $1 ORDER BY 1`, [target]);
    expect(rows.map((r) => r.i)).toEqual(['1', '2', '3']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of events', async () => {
    const target = randomUUID();
    await audit.recordAlone(contextIn('XA'), { action: 'case.read', outcome: 'SUCCESS', targetId: target });
    const [id] = await eventIdsByTarget(dataSource, target);
    // Each attempt runs in a transaction that is rolled back, so a missing trigger could not harm the shared trail.
    const attempt = (sql: string, params: unknown[] = []) =>
      dataSource.transaction(async (manager) => {
        await manager.query(sql, params);
        throw new Error('the change went through');
      });
    await expect(attempt(`UPDATE audit_event SET action = 'case.forgotten' WHERE id = $1`, [id])).rejects.toThrow(
      'audit trail is append-only',
    );
    await expect(attempt(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow('audit trail is append-only');
    await expect(attempt(`TRUNCATE audit_event CASCADE`)).rejects.toThrow('audit trail is append-only');
    expect(await eventIdsByTarget(dataSource, target)).toEqual([id]);
  });
});
