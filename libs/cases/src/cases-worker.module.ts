import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { IdentityReadsModule } from '@app/identity';
import { NotificationsService } from '@app/notifications';
import { CaseMatchingConsumer } from './consumers/case-matching.consumer';
import { CaseNotificationsConsumer } from './consumers/case-notifications.consumer';

/** Worker side: hit/no-hit matching and the notifications of reference cards and hits. */
@Module({
  imports: [AuditModule, IdentityReadsModule],
  providers: [NotificationsService, CaseMatchingConsumer, CaseNotificationsConsumer],
})
export class CasesWorkerModule {}
