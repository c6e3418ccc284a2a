import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule, AuditTrailReader } from '@app/audit';
import { AuditTrailQueries } from './audit-trail.queries';

/** Data-protection oversight: auditors consult and export the audit trail of their own State. */
@Module({
  imports: [AuditModule, AccessModule],
  providers: [AuditTrailReader, AuditTrailQueries],
  exports: [AuditTrailQueries],
})
export class OversightModule {}
