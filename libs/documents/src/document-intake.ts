import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuthenticatedContext } from '@app/kernel';
import { DocumentIntegrityError, DocumentRejectedError, refusalReason, UploadsBusyError } from './document-errors';
import { DOCUMENT_STORAGE, DocumentStorage } from './document-storage';
import { fileNameProblem } from './file-name';
import { essenceOf, mediaTypeProblem, SNIFF_BYTES, sniffContent } from './media-type';
import { TransferLimits } from './transfer-limits';
import { UploadTransfer } from './upload-transfer';

export interface IncomingFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Readable;
  /** Set by the multipart parser once the stream stopped at the size limit. */
  readonly truncated: () => boolean;
  /** Gives up on the client's connection: called when the client broke a time limit, so nothing waits for the rest. */
  readonly abandon: () => void;
  /** The upload's time limits, kept since its request started; every read of the content waits through it. */
  readonly transfer: UploadTransfer;
}

/** What the audit trail names for a document's upload and download: `<context>.document-upload` on the parent. */
export interface DocumentAuditTarget {
  readonly context: string;
  readonly targetType: string;
  readonly targetId: string;
}

/** A content in the storage, hashed and counted on its way in: what the owning context records in its row. */
export interface StoredContent {
  readonly fileName: string;
  readonly mediaType: string;
  readonly storageKey: string;
  readonly sha256: Buffer;
  readonly sizeBytes: number;
}

/** One upload as the owning context hands it over. */
export interface Upload<T> {
  readonly audited: DocumentAuditTarget;
  readonly file: IncomingFile;
  /** Access and the context's own inputs, checked before any content is read. */
  readonly check: () => Promise<void>;
  /** Writes the context's row (and touches its parent) in the transaction that stores the content. */
  readonly save: (m: EntityManager, stored: StoredContent) => Promise<T>;
}

/** A document row as far as its content goes: the key in the storage and the SHA-256 it must match (hex). */
export interface KeptDocument {
  readonly id: string;
  readonly storageKey: string;
  readonly sha256: string;
}

/**
 * The content side of documents, for every context that keeps them (MLA requests, handoffs):
 * the file name and media type checked on the first bytes, the content streamed into the
 * storage under the size and time limits, hashed with SHA-256 on the way in and checked on the
 * way out; every upload and download audited, a refused upload too. The owning context checks
 * access and writes its own row (`save`), in the transaction that stores the content.
 */
