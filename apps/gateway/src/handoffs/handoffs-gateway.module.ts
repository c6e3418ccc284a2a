import { Module } from '@nestjs/common';
import { HandoffsModule } from '@app/handoffs';
import { IdentityModule } from '@app/identity';
import { HandoffDocumentsResolver } from './handoff-documents.resolver';
import { HandoffDocumentsRoutes } from './handoff-documents.routes';
import { HandoffsResolver } from './handoffs.resolver';

/** Gateway side of handoffs: their GraphQL, and their documents over HTTP. */
@Module({
  imports: [HandoffsModule, IdentityModule],
  providers: [HandoffsResolver, HandoffDocumentsResolver, HandoffDocumentsRoutes],
})
export class HandoffsGatewayModule {}
