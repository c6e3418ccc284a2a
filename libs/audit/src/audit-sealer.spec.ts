import { randomUUID } from 'node:crypto';
import { TestingModule } from '@nestjs/testing';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { testConfig } from '@test/support/config';
import { createPrivateDatabase } from '@test/support/private-database';
import { AuditSealer, SEALABLE_BATCH_SQL } from './audit-sealer';
import { AuditService } from './audit.service';
import { signingKeysFromSeed } from './chain';
import {
  auditTestApp,
  contextIn,
  eventIdsByTarget,
  positionsOf,
  sealUntilLinked,
} from '../testing/audit-test-app';
import { verifyAuditChain } from './verify-chain';

const publicKeyPem = signingKeysFromSeed(testConfig().AUDIT_SIGNING_SEED).publicKeyPem;

// A database of its own: on the shared one, other test files record events between ours,
// so positions could not be consecutive and the chain would move under the checkpoint test.
describe('AuditSealer (PostgreSQL)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let app: TestingModule;
  let audit: AuditService;
  let sealer: AuditSealer;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createPrivateDatabase('audit_sealer');
    // Not initialised: no timers, the tests drive the sealer themselves.
    app = await auditTestApp({ DATABASE_URL: database.url });
    audit = app.get(AuditService);
    sealer = app.get(AuditSealer);
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function recordOne(manager = dataSource.manager): Promise<string> {
    const target = randomUUID();
    await audit.record(manager, contextIn('XE'), { action: 'case.read', outcome: 'SUCCESS', targetId: target });
    const [id] = await eventIdsByTarget(manager, target);
    return id;
  }

  it('links committed events in id order at consecutive positions and empties the queue', async () => {
    const ids = [await recordOne(), await recordOne(), await recordOne()];
    const positions = await sealUntilLinked(sealer, dataSource, ids);
    expect(positions[1]).toBe(positions[0] + 1);
    expect(positions[2]).toBe(positions[0] + 2);
    const pending = await dataSource.query(`SELECT 1 FROM audit_pending WHERE event_id = ANY($1::bigint[])`, [ids]);
    expect(pending).toEqual([]);
    const [link] = await dataSource.query(
      `SELECT prev.hash = cur.prev_hash AS linked FROM audit_chain cur JOIN audit_chain prev ON prev.position = cur.position - 1
        WHERE cur.position = $1`,
      [positions[1]],
    );
    expect(link).toEqual({ linked: true });
  });

  it('seals an event whose transaction commits after a later one in a later batch', async () => {
    const slow = dataSource.createQueryRunner();
    await slow.connect();
    try {
      await slow.startTransaction();
      const early = await recordOne(slow.manager);
      const late = await recordOne();
      expect(Number(early)).toBeLessThan(Number(late));

      const [latePosition] = await sealUntilLinked(sealer, dataSource, [late]);
      expect(await positionsOf(dataSource, [early])).toEqual([null]);

      await slow.commitTransaction();
      const [earlyPosition] = await sealUntilLinked(sealer, dataSource, [early]);
      expect(earlyPosition).toBeGreaterThan(latePosition);
    } finally {
      await slow.release();
    }
    const report = await verifyAuditChain(dataSource, publicKeyPem);
    expect(report.firstBroken).toBeUndefined();
    expect(report.intact).toBe(true);
  });

  it('writes a signed checkpoint only when the head moved', async () => {
    const id = await recordOne();
    const [position] = await sealUntilLinked(sealer, dataSource, [id]);
    expect(await sealer.writeCheckpoint()).toBe(true);
    const [checkpoint] = await dataSource.query(
      `SELECT position, public_key FROM audit_checkpoint ORDER BY id DESC LIMIT 1`,
    );
    expect(Number(checkpoint.position)).toBe(position);
    expect(checkpoint.public_key).toBe(publicKeyPem);
    expect(await sealer.writeCheckpoint()).toBe(false);

    const report = await verifyAuditChain(dataSource, publicKeyPem);
    expect(report).toMatchObject({ intact: true });
    expect(report.checkpoints).toBeGreaterThanOrEqual(1);
    expect(report.sealed).toBeGreaterThanOrEqual(position);
  });

  it('reads a batch by one index probe per pending event, even where the planner would rather not', async () => {
    const plan = await dataSource.transaction(async (manager) => {
      // What stale statistics did: the planner preferred a hash or merge join over all audit_event.
      await manager.query('SET LOCAL enable_nestloop = off');
      const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${SEALABLE_BATCH_SQL}`);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('Index Scan using audit_event_pkey on audit_event');
    expect(plan).not.toMatch(/Seq Scan on audit_event|Hash Join|Merge Join/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of links and checkpoints', async () => {
    const attempt = (sql: string) =>
      dataSource.transaction(async (manager) => {
        await manager.query(sql);
        throw new Error('the change went through');
      });
    for (const table of ['audit_chain', 'audit_checkpoint']) {
      await expect(attempt(`UPDATE ${table} SET position = position`)).rejects.toThrow('audit trail is append-only');
      await expect(attempt(`DELETE FROM ${table}`)).rejects.toThrow('audit trail is append-only');
      await expect(attempt(`TRUNCATE ${table}`)).rejects.toThrow('audit trail is append-only');
    }
  });
});

describe('AuditSealer on a timer', () => {
  it('seals and checkpoints by itself and stops its timers on shutdown', async () => {
    const app = await auditTestApp({ AUDIT_SEAL_INTERVAL_MS: '50', AUDIT_CHECKPOINT_INTERVAL_SECONDS: '1' });
    const scheduler = app.get(SchedulerRegistry);
    try {
      await app.init();
      expect(scheduler.getIntervals().sort()).toEqual(['audit-checkpoint', 'audit-seal']);
      const dataSource = app.get(DataSource);
      const target = randomUUID();
      await app.get(AuditService).recordAlone(contextIn('XE'), { action: 'case.read', outcome: 'SUCCESS', targetId: target });
      const [id] = await eventIdsByTarget(dataSource, target);

      let checkpointed = false;
      for (let waited = 0; waited < 5000 && !checkpointed; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const [position] = await positionsOf(dataSource, [id]);
        const [row] = await dataSource.query(`SELECT max(position) AS position FROM audit_checkpoint`);
        checkpointed = position !== null && Number(row.position) >= position;
      }
      expect(checkpointed).toBe(true);
    } finally {
      await app.close();
    }
    expect(scheduler.getIntervals()).toEqual([]);
  });
});
