import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { DocumentsModule } from '@app/documents';
import { DeadlinesModule } from '@app/deadlines';
import { EventsModule } from '@app/events';
import { IdentityModule } from '@app/identity';
import { NotificationsService } from '@app/notifications';
import { MlaNotificationsConsumer } from './consumers/mla-notifications.consumer';
import { MlaPostponementsConsumer } from './consumers/mla-postponements.consumer';
import { MlaDocumentsRoutes } from './documents/mla-documents.routes';
import { MlaDocumentsService } from './documents/mla-documents.service';
import { MlaResolver } from './mla.resolver';
import { MlaService } from './mla.service';

/** Gateway side: MLA requests over GraphQL, documents over HTTP. */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, DeadlinesModule, IdentityModule, DocumentsModule],
  providers: [MlaService, MlaResolver, MlaDocumentsService, MlaDocumentsRoutes],
  exports: [MlaService],
})
export class MlaModule {}

/**
 * Worker side (consumers found through `@DomainEventConsumer()`): notifications about
 * requests and their deadlines, and the end of postponements.
 */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, DeadlinesModule],
  providers: [NotificationsService, MlaNotificationsConsumer, MlaService, MlaPostponementsConsumer],
})
export class MlaConsumersModule {}
