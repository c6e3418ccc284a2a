import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DocumentIntake } from './document-intake';
import { DOCUMENT_STORAGE, PostgresDocumentStorage } from './document-storage';

/** The document intake and storage every context with documents shares (one count of uploads in progress per process). */
@Module({
  imports: [AuditModule],
  providers: [DocumentIntake, { provide: DOCUMENT_STORAGE, useClass: PostgresDocumentStorage }],
  exports: [DocumentIntake],
})
export class DocumentsModule {}
