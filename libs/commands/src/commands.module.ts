import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { DeadlinesModule } from '@app/deadlines';
import { EventsModule } from '@app/events';
import { CommandStep } from './command-step';

/** The one command step, for every context that changes an aggregate. */
@Module({
  imports: [AccessModule, AuditModule, EventsModule, DeadlinesModule],
  providers: [CommandStep],
  exports: [CommandStep],
})
export class CommandsModule {}
