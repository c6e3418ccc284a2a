import { Module } from '@nestjs/common';
import { EventsModule } from '@app/events';
import { CLOCK, systemClock } from '@app/kernel';
import { DeadlineSweeper } from './deadline-sweeper';
import { DeadlinesService } from './deadlines.service';

/** Setting and reading deadlines (gateway and worker). */
@Module({
  providers: [DeadlinesService, { provide: CLOCK, useValue: systemClock }],
  exports: [DeadlinesService],
})
export class DeadlinesModule {}

/** The sweeper (worker only; the app provides ScheduleModule.forRoot()). */
@Module({
  imports: [EventsModule],
  providers: [DeadlineSweeper, { provide: CLOCK, useValue: systemClock }],
  exports: [DeadlineSweeper],
})
export class DeadlinesWorkerModule {}
