import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AccessService } from '@app/access';
import { DocumentIntake, DocumentTable, IncomingFile } from '@app/documents';
import { AuthenticatedContext, BadUserInputError, CLOCK, Clock } from '@app/kernel';
import { MLA_SUBJECT } from '../mla-records';
import { MlaQueries } from '../mla.queries';
import { MlaDocumentView } from '../mla-views';

export interface DocumentDownload {
  readonly document: MlaDocumentView;
  /** Streamed from the storage; already checked against the SHA-256, and checked again as it goes. */
  readonly content: Readable;
}

const DOCUMENTS = new DocumentTable<MlaDocumentView>('mla_document', 'request_id', { message_id: 'messageId' });

/**
 * Documents of a request or of one of its messages: uploaded by either side, read only by
 * users who may see the request; the content's checks, hash and audit are DocumentIntake's.
 */
@Injectable()
export class MlaDocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mla: MlaQueries,
    private readonly access: AccessService,
    readonly intake: DocumentIntake,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The row, the request's change time and the audit go with the content in one transaction.
   * The request row is touched only at the end, so a slow upload holds no lock on it.
   */
  upload(ctx: AuthenticatedContext, requestId: string, messageId: string | null, file: IncomingFile): Promise<MlaDocumentView> {
    return this.intake.upload(ctx, {
      audited: { context: 'mla', targetType: MLA_SUBJECT, targetId: requestId },
      file,
      check: async () => {
        await this.mla.visible(ctx, 'mla:act', requestId);
        if (messageId !== null) await this.checkMessage(requestId, messageId);
      },
      save: async (m, stored) => {
        // A new document is a change of the request (mlaRequests' updatedSince), not a new version
        // of it: the version guards the fields both sides edit, which stay as they were.
        await m.query(`UPDATE mla_request SET updated_at = $2 WHERE id = $1`, [requestId, this.clock.now()]);
        return DOCUMENTS.insert(m, ctx.actor, requestId, [messageId], stored);
      },
    });
  }

  async download(ctx: AuthenticatedContext, requestId: string, documentId: string): Promise<DocumentDownload> {
    await this.mla.visible(ctx, 'mla:read', requestId);
    const document = await DOCUMENTS.find(this.db.manager, requestId, documentId);
    if (!document) return this.access.notFound(ctx, 'mla:read', { type: 'mla-document', id: documentId });
    return this.intake.download(ctx, { context: 'mla', targetType: MLA_SUBJECT, targetId: requestId }, document);
  }

  /** The documents of each request, oldest first, aligned with `requestIds`; only for requests the caller was allowed to read. */
  listOf(requestIds: readonly string[]): Promise<MlaDocumentView[][]> {
    return DOCUMENTS.listOf(this.db.manager, requestIds);
  }

  private async checkMessage(requestId: string, messageId: string): Promise<void> {
    const rows: unknown[] = isUUID(messageId)
      ? await this.db.query(`SELECT 1 FROM mla_message WHERE id = $1 AND request_id = $2`, [messageId, requestId])
      : [];
    if (!rows.length) throw BadUserInputError.of([{ field: 'messageId', problem: 'is not a message of this request' }]);
  }
}
