import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { DocumentsModule } from '@app/documents';
import { EventsModule } from '@app/events';
import { IdentityModule, IdentityReadsModule } from '@app/identity';
import { HandoffDocumentsService } from './documents/handoff-documents.service';
import { HandoffsCommands } from './handoffs.commands';
import { HandoffsQueries } from './handoffs.queries';
import { victimKeyringProvider } from './victim-keyring';

/** Victim-support handoffs and their documents: the commands and reads the gateway's edge calls. */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, CommandsModule, IdentityModule, IdentityReadsModule, DocumentsModule],
  providers: [HandoffsCommands, HandoffsQueries, HandoffDocumentsService, victimKeyringProvider],
  exports: [HandoffsCommands, HandoffsQueries, HandoffDocumentsService],
})
export class HandoffsModule {}
