import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Statement } from '@app/database';
import { Role } from '@app/kernel';
import { NotificationKind, NotificationsService } from '@app/notifications';
import { DOMAIN_EVENTS_QUEUE, DomainEvent, DomainEventJob } from './catalogue';
import { DomainEventConsumer, EventConsumer } from './event-consumer';
import { DomainEventProcessor } from './domain-event.processor';
import { OutboxReconciler } from './outbox-reconciler.service';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxService } from './outbox.service';
import { DeliveryStack, startDeliveryStack } from '../testing/delivery-stack';
import { createAgency, createUser, eventually } from '../testing/fixtures';
import { PrivateRedis } from '@test/support/private-redis';

/** A consumer whose effect is one statement harmless to repeat: the processor writes it with the inbox row, no transaction. */
@Injectable()
@DomainEventConsumer()
class MessageNoticeConsumer implements EventConsumer<'mla.message-posted'> {
  readonly name = 'test.message-notice';
  readonly handles = ['mla.message-posted'] as const;
  constructor(private readonly notifications: NotificationsService) {}
  async handle(): Promise<void> {
    throw new Error('a repeatable effect never goes through handle');
  }
  repeatableEffect(event: DomainEventJob<'mla.message-posted'>): Statement | null {
    const staff = { agencyIds: event.payload.notifyAgencyIds, roles: [Role.AGENCY_ADMIN] };
    return this.notifications.notifyStaffStatement(event.eventId, staff, NotificationKind.MLA_MESSAGE, 'New message', null);
  }
}

