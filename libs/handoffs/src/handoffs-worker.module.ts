import { Module } from '@nestjs/common';
import { NotificationsService } from '@app/notifications';
import { HandoffAcceptanceDeadlineConsumer, HandoffChangedConsumer } from './consumers/handoff-consumers';

/** Worker side: notices of handoff changes and of the acceptance deadline. */
@Module({
  providers: [NotificationsService, HandoffChangedConsumer, HandoffAcceptanceDeadlineConsumer],
})
export class HandoffsWorkerModule {}
