import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { MlaModule } from '@app/mla';
import { MlaDocumentsRoutes } from './mla-documents.routes';
import { MlaResolver } from './mla.resolver';

/** Gateway side of MLA requests: their GraphQL, and their documents over HTTP. */
@Module({
  imports: [MlaModule, IdentityModule],
  providers: [MlaResolver, MlaDocumentsRoutes],
})
export class MlaGatewayModule {}
