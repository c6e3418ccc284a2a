import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuthenticatedContext, BadUserInputError, CLOCK, Clock } from '@app/kernel';
import { childrenOf } from '@app/platform';
import { MlaDocumentModel } from '../dto/mla.types';
import { MLA_SUBJECT, MlaService } from '../mla.service';
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

export interface DocumentDownload {
  readonly document: MlaDocumentModel;
  /** Streamed from the storage; already checked against the SHA-256, and checked again as it goes. */
  readonly content: Readable;
}

const DOCUMENT_COLUMNS = `id, request_id AS "requestId", message_id AS "messageId", file_name AS "fileName", media_type AS "mediaType",
  size_bytes::int AS "sizeBytes", encode(sha256, 'hex') AS sha256, uploaded_agency_id AS "uploadedAgencyId", created_at AS "createdAt"`;

/**
 * Documents of a request or of one of its messages: uploaded by either side, read only by
 * users who may see the request, hashed with SHA-256 on the way in and checked on the way out.
 */
@Injectable()
export class MlaDocumentsService {
  private readonly allowedTypes: readonly string[];
  /** Uploads of this process holding a database connection now (at most MLA_UPLOADS_AT_ONCE). */
  private uploadsInProgress = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mla: MlaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
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

  async upload(ctx: AuthenticatedContext, requestId: string, messageId: string | null, file: IncomingFile): Promise<MlaDocumentModel> {
    try {
      return await this.receive(ctx, requestId, messageId, file);
    } catch (error) {
      const reason = refusalReason(error);
      // A refusal's transaction (if any) rolled back: its audit row is written on its own, so it stays.
      if (reason) {
        await this.audit.recordAlone(ctx, {
          action: 'mla.document-upload',
          outcome: 'FAILURE',
          targetType: MLA_SUBJECT,
          targetId: requestId,
          details: { reason },
        });
      }
      throw error;
    }
  }

  private async receive(ctx: AuthenticatedContext, requestId: string, messageId: string | null, file: IncomingFile): Promise<MlaDocumentModel> {
    // Read by hand, and not destroyed when a refusal stops reading: the finally block lets the
    // rest of the upload be read and discarded, so the reply can go out.
    const source: AsyncIterator<Buffer> = file.content.iterator({ destroyOnReturn: false });
    try {
      const request = await this.mla.visibleRequest(ctx, 'mla:act', requestId);
      if (messageId !== null) await this.checkMessage(requestId, messageId);
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
        return await this.store(ctx, { requestId: request.id, messageId, fileName: file.fileName, mediaType }, content(), () => {
          if (!complete) throw new Error('The document storage stopped reading before the end of the content');
          return { sha256: hash.digest(), sizeBytes };
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
   * One transaction: the content into the storage, then its row, the request's change time and
   * the audit; `summary` is read once the content is in. The request row is touched only at the
   * end, so a slow upload holds no lock on it.
   */
  private store(
    ctx: AuthenticatedContext,
    { requestId, messageId, fileName, mediaType }: { requestId: string; messageId: string | null; fileName: string; mediaType: string },
    content: AsyncIterable<Buffer>,
    summary: () => { sha256: Buffer; sizeBytes: number },
  ): Promise<MlaDocumentModel> {
    return this.db.transaction(async (m) => {
      const key = await this.storage.put(m, content);
      const { sha256, sizeBytes } = summary();
      // A new document is a change of the request (mlaRequests' updatedSince), not a new version
      // of it: the version guards the fields both sides edit, which stay as they were.
      const [document]: MlaDocumentModel[] = await m.query(
        `WITH touched AS (UPDATE mla_request SET updated_at = $10 WHERE id = $1)
         INSERT INTO mla_document (request_id, message_id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_agency_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${DOCUMENT_COLUMNS}`,
        [requestId, messageId, fileName, mediaType, sizeBytes, sha256, key, ctx.actor.userId, ctx.actor.agencyId, this.clock.now()],
      );
      await this.audit.record(m, ctx, {
        action: 'mla.document-upload',
        outcome: 'SUCCESS',
        targetType: MLA_SUBJECT,
        targetId: requestId,
        details: { documentId: document.id, sha256: document.sha256, sizeBytes },
      });
      return document;
    });
  }

  async download(ctx: AuthenticatedContext, requestId: string, documentId: string): Promise<DocumentDownload> {
    await this.mla.visibleRequest(ctx, 'mla:read', requestId);
    const rows: (MlaDocumentModel & { storageKey: string })[] = isUUID(documentId)
      ? await this.db.query(`SELECT ${DOCUMENT_COLUMNS}, storage_key AS "storageKey" FROM mla_document WHERE id = $1 AND request_id = $2`, [
          documentId,
          requestId,
        ])
      : [];
    const document = rows[0];
    if (!document) return this.access.notFound(ctx, 'mla:read', { type: 'mla-document', id: documentId });
    const audited = { targetType: MLA_SUBJECT, targetId: requestId, details: { documentId } };
    // A first pass reads the whole content through the hash before anything is sent.
    if ((await this.sha256Of(document.storageKey)) !== document.sha256) {
      await this.audit.recordAlone(ctx, { action: 'mla.document-download', outcome: 'FAILURE', ...audited });
      throw new DocumentIntegrityError(`document ${documentId} does not match its SHA-256`);
    }
    await this.audit.recordAlone(ctx, { action: 'mla.document-download', outcome: 'SUCCESS', ...audited });
    const { storageKey, ...view } = document;
    return { document: view, content: Readable.from(this.verified(documentId, storageKey, document.sha256), { objectMode: false }) };
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
  private async *verified(documentId: string, key: string, sha256: string): AsyncGenerator<Uint8Array> {
    const content = await this.storage.get(this.db.manager, key);
    if (!content) throw new DocumentIntegrityError(`document ${documentId} is gone from the storage`);
    const hash = createHash('sha256');
    let held: Uint8Array | null = null;
    for await (const chunk of content) {
      hash.update(chunk);
      if (held) yield held;
      held = chunk;
    }
    if (hash.digest('hex') !== sha256) throw new DocumentIntegrityError(`document ${documentId} changed while it was sent`);
    if (held) yield held;
  }

  /** The documents of each request, oldest first, aligned with `requestIds`; only for requests the caller was allowed to read. */
  async listOf(requestIds: readonly string[]): Promise<MlaDocumentModel[][]> {
    return childrenOf(
      this.db,
      `SELECT ${DOCUMENT_COLUMNS}, request_id AS "parentId" FROM mla_document
        WHERE request_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      requestIds,
    );
  }

  private async checkMessage(requestId: string, messageId: string): Promise<void> {
    const rows: unknown[] = isUUID(messageId)
      ? await this.db.query(`SELECT 1 FROM mla_message WHERE id = $1 AND request_id = $2`, [messageId, requestId])
      : [];
    if (!rows.length) throw BadUserInputError.of([{ field: 'messageId', problem: 'is not a message of this request' }]);
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
