import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AuditSealerModule } from '@app/audit';
import { CasesWorkerModule } from '@app/cases';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DeadlinesWorkerModule } from '@app/deadlines';
import { EventsWorkerModule } from '@app/events';
import { HandoffsWorkerModule } from '@app/handoffs';
import { MlaConsumersModule } from '@app/mla';
import { NotificationsConsumersModule, NotificationsMailModule } from '@app/notifications';
import { ClockModule, HealthModule, RedisModule } from '@app/platform';
import { WebhooksWorkerModule } from '@app/webhooks';

/** Background work: outbox relay and consumers, audit sealing. Its only HTTP routes are health. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ScheduleModule.forRoot(),
        ClockModule,
        DatabaseModule,
        RedisModule,
        HealthModule,
        AuditSealerModule,
        EventsWorkerModule,
        DeadlinesWorkerModule,
        HandoffsWorkerModule,
        NotificationsConsumersModule,
        NotificationsMailModule,
        MlaConsumersModule,
        CasesWorkerModule,
        WebhooksWorkerModule,
      ],
    };
  }
}
