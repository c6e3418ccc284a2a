import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuthenticatedContext, BadUserInputError } from '@app/kernel';
import { childrenOf } from '@app/platform';
import { MlaDocumentModel } from '../dto/mla.types';
import { MLA_SUBJECT, MlaService } from '../mla.service';
import { DocumentIntegrityError, DocumentRejectedError } from './document-errors';
import { DOCUMENT_STORAGE, DocumentStorage } from './document-storage';

export interface IncomingFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Readable;
  /** Set by the multipart parser once the stream stopped at the size limit. */
  readonly truncated: () => boolean;
}

export interface DocumentDownload {
  readonly document: MlaDocumentModel;
  readonly content: Buffer;
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

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mla: MlaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.allowedTypes = config.MLA_DOCUMENT_MEDIA_TYPES.split(',');
  }

  get maxBytes(): number {
    return this.config.MLA_DOCUMENT_MAX_BYTES;
  }

  async upload(ctx: AuthenticatedContext, requestId: string, messageId: string | null, file: IncomingFile): Promise<MlaDocumentModel> {
    try {
      const request = await this.mla.visibleRequest(ctx, 'mla:act', requestId);
      if (messageId !== null) await this.checkMessage(requestId, messageId);
      if (!this.allowedTypes.includes(file.mediaType)) {
        throw new DocumentRejectedError(415, `media type ${file.mediaType} is not accepted; one of ${this.allowedTypes.join(', ')}`);
      }
      // Hashed while it streams in; the parser stops reading at the size limit.
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      for await (const chunk of file.content) {
        hash.update(chunk as Buffer);
        chunks.push(chunk as Buffer);
      }
      if (file.truncated()) throw new DocumentRejectedError(413, `is larger than the limit of ${this.maxBytes} bytes`);
      const content = Buffer.concat(chunks);
      const sha256 = hash.digest();
      return await this.db.transaction(async (m) => {
        const key = await this.storage.put(m, content);
        const [document]: MlaDocumentModel[] = await m.query(
          `INSERT INTO mla_document (request_id, message_id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_agency_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${DOCUMENT_COLUMNS}`,
          [request.id, messageId, file.fileName, file.mediaType, content.length, sha256, key, ctx.actor.userId, ctx.actor.agencyId],
        );
        await this.audit.record(m, ctx, {
          action: 'mla.document-upload',
          outcome: 'SUCCESS',
          targetType: MLA_SUBJECT,
          targetId: request.id,
          details: { documentId: document.id, sha256: document.sha256, sizeBytes: content.length },
        });
        return document;
      });
    } finally {
      // Whatever was refused, the rest of the upload is read and discarded so the reply can go out.
      file.content.resume();
    }
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
    const content = await this.storage.get(this.db.manager, document.storageKey);
    const audited = { targetType: MLA_SUBJECT, targetId: requestId, details: { documentId } };
    if (!content || createHash('sha256').update(content).digest('hex') !== document.sha256) {
      await this.audit.recordAlone(ctx, { action: 'mla.document-download', outcome: 'FAILURE', ...audited });
      throw new DocumentIntegrityError(`document ${documentId} does not match its SHA-256`);
    }
    await this.audit.recordAlone(ctx, { action: 'mla.document-download', outcome: 'SUCCESS', ...audited });
    const { storageKey: _, ...view } = document;
    return { document: view, content };
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
