import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule, AuditTrailReader } from '@app/audit';
import { IdentityModule } from '@app/identity';
import { AuditExportRoutes } from './audit-export.routes';
import { AuditTrailResolver } from './audit-trail.resolver';
import { AuditTrailService } from './audit-trail.service';

/** Data-protection oversight: auditors consult and export the audit trail of their own State. */
@Module({
  imports: [AuditModule, AccessModule, IdentityModule],
  providers: [AuditTrailReader, AuditTrailService, AuditTrailResolver, AuditExportRoutes],
})
export class OversightModule {}