/** The whole path on real PostgreSQL and Redis (see startDeliveryStack), Redis stopped and flushed on the way. */
describe('domain event delivery', () => {
  let stack: DeliveryStack;
  let redis: PrivateRedis;
  let app: TestingModule;
  let db: DataSource;
  let outbox: OutboxService;
  let relay: OutboxRelay;
  let reconciler: OutboxReconciler;
  let processor: DomainEventProcessor;
  let queue: Queue<DomainEventJob>;
  let agencyId: string;
  let admins: string[];

  beforeAll(async () => {
    stack = await startDeliveryStack('delivery', { OUTBOX_POLL_INTERVAL_MS: '200' }, [MessageNoticeConsumer]);
    ({ app, db, redis } = stack);
    outbox = app.get(OutboxService);
    relay = app.get(OutboxRelay);
    reconciler = app.get(OutboxReconciler);
    processor = app.get(DomainEventProcessor);
    queue = app.get(getQueueToken(DOMAIN_EVENTS_QUEUE));

    agencyId = await createAgency(db);
    admins = [
      await createUser(db, agencyId, [Role.AGENCY_ADMIN]),
      await createUser(db, agencyId, [Role.AGENCY_ADMIN, Role.PROSECUTOR]),
    ];
    // Neither may be notified: a disabled admin, and a user without the admin role.
    await createUser(db, agencyId, [Role.AGENCY_ADMIN], { disabled: true });
    await createUser(db, agencyId, [Role.PROSECUTOR]);
  });

  afterAll(async () => {
    await stack?.close();
  });

  /** Locks users out the way identity does: the state change and its event in one transaction. */
  async function lockOut(count: number): Promise<string[]> {
    const lockedUntil = new Date(Date.now() + 15 * 60_000).toISOString();
    const userIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const userId = await createUser(db, agencyId, [Role.LIAISON_OFFICER]);
      await db.transaction(async (manager) => {
        await manager.query(`UPDATE app_user SET locked_until = $2 WHERE id = $1`, [userId, lockedUntil]);
        const event: DomainEvent<'identity.user-locked-out'> = {
          type: 'identity.user-locked-out',
          aggregateType: 'user',
          aggregateId: userId,
          payload: { userId, agencyId, lockedUntil },
        };
        await outbox.publish(manager, [event]);
      });
      userIds.push(userId);
    }
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM outbox_event WHERE aggregate_id = ANY($1) ORDER BY seq`,
      [userIds],
    );
    expect(rows).toHaveLength(count);
    return rows.map((row) => row.id);
  }

  /**
   * The relay's answer while Redis is away. It returns 0 when a background pass (a poll)
   * holds the rows at that moment, so ask until this call claims them itself.
   */
  async function relayWhileRedisIsDown(): Promise<unknown> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const outcome = await relay.relayOnce().catch((error: unknown) => error);
      if (outcome !== 0) return outcome;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return 0;
  }

  const undispatched = async (eventIds: string[]) =>
    Number(
      (
        await db.query(`SELECT count(*) AS n FROM outbox_event WHERE id = ANY($1) AND dispatched_at IS NULL`, [
          eventIds,
        ])
      )[0].n,
    );

  const unprocessed = async (eventIds: string[]) =>
    Number(
      (
        await db.query(`SELECT count(*) AS n FROM outbox_event WHERE id = ANY($1) AND processed_at IS NULL`, [
          eventIds,
        ])
      )[0].n,
    );

  /** Notifications per (event, recipient): each must be exactly 1, and only the enabled admins get one. */
  async function notificationsOf(eventIds: string[]): Promise<{ event_id: string; recipient_user_id: string }[]> {
    return db.query(
      `SELECT event_id, recipient_user_id FROM notification WHERE event_id = ANY($1) ORDER BY event_id, recipient_user_id`,
      [eventIds],
    );
  }

  function expectedNotifications(eventIds: string[]) {
    return eventIds
      .flatMap((eventId) => admins.map((recipient) => ({ event_id: eventId, recipient_user_id: recipient })))
      .sort((a, b) => (a.event_id + a.recipient_user_id).localeCompare(b.event_id + b.recipient_user_id));
  }

  it('applies a job processed twice only once', async () => {
    const lockedUser = await createUser(db, agencyId, [Role.VICTIM_COORDINATOR]);
    const job: DomainEventJob<'identity.user-locked-out'> = {
      eventId: randomUUID(),
      type: 'identity.user-locked-out',
      aggregateType: 'user',
      aggregateId: lockedUser,
      payload: { userId: lockedUser, agencyId, lockedUntil: '2030-01-01T10:00:00.000Z' },
      occurredAt: new Date().toISOString(),
    };

    expect(await processor.processEvent(job)).toBe(1);
    expect(await processor.processEvent(job)).toBe(0);

    expect(await notificationsOf([job.eventId])).toEqual(expectedNotifications([job.eventId]));
    const [{ n: inboxRows }] = await db.query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`, [job.eventId]);
    expect(inboxRows).toBe(1);
    const [notification] = await db.query(
      `SELECT kind, message, subject_type, subject_id FROM notification WHERE event_id = $1 LIMIT 1`,
      [job.eventId],
    );
    expect(notification).toEqual({
      kind: 'USER_LOCKED_OUT',
      message: 'A user of your agency was locked out after repeated failed sign-ins until 2030-01-01 10:00 UTC.',
      subject_type: 'user',
      subject_id: lockedUser,
    });
  });

  it('marks the event processed in the transaction of its last consumer, so the reconciler stops watching it', async () => {
    const lockedUser = await createUser(db, agencyId, [Role.VICTIM_COORDINATOR]);
    const payload = { userId: lockedUser, agencyId, lockedUntil: new Date().toISOString() };
    const [{ id: eventId }] = await db.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload, dispatched_at) VALUES ('identity.user-locked-out', 'user', $1, $2, now())
       RETURNING id`,
      [lockedUser, JSON.stringify(payload)],
    );
    const job: DomainEventJob = { eventId, type: 'identity.user-locked-out', aggregateType: 'user', aggregateId: lockedUser, payload, occurredAt: new Date().toISOString() };
    const processedAt = async () => (await db.query(`SELECT processed_at FROM outbox_event WHERE id = $1`, [eventId]))[0].processed_at;
    expect(await processedAt()).toBeNull();
    expect(await processor.processEvent(job)).toBe(1);
    const first = await processedAt();
    expect(first).toBeInstanceOf(Date);
    // A redelivery applies nothing and leaves the first mark as it was.
    expect(await processor.processEvent(job)).toBe(0);
    expect(await processedAt()).toEqual(first);
  });

  it('relays committed events by polling, with no NOTIFY on the outbox to serialise commits', async () => {
    const [{ n: triggers }] = await db.query(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = 'outbox_event'::regclass`);
    expect(triggers).toBe(0);
    const eventIds = await lockOut(3);
    // Nothing here calls the relay: its poll finds the rows and the processor applies them.
    await eventually(async () => (await unprocessed(eventIds)) === 0, 'the events are processed');
    expect(await notificationsOf(eventIds)).toEqual(expectedNotifications(eventIds));
  });

  it('answers a poll that finds nothing waiting with one look, opening no transaction', async () => {
    await eventually(async () => Number((await db.query(`SELECT count(*) AS n FROM outbox_event WHERE dispatched_at IS NULL`))[0].n) === 0, 'nothing waits');
    const transactions = jest.spyOn(db, 'transaction');
    try {
      expect(await relay.relayOnce()).toBe(0);
      expect(transactions).not.toHaveBeenCalled();
    } finally {
      transactions.mockRestore();
    }
  });

  it('writes a repeatable effect with its inbox row and processed mark as one statement, once however often delivered', async () => {
    const [{ id: eventId }] = await db.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload, dispatched_at) VALUES ('mla.message-posted', 'mla-request', $1, '{}', now()) RETURNING id`,
      [randomUUID()],
    );
    const job: DomainEventJob = {
      eventId,
      type: 'mla.message-posted',
      aggregateType: 'mla-request',
      aggregateId: randomUUID(),
      payload: { requestId: randomUUID(), reference: 'MLA-XX-2026-000001', messageId: randomUUID(), authorAgencyId: randomUUID(), notifyAgencyIds: [agencyId] },
      occurredAt: new Date().toISOString(),
    };
    const applied = await Promise.all([processor.processEvent(job), processor.processEvent(job)]);
    expect(applied.sort()).toEqual([0, 1]);
    expect(await processor.processEvent(job)).toBe(0);
    const told: { recipient_user_id: string }[] = await db.query(`SELECT recipient_user_id FROM notification WHERE event_id = $1`, [eventId]);
    expect(told.map((t) => t.recipient_user_id).sort()).toEqual([...admins].sort());
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = $1 AND consumer = 'test.message-notice'`, [eventId]);
    expect(n).toBe(1);
    const [{ processed_at }] = await db.query(`SELECT processed_at FROM outbox_event WHERE id = $1`, [eventId]);
    expect(processed_at).toBeInstanceOf(Date);
  });

  it('applies two concurrent deliveries of one job only once', async () => {
    const lockedUser = await createUser(db, agencyId, [Role.VICTIM_COORDINATOR]);
    const job: DomainEventJob = {
      eventId: randomUUID(),
      type: 'identity.user-locked-out',
      aggregateType: 'user',
      aggregateId: lockedUser,
      payload: { userId: lockedUser, agencyId, lockedUntil: new Date().toISOString() },
      occurredAt: new Date().toISOString(),
    };

    const applied = await Promise.all([processor.processEvent(job), processor.processEvent(job)]);

    expect(applied.sort()).toEqual([0, 1]);
    expect(await notificationsOf([job.eventId])).toEqual(expectedNotifications([job.eventId]));
  });

  it('commits changes while Redis is down and delivers each event once when it is back', async () => {
    await redis.stop();
    let eventIds: string[];
    try {
      eventIds = await lockOut(3);

      expect(await relayWhileRedisIsDown()).toBeInstanceOf(Error);
      expect(await undispatched(eventIds)).toBe(3);
      expect(await notificationsOf(eventIds)).toEqual([]);
    } finally {
      await redis.start();
    }

    await eventually(async () => {
      await relay.relayOnce().catch(() => 0); // the queue's connection may still be reconnecting
      return (await unprocessed(eventIds)) === 0;
    }, 'the events are processed');

    expect(await undispatched(eventIds)).toBe(0);
    expect(await notificationsOf(eventIds)).toEqual(expectedNotifications(eventIds));
  });

  it('redelivers through the reconciler what a flushed Redis lost', async () => {
    // Hold the consumer so the jobs are still waiting in Redis when it loses them.
    await processor.pause();
    const eventIds = await lockOut(3);
    await eventually(async () => {
      await relay.relayOnce();
      return (await undispatched(eventIds)) === 0;
    }, 'the events are dispatched');
    for (const id of eventIds) expect(await queue.getJob(id)).toBeDefined();

    await redis.command((client) => client.flushall());
    for (const id of eventIds) expect(await queue.getJob(id)).toBeUndefined();

    expect(await reconciler.reconcileOnce(0)).toBe(3);
    for (const id of eventIds) expect((await queue.getJob(id))?.id).toBe(id);
    const counts: { dispatch_count: number }[] = await db.query(
      `SELECT dispatch_count FROM outbox_event WHERE id = ANY($1)`,
      [eventIds],
    );
    expect(counts.map((c) => c.dispatch_count)).toEqual([2, 2, 2]);

    processor.resume();
    await eventually(async () => (await unprocessed(eventIds)) === 0, 'the events are processed');
    expect(await notificationsOf(eventIds)).toEqual(expectedNotifications(eventIds));
  });

  it('leaves a queued, unprocessed job alone and skips processed events', async () => {
    await processor.pause();
    const [eventId] = await lockOut(1);
    await eventually(async () => {
      await relay.relayOnce();
      return (await undispatched([eventId])) === 0;
    }, 'the event is dispatched');

    await reconciler.reconcileOnce(0);
    const [{ dispatch_count }] = await db.query(`SELECT dispatch_count FROM outbox_event WHERE id = $1`, [eventId]);
    expect(dispatch_count).toBe(1);

    processor.resume();
    await eventually(async () => (await unprocessed([eventId])) === 0, 'the event is processed');
    expect(await notificationsOf([eventId])).toEqual(expectedNotifications([eventId]));
  });
});
