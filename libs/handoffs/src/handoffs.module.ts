import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { DeadlinesModule } from '@app/deadlines';
import { EventsModule } from '@app/events';
import { IdentityModule } from '@app/identity';
import { HandoffsResolver } from './handoffs.resolver';
import { HandoffsService } from './handoffs.service';
import { victimKeyringProvider } from './victim-keyring';

/** Gateway side: victim-support handoffs over GraphQL. */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, DeadlinesModule, IdentityModule],
  providers: [HandoffsService, HandoffsResolver, victimKeyringProvider],
  exports: [HandoffsService],
})
export class HandoffsModule {}
