import { Module } from '@nestjs/common';
import { EventsModule } from '@app/events';
import { DeadlineSweeper } from './deadline-sweeper';
import { DeadlinesService } from './deadlines.service';

/** Setting and reading deadlines (gateway and worker). */
@Module({
  providers: [DeadlinesService],
  exports: [DeadlinesService],
})
export class DeadlinesModule {}

/** The sweeper (worker only; the app provides ScheduleModule.forRoot()). */
@Module({
  imports: [EventsModule],
  providers: [DeadlineSweeper],
  exports: [DeadlineSweeper],
})
export class DeadlinesWorkerModule {}
