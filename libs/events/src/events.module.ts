import { Module } from '@nestjs/common';
import { OutboxService } from './outbox.service';

/** What a process that changes state needs (the gateway): writing to the outbox. No Redis. */
@Module({
  providers: [OutboxService],
  exports: [OutboxService],
})
export class EventsModule {}
