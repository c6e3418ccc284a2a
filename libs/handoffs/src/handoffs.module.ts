import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { DocumentsModule } from '@app/documents';
import { EventsModule } from '@app/events';
import { CommandsModule } from '@app/commands';
import { IdentityModule, IdentityReadsModule } from '@app/identity';
import { HandoffDocumentsResolver } from './documents/handoff-documents.resolver';
import { HandoffDocumentsRoutes } from './documents/handoff-documents.routes';
import { HandoffDocumentsService } from './documents/handoff-documents.service';
import { HandoffsResolver } from './handoffs.resolver';
import { HandoffsCommands } from './handoffs.commands';
import { HandoffsQueries } from './handoffs.queries';
import { victimKeyringProvider } from './victim-keyring';

/** Gateway side: victim-support handoffs over GraphQL, their documents over HTTP. */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, CommandsModule, IdentityModule, IdentityReadsModule, DocumentsModule],
  providers: [HandoffsCommands, HandoffsQueries, HandoffsResolver, HandoffDocumentsService, HandoffDocumentsResolver, HandoffDocumentsRoutes, victimKeyringProvider],
  exports: [HandoffsCommands, HandoffsQueries],
})
export class HandoffsModule {}
