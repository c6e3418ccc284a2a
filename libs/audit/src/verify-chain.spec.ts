import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { dropDatabase, runMigrations } from '@app/database';
import { testConfig } from '@test/support/config';
import { AuditSealer } from './audit-sealer';
import { AuditService } from './audit.service';
import {
  GENESIS_HASH,
  SEALABLE_EVENT_COLUMNS,
  SealableEventRow,
  canonicalEvent,
  linkHash,
  signCheckpoint,
  signingKeysFromSeed,
  toSealableEvent,
} from './chain';
import { auditTestApp, contextIn } from '../testing/audit-test-app';
import { AuditChainReport, describeAuditReport, verifyAuditChain } from './verify-chain';

const keys = signingKeysFromSeed(testConfig().AUDIT_SIGNING_SEED);
const forger = signingKeysFromSeed('ab'.repeat(32));

/**
 * Tampering needs the append-only triggers switched off, which would disturb the other
 * test files sharing this run's database: it happens in a throw-away database of its own.
 */
describe('verifyAuditChain against tampering', () => {
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `${url.pathname}_tamper`;
  const tamperUrl = url.toString();
  let app: TestingModule;
  let db: DataSource;
  let ids: string[];

  beforeAll(async () => {
    await runMigrations(tamperUrl);
    app = await auditTestApp({ DATABASE_URL: tamperUrl });
    db = app.get(DataSource);
    const audit = app.get(AuditService);
    for (const action of ['auth.sign-in', 'case.read', 'case.update', 'case.share', 'auth.sign-out']) {
      await audit.recordAlone(contextIn('DE'), { action, outcome: 'SUCCESS', details: { step: action } });
    }
    ids = (await db.query(`SELECT id::text AS id FROM audit_event ORDER BY id`)).map((row: { id: string }) => row.id);
    const sealer = app.get(AuditSealer);
    expect(await sealer.sealPending()).toBe(5);
    expect(await sealer.sealPending()).toBe(0);
    expect(await sealer.writeCheckpoint()).toBe(true);
    expect(await sealer.writeCheckpoint()).toBe(false);
  });

  afterAll(async () => {
    await app?.close();
    await dropDatabase(tamperUrl);
  });

  const verify = () => verifyAuditChain(db, keys.publicKeyPem);

  it('reports an untouched chain as intact', async () => {
    const report = await verify();
    expect(report).toEqual({ intact: true, events: 5, sealed: 5, unsealed: 0, checkpoints: 1 });
    expect(describeAuditReport(report)).toBe('chain intact: 5 events (5 sealed, 0 not yet sealed), 1 checkpoints verified');
  });

  it('reports an event taken off the sealing queue, which would otherwise escape the chain', async () => {
    const audit = app.get(AuditService);
    await audit.recordAlone(contextIn('DE'), { action: 'case.export', outcome: 'SUCCESS' });
    const [{ id }] = await db.query(`SELECT event_id::text AS id FROM audit_pending`);
    await db.query(`DELETE FROM audit_pending WHERE event_id = $1`, [id]);
    expect((await verify()).firstBroken).toEqual({
      position: null,
      eventId: Number(id),
      reason: 'the event is neither sealed nor pending',
    });

    await db.query(`INSERT INTO audit_pending (event_id) VALUES ($1)`, [id]);
    expect(await verify()).toMatchObject({ intact: true, events: 6, sealed: 5, unsealed: 1 });
    expect(await app.get(AuditSealer).sealPending()).toBe(1);
    expect(await verify()).toMatchObject({ intact: true, events: 6, sealed: 6, unsealed: 0, checkpoints: 1 });
  });

  it('finds the link of an event altered behind the triggers’ back', async () => {
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER USER`);
    await db.query(`UPDATE audit_event SET action = 'case.nothing-to-see' WHERE id = $1`, [ids[2]]);
    const report = await verify();
    expect(report.intact).toBe(false);
    expect(report.firstBroken).toEqual({
      position: 3,
      eventId: Number(ids[2]),
      reason: 'the event or its hash was altered',
    });
    expect(describeAuditReport(report)).toBe(
      `chain broken at position 3 (event ${ids[2]}): the event or its hash was altered`,
    );
  });

  it('catches a chain rewritten consistently after the edit by its signed checkpoint', async () => {
    const forgedHashes = await rewriteChain(db);
    const forgedHead = forgedHashes[4]; // position 5, where the checkpoint is
    expect((await verifyAuditChain(db, keys.publicKeyPem)).firstBroken).toEqual({
      position: 5,
      eventId: Number(ids[4]),
      reason: 'checkpoint 1 does not match the chain',
    });

    // The forger re-signs the checkpoint, but without our key.
    await db.query(`ALTER TABLE audit_checkpoint DISABLE TRIGGER USER`);
    await db.query(`UPDATE audit_checkpoint SET head_hash = $1, signature = $2, public_key = $3`, [
      forgedHead,
      signCheckpoint(forger.privateKey, 5, forgedHead),
      forger.publicKeyPem,
    ]);
    const report: AuditChainReport = await verify();
    expect(report.firstBroken).toEqual({
      position: 5,
      eventId: Number(ids[4]),
      reason: 'checkpoint 1 is signed by another key',
    });
    // Without the expected key only self-consistency is left, which a forger can fake: hence the configured key.
    expect((await verifyAuditChain(db)).intact).toBe(true);
  });
});

/** What a database superuser can do without the signing key: recompute every link from the (edited) events. */
async function rewriteChain(db: DataSource): Promise<Buffer[]> {
  await db.query(`ALTER TABLE audit_chain DISABLE TRIGGER USER`);
  const rows: (SealableEventRow & { position: string })[] = await db.query(
    `SELECT c.position, ${SEALABLE_EVENT_COLUMNS} FROM audit_chain c JOIN audit_event e ON e.id = c.event_id ORDER BY c.position`,
  );
  const hashes: Buffer[] = [];
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const hash = linkHash(prev, canonicalEvent(toSealableEvent(row)));
    await db.query(`UPDATE audit_chain SET prev_hash = $2, hash = $3 WHERE position = $1`, [row.position, prev, hash]);
    hashes.push(hash);
    prev = hash;
  }
  return hashes;
}
