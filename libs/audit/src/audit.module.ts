import { Module } from '@nestjs/common';
import { AuditedCommands } from './audited-commands';
import { AuditService } from './audit.service';

/** Recording and reading the audit trail; needs DatabaseModule (a DataSource) in the app. */
@Module({
  providers: [AuditService, AuditedCommands],
  exports: [AuditService, AuditedCommands],
})
export class AuditModule {}
