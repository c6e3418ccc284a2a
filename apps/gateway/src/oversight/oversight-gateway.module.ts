import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { OversightModule } from '@app/oversight';
import { AuditExportRoutes } from './audit-export.routes';
import { AuditTrailResolver } from './audit-trail.resolver';

/** The auditors' trail over GraphQL and its export route (signed in like the API: identity's AuthService). */
@Module({
  imports: [OversightModule, IdentityModule],
  providers: [AuditTrailResolver, AuditExportRoutes],
})
export class OversightGatewayModule {}
