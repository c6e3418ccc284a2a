import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { DeadlinesModule } from '@app/deadlines';
import { EventsModule } from '@app/events';
import { CLOCK, systemClock } from '@app/kernel';
import { HandoffsResolver } from './handoffs.resolver';
import { HandoffsService } from './handoffs.service';
import { victimKeyringProvider } from './victim-keyring';

/** Gateway side: victim-support handoffs over GraphQL. */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, DeadlinesModule],
  providers: [HandoffsService, HandoffsResolver, victimKeyringProvider, { provide: CLOCK, useValue: systemClock }],
  exports: [HandoffsService],
})
export class HandoffsModule {}
