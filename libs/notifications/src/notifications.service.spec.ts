import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { createAgency, createUser } from '../../events/testing/fixtures';
import { AuthenticatedContext, BadUserInputError, Role } from '@app/kernel';
import { testConfig } from '@test/support/config';
import { NotificationKind } from './notification-kind';
import { NotificationsCommands } from './notifications.commands';
import { NotificationsQueries } from './notifications.queries';
import { NotificationsService } from './notifications.service';

describe('NotificationsService', () => {
  let app: TestingModule;
  let db: DataSource;
  let service: NotificationsService;
  let queries: NotificationsQueries;
  let commands: NotificationsCommands;
  let agencyId: string;

  beforeAll(async () => {
    app = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule],
      providers: [NotificationsService, NotificationsQueries, NotificationsCommands],
    }).compile();
    await app.init();
    db = app.get(DataSource);
    service = app.get(NotificationsService);
    queries = app.get(NotificationsQueries);
    commands = app.get(NotificationsCommands);
    agencyId = await createAgency(db);
  });

  afterAll(async () => {
    await app?.close();
  });

  const contextOf = (userId: string): AuthenticatedContext => ({
    requestId: 'test-request',
    actor: { userId, agencyId, stateCode: 'XX', roles: [Role.AGENCY_ADMIN], sessionId: randomUUID() },
  });

  /** Inserts notifications at the given times (several may share one, to exercise the id tie-break). */
  async function notificationsAt(recipient: string, times: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, at] of times.entries()) {
      const [{ id }] = await db.query(
        `INSERT INTO notification (recipient_user_id, event_id, kind, message, created_at)
         VALUES ($1, $2, 'USER_LOCKED_OUT', $3, $4) RETURNING id`,
        [recipient, randomUUID(), `message ${i}`, at],
      );
      ids.push(id);
    }
    return ids;
  }

  /** The expected order: newest first, then by id descending among equal times. */
  async function newestFirst(ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM notification WHERE id = ANY($1) ORDER BY created_at DESC, id DESC`,
      [ids],
    );
    return rows.map((row) => row.id);
  }

  it('pages through the caller\'s own notifications, newest first, without gaps or repeats', async () => {
    const me = await createUser(db, agencyId, [Role.AGENCY_ADMIN]);
    const other = await createUser(db, agencyId, [Role.AGENCY_ADMIN]);
    const mine = await notificationsAt(me, [
      '2030-01-01T10:00:00.000001Z',
      '2030-01-01T10:00:00.000002Z',
      '2030-01-01T10:00:00.000002Z',
      '2030-01-01T10:00:00.000002Z',
      '2030-01-01T09:00:00Z',
    ]);
    await notificationsAt(other, ['2030-01-01T10:00:00.000002Z']);

    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const page = await queries.list(contextOf(me), { first: 2, after });
      seen.push(...page.entries.map((entry) => entry.item.id));
      pages.push(page.hasNextPage);
      after = page.hasNextPage ? page.entries[page.entries.length - 1].cursor : null;
    } while (after);

    expect(seen).toEqual(await newestFirst(mine));
    expect(pages).toEqual([true, true, false]);
  });

  it('shows a notification with its fields', async () => {
    const me = await createUser(db, agencyId, [Role.AGENCY_ADMIN]);
    const eventId = randomUUID();
    const created = await db.transaction((manager) =>
      service.notify(manager, eventId, [me], NotificationKind.USER_LOCKED_OUT, 'Locked out', {
        type: 'user',
        id: 'u-1',
      }),
    );
    expect(created).toBe(1);
    // The same event again (a redelivery reaching notify) adds nothing.
    expect(
      await db.transaction((manager) =>
        service.notify(manager, eventId, [me], NotificationKind.USER_LOCKED_OUT, 'Locked out'),
      ),
    ).toBe(0);

    const page = await queries.list(contextOf(me), {});
    expect(page.entries).toHaveLength(1);
    expect(page.entries[0].item).toEqual({
      id: expect.any(String),
      kind: 'USER_LOCKED_OUT',
      message: 'Locked out',
      subjectType: 'user',
      subjectId: 'u-1',
      createdAt: expect.any(Date),
      read: false,
    });
    expect(page.hasNextPage).toBe(false);
  });

  it('filters unread and marks only the caller\'s own notifications read', async () => {
    const me = await createUser(db, agencyId, [Role.AGENCY_ADMIN]);
    const other = await createUser(db, agencyId, [Role.AGENCY_ADMIN]);
    const mine = await notificationsAt(me, ['2030-01-01T10:00:00Z', '2030-01-01T11:00:00Z', '2030-01-01T12:00:00Z']);
    const [theirs] = await notificationsAt(other, ['2030-01-01T10:00:00Z']);

    expect(await commands.markRead(contextOf(me), [mine[0], mine[2], theirs, randomUUID()])).toBe(2);
    expect(await commands.markRead(contextOf(me), [mine[0]])).toBe(0);

    const unread = await queries.list(contextOf(me), { unreadOnly: true });
    expect(unread.entries.map((entry) => entry.item.id)).toEqual([mine[1]]);
    const all = await queries.list(contextOf(me), { unreadOnly: false });
    expect(all.entries.map((entry) => [entry.item.id, entry.item.read])).toEqual([
      [mine[2], true],
      [mine[1], false],
      [mine[0], true],
    ]);
    const [{ read_at }] = await db.query(`SELECT read_at FROM notification WHERE id = $1`, [theirs]);
    expect(read_at).toBeNull();
  });

  it('tells the enabled staff of the agencies who hold one of the roles, once per event', async () => {
    const otherAgency = await createAgency(db);
    const prosecutor = await createUser(db, agencyId, [Role.PROSECUTOR]);
    const officer = await createUser(db, otherAgency, [Role.CENTRAL_AUTHORITY_OFFICER, Role.AUDITOR]);
    await createUser(db, agencyId, [Role.AUDITOR]);
    await createUser(db, agencyId, [Role.PROSECUTOR], { disabled: true });
    await createUser(db, await createAgency(db), [Role.PROSECUTOR]);
    const eventId = randomUUID();
    const tell = () =>
      db.transaction((m) =>
        service.notifyStaff(m, eventId, { agencyIds: [agencyId, otherAgency], roles: [Role.PROSECUTOR, Role.CENTRAL_AUTHORITY_OFFICER] }, NotificationKind.MLA_MESSAGE, 'New message', null),
      );
    expect(await tell()).toBe(2);
    expect(await tell()).toBe(0);
    const told: { recipient_user_id: string }[] = await db.query(`SELECT recipient_user_id FROM notification WHERE event_id = $1`, [eventId]);
    expect(told.map((t) => t.recipient_user_id).sort()).toEqual([prosecutor, officer].sort());
  });

  it('refuses bad input', async () => {
    const me = contextOf(randomUUID());
    await expect(queries.list(me, { first: 0 })).rejects.toThrow(BadUserInputError);
    await expect(queries.list(me, { first: 101 })).rejects.toThrow(BadUserInputError);
    await expect(queries.list(me, { after: 'bogus' })).rejects.toThrow(BadUserInputError);
    await expect(commands.markRead(me, ['not-a-uuid'])).rejects.toThrow(BadUserInputError);
    await expect(commands.markRead(me, Array.from({ length: 101 }, () => randomUUID()))).rejects.toThrow(
      BadUserInputError,
    );
    expect(await commands.markRead(me, [])).toBe(0);
  });
});
