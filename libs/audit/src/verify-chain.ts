import { DataSource } from 'typeorm';
import {
  GENESIS_HASH,
  SEALABLE_EVENT_COLUMNS,
  SealableEventRow,
  canonicalEvent,
  linkHash,
  toSealableEvent,
  verifyCheckpoint,
} from './chain';

export interface AuditChainBreak {
  readonly position: number | null;
  readonly eventId: number | null;
  readonly reason: string;
}

export interface AuditChainReport {
  readonly intact: boolean;
  /** sealed + unsealed */
  readonly events: number;
  readonly sealed: number;
  readonly unsealed: number;
  /** Checkpoints whose signature and head were verified. */
  readonly checkpoints: number;
  readonly firstBroken?: AuditChainBreak;
}

// Rows held in memory at a time; the chain itself is walked to its end whatever its length.
const BATCH_SIZE = 5000;

interface LinkRow extends Omit<SealableEventRow, 'id'> {
  /** Null when the event row is gone (LEFT JOIN). */
  id: string | null;
  position: string;
  event_id: string;
  prev_hash: Buffer;
  hash: Buffer;
}

interface CheckpointRow {
  id: string;
  position: string;
  head_hash: Buffer;
  signature: Buffer;
  public_key: string;
}

/**
 * Recomputes every link of the audit chain from the event rows, in position order, and
 * checks every checkpoint against the recomputed head at its position. A rewrite of
 * events and chain alike is caught by the checkpoints unless the signing key was used.
 *
 * `publicKeyPem` is the key checkpoints must be signed with (from AUDIT_SIGNING_SEED).
 * Without it each checkpoint is checked against the key it names, which catches
 * corruption but not a forger who signs with a key of their own.
 */
export async function verifyAuditChain(dataSource: DataSource, publicKeyPem?: string): Promise<AuditChainReport> {
  const checkpoints = checkpointsByPosition(dataSource);
  const nextCheckpoint = async () => {
    const next = await checkpoints.next();
    return next.done ? null : next.value;
  };
  let checkpoint = await nextCheckpoint();
  let verifiedCheckpoints = 0;
  let prev = GENESIS_HASH;
  let sealed = 0;

  const result = async (firstBroken?: AuditChainBreak): Promise<AuditChainReport> => {
    const [{ unsealed }]: { unsealed: string }[] = await dataSource.query(
      `SELECT count(*) AS unsealed FROM audit_pending`,
    );
    const counts = {
      events: sealed + Number(unsealed),
      sealed,
      unsealed: Number(unsealed),
      checkpoints: verifiedCheckpoints,
    };
    return firstBroken ? { intact: false, ...counts, firstBroken } : { intact: true, ...counts };
  };

  for await (const link of linksByPosition(dataSource)) {
    const position = Number(link.position);
    const eventId = Number(link.event_id);
    const broken = (reason: string) => result({ position, eventId, reason });

    if (checkpoint && Number(checkpoint.position) < position) {
      const reason = `checkpoint ${checkpoint.id} names no link`;
      return result({ position: Number(checkpoint.position), eventId: null, reason });
    }
    if (position !== sealed + 1) return broken(`expected position ${sealed + 1}`);
    if (!link.prev_hash.equals(prev)) return broken('prev_hash does not match the previous link');
    const { id } = link;
    if (id === null) return broken('the event is missing');
    const hash = linkHash(prev, canonicalEvent(toSealableEvent({ ...link, id })));
    if (!hash.equals(link.hash)) return broken('the event or its hash was altered');

    for (; checkpoint && Number(checkpoint.position) === position; checkpoint = await nextCheckpoint()) {
      const problem = checkpointProblem(checkpoint, position, hash, publicKeyPem);
      if (problem) return broken(problem);
      verifiedCheckpoints++;
    }
    prev = hash;
    sealed++;
  }

  if (checkpoint) {
    return result({
      position: Number(checkpoint.position),
      eventId: null,
      reason: `checkpoint ${checkpoint.id} is beyond the end of the chain`,
    });
  }
  // An event neither linked nor queued would escape sealing, and with it tamper evidence.
  const [{ orphan }]: { orphan: string | null }[] = await dataSource.query(
    `SELECT min(e.id)::text AS orphan FROM audit_event e
      WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.event_id = e.id)`,
  );
  if (orphan !== null) {
    return result({ position: null, eventId: Number(orphan), reason: 'the event is neither sealed nor pending' });
  }
  return result();
}

function checkpointProblem(
  checkpoint: CheckpointRow,
  position: number,
  recomputedHead: Buffer,
  expectedKeyPem: string | undefined,
): string | null {
  const key = expectedKeyPem ?? checkpoint.public_key;
  if (!verifyCheckpoint(key, position, checkpoint.head_hash, checkpoint.signature)) {
    return checkpoint.public_key.trim() === key.trim()
      ? `checkpoint ${checkpoint.id} has an invalid signature`
      : `checkpoint ${checkpoint.id} is signed by another key`;
  }
  if (!checkpoint.head_hash.equals(recomputedHead)) return `checkpoint ${checkpoint.id} does not match the chain`;
  return null;
}

function linksByPosition(dataSource: DataSource): AsyncGenerator<LinkRow> {
  return inBatches<LinkRow>((last) =>
    dataSource.query(
      `SELECT c.position, c.event_id, c.prev_hash, c.hash, ${SEALABLE_EVENT_COLUMNS}
         FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id
        WHERE $1::bigint IS NULL OR c.position > $1::bigint
        ORDER BY c.position
        LIMIT ${BATCH_SIZE}`,
      [last?.position ?? null],
    ),
  );
}

function checkpointsByPosition(dataSource: DataSource): AsyncGenerator<CheckpointRow> {
  return inBatches<CheckpointRow>((last) =>
    dataSource.query(
      `SELECT id, position, head_hash, signature, public_key
         FROM audit_checkpoint
        WHERE $1::bigint IS NULL OR (position, id) > ($1::bigint, $2::bigint)
        ORDER BY position, id
        LIMIT ${BATCH_SIZE}`,
      [last?.position ?? null, last?.id ?? null],
    ),
  );
}

/** Keyset pagination as a stream: `fetch` gets the last row of the previous batch. */
async function* inBatches<R>(fetch: (last: R | null) => Promise<R[]>): AsyncGenerator<R> {
  let last: R | null = null;
  for (;;) {
    const rows = await fetch(last);
    yield* rows;
    if (rows.length < BATCH_SIZE) return;
    last = rows[rows.length - 1];
  }
}

/** The one line `npm run audit:verify` prints. */
export function describeAuditReport(report: AuditChainReport): string {
  if (report.firstBroken) {
    const { position, eventId, reason } = report.firstBroken;
    return `chain broken at position ${position ?? 'none'} (event ${eventId ?? 'none'}): ${reason}`;
  }
  return (
    `chain intact: ${report.events} events (${report.sealed} sealed, ${report.unsealed} not yet sealed), ` +
    `${report.checkpoints} checkpoints verified`
  );
}
