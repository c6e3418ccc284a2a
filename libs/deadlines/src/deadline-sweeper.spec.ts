import { INestApplicationContext } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { ClockModule } from '@app/platform';
import { testConfig } from '@test/support/config';
import { createPrivateDatabase } from '@test/support/private-database';
import { DeadlineSweeper } from './deadline-sweeper';
import { DeadlinesModule, DeadlinesWorkerModule } from './deadlines.module';
import { DeadlinesService } from './deadlines.service';

const HOUR = 3_600_000;

describe('deadlines and the sweeper (PostgreSQL)', () => {
  let app: INestApplicationContext;
  let db: DataSource;
  let deadlines: DeadlinesService;
  let sweeper: DeadlineSweeper;
  let database: { url: string; drop: () => Promise<void> };
  const t0 = new Date('2090-01-01T00:00:00Z');
  const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

  beforeAll(async () => {
    // A database of its own: sweeping at far-future instants would breach every other test's deadlines.
    database = await createPrivateDatabase('deadlines');
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(testConfig({ DATABASE_URL: database.url, DEADLINE_SWEEP_INTERVAL_MS: '3600000' })),
        ScheduleModule.forRoot(),
        ClockModule,
        DatabaseModule,
        DeadlinesModule,
        DeadlinesWorkerModule,
      ],
    }).compile();
    app = await moduleRef.init();
    db = app.get(DataSource);
    deadlines = app.get(DeadlinesService);
    sweeper = app.get(DeadlineSweeper);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const eventsFor = (subjectId: string) =>
    db.query(`SELECT type, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY seq`, [subjectId]) as Promise<
      { type: string; payload: { kind: string; dueAt: string } }[]
    >;

  async function scheduled(dueHours: number, remindHours: number | null) {
    const subjectId = randomUUID();
    await db.transaction((m) =>
      deadlines.schedule(m, {
        subjectType: 'test-subject',
        subjectId,
        kind: 'acknowledgement',
        dueAt: at(dueHours),
        remindAt: remindHours === null ? null : at(remindHours),
      }),
    );
    return subjectId;
  }

  it('reminds once at the reminder time and escalates once at the breach', async () => {
    const subject = await scheduled(1000, 952);
    await sweeper.sweepOnce(at(900));
    expect(await eventsFor(subject)).toEqual([]);

    await sweeper.sweepOnce(at(960));
    await sweeper.sweepOnce(at(970));
    expect((await eventsFor(subject)).map((e) => e.type)).toEqual(['deadline.reminder-due']);

    await sweeper.sweepOnce(at(1000));
    await sweeper.sweepOnce(at(1100));
    const events = await eventsFor(subject);
    expect(events.map((e) => e.type)).toEqual(['deadline.reminder-due', 'deadline.breached']);
    expect(events[1].payload).toMatchObject({ kind: 'acknowledgement', dueAt: at(1000).toISOString() });
  });

  it('escalates without a late reminder when the deadline is already missed', async () => {
    const subject = await scheduled(2000, 1952);
    await sweeper.sweepOnce(at(2001));
    await sweeper.sweepOnce(at(2002));
    expect((await eventsFor(subject)).map((e) => e.type)).toEqual(['deadline.breached']);
  });

  it('re-arms a moved deadline and says nothing for a cleared one', async () => {
    const moved = await scheduled(3000, null);
    await sweeper.sweepOnce(at(3000));
    await db.transaction((m) =>
      deadlines.schedule(m, { subjectType: 'test-subject', subjectId: moved, kind: 'acknowledgement', dueAt: at(3500), remindAt: null }),
    );
    await sweeper.sweepOnce(at(3500));
    expect((await eventsFor(moved)).map((e) => e.type)).toEqual(['deadline.breached', 'deadline.breached']);

    const cleared = await scheduled(4000, 3950);
    await db.transaction((m) => deadlines.clear(m, 'test-subject', cleared));
    await sweeper.sweepOnce(at(4100));
    expect(await eventsFor(cleared)).toEqual([]);
  });

  it('sends neither reminder nor breach again for a deadline stopped and restarted with the same dates', async () => {
    const subject = await scheduled(6000, 5952);
    const restart = () =>
      db.transaction((m) =>
        deadlines.schedule(m, { subjectType: 'test-subject', subjectId: subject, kind: 'acknowledgement', dueAt: at(6000), remindAt: at(5952) }),
      );
    const stop = () => db.transaction((m) => deadlines.clear(m, 'test-subject', subject, 'acknowledgement'));
    await sweeper.sweepOnce(at(5960));
    await stop();
    expect(await deadlines.forSubject(db.manager, 'test-subject', subject)).toEqual([]);
    await restart();
    await sweeper.sweepOnce(at(5970));
    expect((await eventsFor(subject)).map((e) => e.type)).toEqual(['deadline.reminder-due']);
    await sweeper.sweepOnce(at(6001));
    await stop();
    await restart();
    await sweeper.sweepOnce(at(6002));
    expect((await eventsFor(subject)).map((e) => e.type)).toEqual(['deadline.reminder-due', 'deadline.breached']);
    expect(await deadlines.forSubject(db.manager, 'test-subject', subject)).toHaveLength(1);
  });

  it('gives each due deadline to exactly one of two concurrent sweepers', async () => {
    const subjects = await Promise.all([5000, 5001, 5002].map((h) => scheduled(h, null)));
    await Promise.all([sweeper.sweepOnce(at(5100)), sweeper.sweepOnce(at(5100))]);
    for (const subject of subjects) expect(await eventsFor(subject)).toHaveLength(1);
  });

  it('reports overdue deadlines of a subject', async () => {
    const subject = await scheduled(-1, null);
    const [view] = await deadlines.forSubject(db.manager, 'test-subject', subject);
    expect(view).toMatchObject({ kind: 'acknowledgement', overdue: false }); // t0 is in 2090: not overdue by the real clock
    const past = randomUUID();
    await db.transaction((m) =>
      deadlines.schedule(m, { subjectType: 'test-subject', subjectId: past, kind: 'decision', dueAt: new Date(Date.now() - HOUR), remindAt: null }),
    );
    expect((await deadlines.forSubject(db.manager, 'test-subject', past))[0].overdue).toBe(true);
  });
});
