import {
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import {
  GENESIS_HASH,
  SEALABLE_EVENT_COLUMNS,
  SealableEventRow,
  SigningKeys,
  canonicalEvent,
  linkHash,
  signCheckpoint,
  signingKeysFromSeed,
  toSealableEvent,
} from './chain';

/**
 * Transaction-scoped advisory lock held while the chain is extended or checkpointed, so
 * several worker replicas never fork the chain ("audit" in ASCII).
 */
export const AUDIT_CHAIN_LOCK = 0x6175646974;

/** Events linked per transaction: keeps each seal short while a backlog drains in a few ticks. */
export const SEAL_BATCH_SIZE = 1000;

/**
 * The oldest pending events, in id order: one index probe each whatever the statistics say.
 * With stale ones the planner joined by walking or hashing the whole audit_event table (100 ms
 * and more a batch under load); the LIMIT keeps the lateral probe from being made a join.
 */
export const SEALABLE_BATCH_SQL = `WITH batch AS MATERIALIZED (SELECT event_id FROM audit_pending ORDER BY event_id LIMIT ${SEAL_BATCH_SIZE})
  SELECT sealable.*
    FROM batch CROSS JOIN LATERAL (SELECT ${SEALABLE_EVENT_COLUMNS} FROM audit_event e WHERE e.id = batch.event_id LIMIT 1) sealable
   ORDER BY batch.event_id`;

const SEAL_INTERVAL = 'audit-seal';
const CHECKPOINT_INTERVAL = 'audit-checkpoint';

interface ChainHead {
  position: number;
  hash: Buffer;
}

/**
 * Links recorded audit events into the hash chain and signs checkpoints of its head.
 * Events get their ids from a sequence, but commit in any order: an event whose
 * transaction commits late is simply sealed in a later batch (chain position is not id).
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditSealer.name);
  private readonly keys: SigningKeys;
  private readonly running = new Map<string, Promise<unknown>>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.keys = signingKeysFromSeed(config.AUDIT_SIGNING_SEED);
  }

  onApplicationBootstrap(): void {
    this.every(SEAL_INTERVAL, this.config.AUDIT_SEAL_INTERVAL_MS, () => this.sealBacklog());
    this.every(CHECKPOINT_INTERVAL, this.config.AUDIT_CHECKPOINT_INTERVAL_SECONDS * 1000, () =>
      this.writeCheckpoint(),
    );
  }

  /** Stops the timers and waits for a run in progress, before the connection pool closes. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    for (const name of [SEAL_INTERVAL, CHECKPOINT_INTERVAL]) {
      if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
    }
    await Promise.all(this.running.values());
  }

  /** Links up to SEAL_BATCH_SIZE committed, unsealed events; returns how many. 0 when another replica holds the chain. */
  async sealPending(): Promise<number> {
    return this.dataSource.transaction(async (db) => {
      if (!(await tryLockChain(db))) return 0;
      const head = await chainHead(db);
      const rows: SealableEventRow[] = await db.query(SEALABLE_BATCH_SQL);
      if (!rows.length) return 0;

      const positions: number[] = [];
      const prevHashes: Buffer[] = [];
      const hashes: Buffer[] = [];
      let prev = head?.hash ?? GENESIS_HASH;
      let position = head?.position ?? 0;
      for (const row of rows) {
        const hash = linkHash(prev, canonicalEvent(toSealableEvent(row)));
        positions.push(++position);
        prevHashes.push(prev);
        hashes.push(hash);
        prev = hash;
      }
      const eventIds = rows.map((row) => row.id);
      await db.query(
        `INSERT INTO audit_chain (position, event_id, prev_hash, hash)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bytea[])`,
        [positions, eventIds, prevHashes, hashes],
      );
      await db.query(`DELETE FROM audit_pending WHERE event_id = ANY($1::bigint[])`, [eventIds]);
      return rows.length;
    });
  }

  /** Signs the chain head if it moved since the last checkpoint; returns whether one was written. */
  async writeCheckpoint(): Promise<boolean> {
    return this.dataSource.transaction(async (db) => {
      if (!(await tryLockChain(db))) return false;
      const head = await chainHead(db);
      if (!head) return false;
      const [last]: { position: string }[] = await db.query(
        `SELECT position FROM audit_checkpoint ORDER BY id DESC LIMIT 1`,
      );
      if (last && Number(last.position) === head.position) return false;
      await db.query(
        `INSERT INTO audit_checkpoint (position, head_hash, signature, public_key) VALUES ($1, $2, $3, $4)`,
        [head.position, head.hash, signCheckpoint(this.keys.privateKey, head.position, head.hash), this.keys.publicKeyPem],
      );
      return true;
    });
  }

  /** Seals batch after batch while full ones come back, so a backlog does not wait one tick per batch. */
  private async sealBacklog(): Promise<void> {
    while (!this.stopping && (await this.sealPending()) === SEAL_BATCH_SIZE) {
      // next batch
    }
  }

  private every(name: string, ms: number, task: () => Promise<unknown>): void {
    const timer = setInterval(() => {
      // A slow run is never overlapped by the next tick of the same task.
      if (this.stopping || this.running.has(name)) return;
      const run = task()
        .catch((error: unknown) =>
          this.logger.error(`${name} failed: ${String(error)}`, error instanceof Error ? error.stack : undefined),
        )
        .finally(() => this.running.delete(name));
      this.running.set(name, run);
    }, ms);
    this.scheduler.addInterval(name, timer);
  }
}

async function tryLockChain(db: EntityManager): Promise<boolean> {
  const [{ locked }]: { locked: boolean }[] = await db.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [
    AUDIT_CHAIN_LOCK,
  ]);
  return locked;
}

async function chainHead(db: EntityManager): Promise<ChainHead | null> {
  const [head]: { position: string; hash: Buffer }[] = await db.query(
    `SELECT position, hash FROM audit_chain ORDER BY position DESC LIMIT 1`,
  );
  return head ? { position: Number(head.position), hash: head.hash } : null;
}

/** The worker imports this module; the app provides ScheduleModule.forRoot() once (twice would run timers twice). */
@Module({
  providers: [AuditSealer],
  exports: [AuditSealer],
})
export class AuditSealerModule {}
