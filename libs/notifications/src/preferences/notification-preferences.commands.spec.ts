import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgencyKind, AuthenticatedContext, NotFoundError, Role } from '@app/kernel';
import { ClockModule } from '@app/platform';
import { actorIn } from '@test/support/actors';
import { testConfig } from '@test/support/config';
import { MailDelivery, MailLanguage } from '../domain/mail-delivery';
import { NotificationKind } from '../notification-kind';
import { NotificationPreferencesCommands } from './notification-preferences.commands';
import { NotificationPreferencesQueries } from './notification-preferences.queries';

/** A user's mail preferences through the command step, on the real PostgreSQL: what each command writes, and a refusal. */
describe('NotificationPreferencesCommands (PostgreSQL)', () => {
  let app: TestingModule;
  let db: DataSource;
  let commands: NotificationPreferencesCommands;
  let queries: NotificationPreferencesQueries;

  beforeAll(async () => {
    app = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, ClockModule, AccessModule, AuditModule, CommandsModule],
      providers: [NotificationPreferencesCommands, NotificationPreferencesQueries],
    }).compile();
    await app.init();
    db = app.get(DataSource);
    commands = app.get(NotificationPreferencesCommands);
    queries = app.get(NotificationPreferencesQueries);
  });

  afterAll(async () => {
    await app?.close();
  });

  const user = () => actorIn(db, 'QN', AgencyKind.POLICE, Role.LIAISON_OFFICER);

  async function audited(ctx: AuthenticatedContext): Promise<{ action: string; outcome: string; target_type: string; target_id: string }[]> {
    return db.query(`SELECT action, outcome, target_type, target_id FROM audit_event WHERE actor_user_id = $1 ORDER BY id`, [ctx.actor.userId]);
  }

  it('chooses a delivery per kind, replacing the last choice, each audited on the user', async () => {
    const me = await user();
    expect(await commands.set(me, NotificationKind.MLA_MESSAGE, MailDelivery.NEVER)).toEqual({ kind: NotificationKind.MLA_MESSAGE, delivery: MailDelivery.NEVER, chosen: true });
    await commands.set(me, NotificationKind.MLA_MESSAGE, MailDelivery.DAILY_DIGEST);
    const rows = await db.query(`SELECT kind, delivery FROM notification_preference WHERE user_id = $1`, [me.actor.userId]);
    expect(rows).toEqual([{ kind: NotificationKind.MLA_MESSAGE, delivery: MailDelivery.DAILY_DIGEST }]);
    const mine = await queries.mine(me);
    expect(mine.kinds.find((k) => k.kind === NotificationKind.MLA_MESSAGE)).toEqual({ kind: NotificationKind.MLA_MESSAGE, delivery: MailDelivery.DAILY_DIGEST, chosen: true });
    const on = { outcome: 'SUCCESS', target_type: 'user', target_id: me.actor.userId };
    expect(await audited(me)).toEqual([
      { action: 'notification-preference.set', ...on },
      { action: 'notification-preference.set', ...on },
    ]);
  });

  it("sets the language of the user's mails, audited on the user", async () => {
    const me = await user();
    expect((await queries.mine(me)).language).toBe(MailLanguage.EN);
    expect(await commands.setLanguage(me, MailLanguage.RO)).toBe(MailLanguage.RO);
    expect((await queries.mine(me)).language).toBe(MailLanguage.RO);
    expect(await audited(me)).toEqual([{ action: 'notification-preference.language', outcome: 'SUCCESS', target_type: 'user', target_id: me.actor.userId }]);
  });

  it('answers NOT_FOUND to a caller no longer in the directory: one DENIED row, nothing else written', async () => {
    const me = await user();
    const gone: AuthenticatedContext = { ...me, actor: { ...me.actor, userId: randomUUID() } };
    await expect(commands.set(gone, NotificationKind.MLA_MESSAGE, MailDelivery.NEVER)).rejects.toBeInstanceOf(NotFoundError);
    await expect(commands.setLanguage(gone, MailLanguage.DE)).rejects.toBeInstanceOf(NotFoundError);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notification_preference WHERE user_id = $1`, [gone.actor.userId]);
    expect(n).toBe(0);
    expect((await audited(gone)).map(({ action, outcome }) => [action, outcome])).toEqual([
      ['notification-preference:set', 'DENIED'],
      ['notification-preference:set', 'DENIED'],
    ]);
  });

  it("lists the failed mails to the own agency's users only, with the recipients' names and addresses", async () => {
    const admin = await actorIn(db, 'QN', AgencyKind.POLICE, Role.AGENCY_ADMIN);
    const other = await actorIn(db, 'QN', AgencyKind.POLICE, Role.AGENCY_ADMIN);
    const failed = async (userId: string) =>
      (
        await db.query(
          `INSERT INTO mail_delivery (recipient_user_id, digest_until, status, attempts, last_error, finished_at)
           VALUES ($1, now(), 'FAILED', 3, '550 no such mailbox', now()) RETURNING id`,
          [userId],
        )
      )[0].id as string;
    const ours = await failed(admin.actor.userId);
    await failed(other.actor.userId);
    const [{ email }] = await db.query(`SELECT email FROM app_user WHERE id = $1`, [admin.actor.userId]);
    expect(await queries.failures(admin, 10)).toEqual([
      { id: ours, recipientName: 'Test user', recipientEmail: email, kind: null, attempts: 3, lastError: '550 no such mailbox', failedAt: expect.any(Date) },
    ]);
  });
});
