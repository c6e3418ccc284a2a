import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEnum } from 'class-validator';
import { DataSource } from 'typeorm';
import { AccessService } from '@app/access';
import { DocumentIntake, DocumentTable, IncomingFile } from '@app/documents';
import { AuthenticatedContext, BadUserInputError } from '@app/kernel';
import { HandoffDocumentKind } from '../domain/handoff.model';
import { HandoffDocument } from '../handoff.views';
import { HANDOFF_SUBJECT } from '../handoff.records';
import { HandoffsQueries } from '../handoffs.queries';

export interface HandoffDocumentDownload {
  readonly document: HandoffDocument;
  /** Streamed from the storage; already checked against the SHA-256, and checked again as it goes. */
  readonly content: Readable;
}

const DOCUMENTS = new DocumentTable<HandoffDocument>('handoff_document', 'handoff_id', { kind: 'kind' });

/**
 * Documents of a handoff (consent form, risk assessment, medical or legal papers): uploaded and
 * read by the victim coordinators of the two agencies only ('handoff:documents'); anyone else,
 * law enforcement that sees the handoff included, is answered NOT_FOUND. The content's checks,
 * hash and audit are DocumentIntake's, as for MLA documents.
 */
@Injectable()
export class HandoffDocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly handoffs: HandoffsQueries,
    private readonly access: AccessService,
    readonly intake: DocumentIntake,
  ) {}

  /**
   * The row and the handoff's change time go with the content and the audit in one transaction.
   * A document changes no field the two sides edit, so the version stays as it was.
   */
  upload(ctx: AuthenticatedContext, handoffId: string, kind: string | undefined, file: IncomingFile): Promise<HandoffDocument> {
    return this.intake.upload(ctx, {
      audited: { context: 'handoff', targetType: HANDOFF_SUBJECT, targetId: handoffId },
      file,
      check: async () => {
        await this.handoffs.visible(ctx, 'handoff:documents', handoffId);
        if (!isEnum(kind, HandoffDocumentKind)) {
          throw BadUserInputError.of([{ field: 'kind', problem: `must be one of ${Object.values(HandoffDocumentKind).join(', ')}` }]);
        }
      },
      save: async (m, stored) => {
        await m.query(`UPDATE handoff SET updated_at = now() WHERE id = $1`, [handoffId]);
        return DOCUMENTS.insert(m, ctx.actor, handoffId, [kind], stored);
      },
    });
  }

  async download(ctx: AuthenticatedContext, handoffId: string, documentId: string): Promise<HandoffDocumentDownload> {
    await this.handoffs.visible(ctx, 'handoff:documents', handoffId);
    const document = await DOCUMENTS.find(this.db.manager, handoffId, documentId);
    if (!document) return this.access.notFound(ctx, 'handoff:documents', { type: 'handoff-document', id: documentId });
    return this.intake.download(ctx, { context: 'handoff', targetType: HANDOFF_SUBJECT, targetId: handoffId }, document);
  }

  /** The documents of each handoff, oldest first, aligned with `handoffIds`; only for handoffs a coordinator was allowed to read. */
  listOf(handoffIds: readonly string[]): Promise<HandoffDocument[][]> {
    return DOCUMENTS.listOf(this.db.manager, handoffIds);
  }
}
