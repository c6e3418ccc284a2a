import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { AuditTrailResolver } from './audit-trail.resolver';

/** Data-protection oversight: auditors consult the audit trail of their own State. */
@Module({
  imports: [AuditModule, AccessModule],
  providers: [AuditTrailResolver],
})
export class OversightModule {}
