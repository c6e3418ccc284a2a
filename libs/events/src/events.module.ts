import { Module } from '@nestjs/common';
import { LiveSignalSender } from './live/live-signal-sender';
import { OutboxService } from './outbox.service';

/** What a process that changes state needs: writing to the outbox, and live signals once a change committed. */
@Module({
  providers: [OutboxService, LiveSignalSender],
  exports: [OutboxService, LiveSignalSender],
})
export class EventsModule {}
