import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { DocumentsModule } from '@app/documents';
import { DeadlinesModule } from '@app/deadlines';
import { EventsModule } from '@app/events';
import { IdentityReadsModule } from '@app/identity';
import { NotificationsService } from '@app/notifications';
import { MlaNotificationsConsumer } from './consumers/mla-notifications.consumer';
import { MlaPostponementsConsumer } from './consumers/mla-postponements.consumer';
import { MlaDocumentsService } from './documents/mla-documents.service';
import { MlaCommands } from './mla.commands';
import { MlaQueries } from './mla.queries';

/** MLA requests and their documents: the commands and reads the gateway's edge calls. */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, DeadlinesModule, CommandsModule, IdentityReadsModule, DocumentsModule],
  providers: [MlaCommands, MlaQueries, MlaDocumentsService],
  exports: [MlaCommands, MlaQueries, MlaDocumentsService],
})
export class MlaModule {}

/**
 * Worker side (consumers found through `@DomainEventConsumer()`): notifications about
 * requests and their deadlines, and the end of postponements.
 */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, DeadlinesModule, CommandsModule, IdentityReadsModule],
  providers: [NotificationsService, MlaNotificationsConsumer, MlaCommands, MlaPostponementsConsumer],
})
export class MlaConsumersModule {}
