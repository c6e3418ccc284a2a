import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Recording and reading the audit trail; needs DatabaseModule (a DataSource) in the app. */
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