@Injectable()
export class DocumentIntake {
  private readonly allowedTypes: readonly string[];
  /** Uploads of this process holding a database connection now (at most MLA_UPLOADS_AT_ONCE, for every context). */
  private uploadsInProgress = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.allowedTypes = config.MLA_DOCUMENT_MEDIA_TYPES.split(',');
  }

  get maxBytes(): number {
    return this.config.MLA_DOCUMENT_MAX_BYTES;
  }

  get transferLimits(): TransferLimits {
    return {
      idleMs: this.config.MLA_UPLOAD_IDLE_SECONDS * 1000,
      minBytesPerSecond: this.config.MLA_UPLOAD_MIN_BYTES_PER_SECOND,
      windowMs: this.config.MLA_UPLOAD_RATE_WINDOW_SECONDS * 1000,
      deadlineMs: this.config.MLA_UPLOAD_DEADLINE_SECONDS * 1000,
    };
  }

  /**
   * Receives one upload: `check` (access, the context's own inputs) runs first; `save` writes
   * the context's row in the transaction that stores the content. A refusal of the upload is
   * audited on its own (its transaction, if any, rolled back).
   */
  async upload<T extends { id: string; sha256: string }>(ctx: AuthenticatedContext, upload: Upload<T>): Promise<T> {
    const { context, ...target } = upload.audited;
    try {
      return await this.receive(ctx, upload);
    } catch (error) {
      const reason = refusalReason(error);
      if (reason) await this.audit.recordAlone(ctx, { action: `${context}.document-upload`, outcome: 'FAILURE', ...target, details: { reason } });
      throw error;
    }
  }

  private async receive<T extends { id: string; sha256: string }>(ctx: AuthenticatedContext, { audited, file, check, save }: Upload<T>): Promise<T> {
    // Read by hand, and not destroyed when a refusal stops reading: the finally block lets the
    // rest of the upload be read and discarded, so the reply can go out.
    const source: AsyncIterator<Buffer> = file.content.iterator({ destroyOnReturn: false });
    try {
      await check();
      const nameProblem = fileNameProblem(file.fileName);
      if (nameProblem) throw new DocumentRejectedError(400, nameProblem);
      // Every read, the first bytes included, is cut once the client breaks a time limit (silent
      // for the idle limit, slower than the minimum rate, past the deadline).
      const read = () => file.transfer.wait(next(source), (chunk) => chunk?.length ?? 0, file.abandon);
      // The type is checked on the first bytes, before a transaction is opened: the declared
      // type must be allowed and agree with what the content turns out to be.
      const mediaType = essenceOf(file.mediaType);
      const head = await readHead(read, SNIFF_BYTES);
      const problem = mediaTypeProblem(mediaType, await sniffContent(Buffer.concat(head)), this.allowedTypes);
      if (problem) throw new DocumentRejectedError(415, problem);
      // Then the content streams into the storage, hashed and counted on the way; the parser
      // stops reading at the size limit, and an upload cut there (or one that broke a time
      // limit) throws before the storage is done with it, so the transaction rolls back and
      // nothing of it is kept.
      const hash = createHash('sha256');
      let sizeBytes = 0;
      let complete = false;
      const { maxBytes } = this;
      const content = async function* (): AsyncGenerator<Buffer> {
        for (;;) {
          const chunk = head.shift() ?? (await read());
          if (!chunk) break;
          hash.update(chunk);
          sizeBytes += chunk.length;
          yield chunk;
        }
        if (file.truncated()) throw new DocumentRejectedError(413, `is larger than the limit of ${maxBytes} bytes`);
        complete = true;
      };
      if (this.uploadsInProgress >= this.config.MLA_UPLOADS_AT_ONCE) throw new UploadsBusyError();
      this.uploadsInProgress++;
      try {
        // One transaction: the content into the storage, then the context's row and the audit.
        return await this.db.transaction(async (m) => {
          const storageKey = await this.storage.put(m, content());
          if (!complete) throw new Error('The document storage stopped reading before the end of the content');
          const document = await save(m, { fileName: file.fileName, mediaType, storageKey, sha256: hash.digest(), sizeBytes });
          const { context, ...target } = audited;
          await this.audit.record(m, ctx, {
            action: `${context}.document-upload`,
            outcome: 'SUCCESS',
            ...target,
            details: { documentId: document.id, sha256: document.sha256, sizeBytes },
          });
          return document;
        });
      } finally {
        this.uploadsInProgress--;
      }
    } finally {
      await Promise.resolve(source.return?.()).catch(() => undefined);
      file.content.resume();
    }
  }

  /**
   * The content of a document the caller was allowed to read, audited: a first pass reads it
   * whole through the hash before anything is sent; the stream returned checks it again. The
   * document comes back without its storage key.
   */
  async download<D extends KeptDocument>(
    ctx: AuthenticatedContext,
    audited: DocumentAuditTarget,
    document: D,
  ): Promise<{ document: Omit<D, 'storageKey'>; content: Readable }> {
    const { context, ...target } = audited;
    const entry = { action: `${context}.document-download`, ...target, details: { documentId: document.id } };
    if ((await this.sha256Of(document.storageKey)) !== document.sha256) {
      await this.audit.recordAlone(ctx, { ...entry, outcome: 'FAILURE' });
      throw new DocumentIntegrityError(`document ${document.id} does not match its SHA-256`);
    }
    await this.audit.recordAlone(ctx, { ...entry, outcome: 'SUCCESS' });
    const { storageKey, ...view } = document;
    return { document: view, content: Readable.from(this.verified(document.id, storageKey, document.sha256), { objectMode: false }) };
  }

  private async sha256Of(key: string): Promise<string | null> {
    const content = await this.storage.get(this.db.manager, key);
    if (!content) return null;
    const hash = createHash('sha256');
    for await (const chunk of content) hash.update(chunk);
    return hash.digest('hex');
  }

  /**
   * The second pass, which is sent: hashed again and the last chunk held back until the hash
   * matched, so a content changed since the first pass never goes out whole (the stream fails
   * and the connection is cut).
   */
  private async *verified(id: string, storageKey: string, sha256: string): AsyncGenerator<Uint8Array> {
    const content = await this.storage.get(this.db.manager, storageKey);
    if (!content) throw new DocumentIntegrityError(`document ${id} is gone from the storage`);
    const hash = createHash('sha256');
    let held: Uint8Array | null = null;
    for await (const chunk of content) {
      hash.update(chunk);
      if (held) yield held;
      held = chunk;
    }
    if (hash.digest('hex') !== sha256) throw new DocumentIntegrityError(`document ${id} changed while it was sent`);
    if (held) yield held;
  }
}

async function next(source: AsyncIterator<Buffer>): Promise<Buffer | undefined> {
  const result = await source.next();
  return result.done ? undefined : result.value;
}

/** The first pieces of a stream, at least `bytes` long unless the stream is shorter. */
async function readHead(read: () => Promise<Buffer | undefined>, bytes: number): Promise<Buffer[]> {
  const head: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const chunk = await read();
    if (!chunk) break;
    head.push(chunk);
    length += chunk.length;
  }
  return head;
}
