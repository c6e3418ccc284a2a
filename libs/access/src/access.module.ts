import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AccessService } from './access.service';

@Module({
  imports: [AuditModule],
  providers: [AccessService],
  exports: [AccessService],
})
export class AccessModule {}
