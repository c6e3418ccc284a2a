import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DeadlinesModule } from '@app/deadlines';
import { MAIL_QUEUE } from '@app/events';
import { MailDispatcher } from './mail/mail-dispatcher';
import { MailSender } from './mail/mail-sender';
import { MAIL_TRANSPORT, smtpTransport } from './mail/mail-transport';

/**
 * Worker side: notifications by e-mail (deliveries, the mail queue, SMTP, the daily digest);
 * idle while SMTP_URL is empty. Needs the EventsWorkerModule's BullMQ connection and
 * ScheduleModule.forRoot() from the application.
 */
@Module({
  imports: [DeadlinesModule, BullModule.registerQueue({ name: MAIL_QUEUE })],
  providers: [
    MailDispatcher,
    MailSender,
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: (config: AppConfig) => smtpTransport(config) },
  ],
  exports: [MailDispatcher, MailSender],
})
export class NotificationsMailModule {}
