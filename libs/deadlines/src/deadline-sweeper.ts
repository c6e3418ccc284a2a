import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DomainEvent, OutboxService } from '@app/events';
import { CLOCK, Clock } from '@app/kernel';

const SWEEP_INTERVAL = 'deadline-sweep';
const SWEEP_BATCH = 500;

interface DueRow {
  id: string;
  subject_type: string;
  subject_id: string;
  kind: string;
  due_at: Date;
}

export interface SweepResult {
  reminders: number;
  breaches: number;
}

/**
 * Turns due deadlines into events, each exactly once: the row is marked in the same
 * transaction that writes the outbox event, and rows are claimed with SKIP LOCKED so
 * several workers can sweep. Breaches go first, so a deadline already missed is escalated
 * rather than "reminded".
 */
@Injectable()
export class DeadlineSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineSweeper.name);
  private running: Promise<SweepResult> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly scheduler: SchedulerRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.addInterval(
      SWEEP_INTERVAL,
      setInterval(() => {
        if (this.running) return;
        this.running = this.sweepOnce()
          .catch((error: Error) => {
            this.logger.warn(`Deadline sweep failed: ${error.message}`);
            return { reminders: 0, breaches: 0 };
          })
          .finally(() => (this.running = null));
      }, this.config.DEADLINE_SWEEP_INTERVAL_MS),
    );
  }

  async onModuleDestroy(): Promise<void> {
    if (this.scheduler.doesExist('interval', SWEEP_INTERVAL)) this.scheduler.deleteInterval(SWEEP_INTERVAL);
    await this.running;
  }

  async sweepOnce(now: Date = this.clock.now()): Promise<SweepResult> {
    return this.db.transaction(async (m) => {
      const breached = await this.claim(
        m,
        `breached_at IS NULL AND due_at <= $1 AND stopped_at IS NULL`,
        `breached_at = $1, reminded_at = COALESCE(reminded_at, $1)`,
        now,
      );
      const reminded = await this.claim(
        m,
        `reminded_at IS NULL AND remind_at IS NOT NULL AND remind_at <= $1 AND stopped_at IS NULL`,
        `reminded_at = $1`,
        now,
      );
      await this.outbox.publish(m, [
        ...breached.map((row) => eventOf('deadline.breached', row)),
        ...reminded.map((row) => eventOf('deadline.reminder-due', row)),
      ]);
      return { reminders: reminded.length, breaches: breached.length };
    });
  }

  private claim(m: EntityManager, due: string, mark: string, now: Date): Promise<DueRow[]> {
    return m
      .query(
        `UPDATE deadline SET ${mark}, updated_at = now()
          WHERE id IN (SELECT id FROM deadline WHERE ${due} ORDER BY due_at LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING id, subject_type, subject_id, kind, due_at`,
        [now],
      )
      .then(([rows]: [DueRow[], number]) => rows);
  }
}

function eventOf(type: 'deadline.breached' | 'deadline.reminder-due', row: DueRow): DomainEvent {
  return {
    type,
    aggregateType: row.subject_type,
    aggregateId: row.subject_id,
    payload: {
      deadlineId: row.id,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      kind: row.kind,
      dueAt: row.due_at.toISOString(),
    },
  };
}
