import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared } from '@app/database';
import { KeysetPosition } from '@app/kernel';
import { AuditEventDbRow, AuditEventRecord, toAuditRecord } from './audit.service';
import { AuditEventFilter, STATE_EVENT_SQL, stateTrailStatement } from './audit-query';
import { signingKeysFromSeed, verifyCheckpoint } from './chain';
import { AuditChainReport, verifyAuditChain } from './verify-chain';

/** An event of a page, with its position for the next page's cursor. */
export interface AuditTrailEntry extends AuditEventRecord {
  readonly cursorAt: string;
}

/** The latest signed checkpoint: up to which link of the chain, and whether it holds. */
export interface AuditCheckpointState {
  readonly signedAt: Date;
  readonly position: number;
  /** The event sealed at that position (null when the chain has no such link). */
  readonly eventId: string | null;
  /** Signed with the platform's key (AUDIT_SIGNING_SEED), over the head it names. */
  readonly signatureValid: boolean;
  /** The head it names is the hash the chain holds at its position. */
  readonly matchesChain: boolean;
}

export interface AuditChainState {
  readonly sealed: number;
  readonly pending: number;
  readonly latestCheckpoint: AuditCheckpointState | null;
  /** The whole chain recomputed, when asked for (it reads every event). */
  readonly verification: AuditChainReport | null;
}

interface CheckpointRow {
  created_at: Date;
  position: string;
  head_hash: Buffer;
  signature: Buffer;
  event_id: string | null;
  chain_hash: Buffer | null;
}

/** Events read back from the export at a time: the export streams, it never holds the selection. */
export const AUDIT_EXPORT_BATCH = 1000;

/** Reads the audit trail as auditors see it: a State's events, one event, the chain's state. */
@Injectable()
export class AuditTrailReader {
  private readonly publicKeyPem: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicKeyPem = signingKeysFromSeed(config.AUDIT_SIGNING_SEED).publicKeyPem;
  }

  /** Up to `limit` events of the State's trail after `after`, newest first. */
  async page(stateCode: string, filter: AuditEventFilter, limit: number, after?: KeysetPosition): Promise<AuditTrailEntry[]> {
    const { sql, params } = stateTrailStatement(stateCode, filter, limit, after);
    const rows = await queryPrepared<AuditEventDbRow & { cursorAt: string }>(this.dataSource, sql, [...params]);
    return rows.map((row) => ({ ...toAuditRecord(row), cursorAt: row.cursorAt }));
  }

  /** The event, or null when it is not in the State's trail. */
  async event(stateCode: string, id: string): Promise<AuditEventRecord | null> {
    const [row] = await queryPrepared<AuditEventDbRow>(this.dataSource, STATE_EVENT_SQL, [stateCode, id]);
    return row ? toAuditRecord(row) : null;
  }

  /** Every event of the selection, newest first, at most `max`, read a batch at a time as the consumer asks. */
  async *events(stateCode: string, filter: AuditEventFilter, max: number): AsyncGenerator<AuditEventRecord> {
    let after: KeysetPosition | undefined;
    for (let left = max; left > 0; ) {
      const batch = await this.page(stateCode, filter, Math.min(AUDIT_EXPORT_BATCH, left), after);
      for (const { cursorAt: _, ...event } of batch) yield event;
      left -= batch.length;
      if (batch.length < AUDIT_EXPORT_BATCH) return;
      const last = batch[batch.length - 1];
      after = { at: last.cursorAt, id: last.id };
    }
  }

  /** Sealed and pending events and the latest checkpoint (cheap); with `verify`, the whole chain recomputed. */
  async chainState(verify: boolean): Promise<AuditChainState> {
    const [[counts], [checkpoint]]: [{ sealed: string | null; pending: string }[], CheckpointRow[]] = await Promise.all([
      this.dataSource.query(
        `SELECT (SELECT max(position) FROM audit_chain)::text AS sealed, (SELECT count(*) FROM audit_pending)::text AS pending`,
      ),
      this.dataSource.query(
        `SELECT cp.created_at, cp.position::text AS position, cp.head_hash, cp.signature, c.event_id::text AS event_id, c.hash AS chain_hash
           FROM audit_checkpoint cp LEFT JOIN audit_chain c ON c.position = cp.position
          ORDER BY cp.id DESC LIMIT 1`,
      ),
    ]);
    return {
      sealed: Number(counts.sealed ?? 0),
      pending: Number(counts.pending),
      latestCheckpoint: checkpoint ? this.checkpointState(checkpoint) : null,
      verification: verify ? await verifyAuditChain(this.dataSource, this.publicKeyPem) : null,
    };
  }

  private checkpointState(row: CheckpointRow): AuditCheckpointState {
    const position = Number(row.position);
    return {
      signedAt: row.created_at,
      position,
      eventId: row.event_id,
      signatureValid: verifyCheckpoint(this.publicKeyPem, position, row.head_hash, row.signature),
      matchesChain: row.chain_hash !== null && row.chain_hash.equals(row.head_hash),
    };
  }
}
