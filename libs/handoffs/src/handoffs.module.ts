import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { DocumentsModule } from '@app/documents';
import { DeadlinesModule } from '@app/deadlines';
import { EventsModule } from '@app/events';
import { IdentityModule } from '@app/identity';
import { HandoffDocumentsResolver } from './documents/handoff-documents.resolver';
import { HandoffDocumentsRoutes } from './documents/handoff-documents.routes';
import { HandoffDocumentsService } from './documents/handoff-documents.service';
import { HandoffsResolver } from './handoffs.resolver';
import { HandoffsService } from './handoffs.service';
import { victimKeyringProvider } from './victim-keyring';

/** Gateway side: victim-support handoffs over GraphQL, their documents over HTTP. */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, DeadlinesModule, IdentityModule, DocumentsModule],
  providers: [HandoffsService, HandoffsResolver, HandoffDocumentsService, HandoffDocumentsResolver, HandoffDocumentsRoutes, victimKeyringProvider],
  exports: [HandoffsService],
})
export class HandoffsModule {}
