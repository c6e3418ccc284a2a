import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgencyKind, AuthenticatedContext, BadUserInputError, NotFoundError, Role } from '@app/kernel';
import { ClockModule } from '@app/platform';
import { actorIn } from '@test/support/actors';
import { testConfig } from '@test/support/config';
import { WebhookEventKind } from './domain/webhook-events';
import { WebhooksCommands } from './webhooks.commands';
import { WebhooksModule } from './webhooks.module';
import { WebhooksQueries } from './webhooks.queries';

/** The admins' webhook commands on the real PostgreSQL: what each writes, and that a refusal writes its DENIED row and nothing else. */
describe('WebhooksCommands (PostgreSQL)', () => {
  let app: TestingModule;
  let db: DataSource;
  let commands: WebhooksCommands;
  let queries: WebhooksQueries;
  let admin: AuthenticatedContext;
  let stranger: AuthenticatedContext;

  beforeAll(async () => {
    app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, ClockModule, WebhooksModule] }).compile();
    await app.init();
    db = app.get(DataSource);
    commands = app.get(WebhooksCommands);
    queries = app.get(WebhooksQueries);
    admin = await actorIn(db, 'QW', AgencyKind.POLICE, Role.AGENCY_ADMIN);
    stranger = await actorIn(db, 'QW', AgencyKind.POLICE, Role.AGENCY_ADMIN);
  });

  afterAll(async () => {
    await app?.close();
  });

  const register = (ctx: AuthenticatedContext = admin, url = 'http://127.0.0.1:9/hook') =>
    commands.register(ctx, { url, eventKinds: [WebhookEventKind.HANDOFF_CHANGED, WebhookEventKind.HANDOFF_CHANGED], description: 'national system' });

  async function audited(targetId: string): Promise<{ action: string; outcome: string }[]> {
    return db.query(`SELECT action, outcome FROM audit_event WHERE target_id = $1 ORDER BY id`, [targetId]);
  }

  async function pendingDelivery(endpointId: string): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO webhook_delivery (endpoint_id, event_id, event_kind, object_type, object_id, occurred_at)
       VALUES ($1, $2, 'handoff.changed', 'handoff', $3, now()) RETURNING id`,
      [endpointId, randomUUID(), randomUUID()],
    );
    return id;
  }

  it('registers an endpoint of the own agency with its kinds once, its secret sealed, and its audit row', async () => {
    const { endpoint, secret } = await register();
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({ url: 'http://127.0.0.1:9/hook', eventKinds: [WebhookEventKind.HANDOFF_CHANGED], disabledAt: null });
    const [row] = await db.query(`SELECT agency_id, created_by, secret_sealed FROM webhook_endpoint WHERE id = $1`, [endpoint.id]);
    expect(row).toMatchObject({ agency_id: admin.actor.agencyId, created_by: admin.actor.userId });
    expect(row.secret_sealed.toString('utf8')).not.toContain(secret);
    expect(await audited(endpoint.id)).toEqual([{ action: 'webhook.register', outcome: 'SUCCESS' }]);
  });

  it('refuses a URL as input: not audited, nothing stored', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM webhook_endpoint WHERE agency_id = $1`, [admin.actor.agencyId]);
    await expect(register(admin, 'ftp://example.test/hook')).rejects.toBeInstanceOf(BadUserInputError);
    expect(await db.query(`SELECT count(*)::int AS n FROM webhook_endpoint WHERE agency_id = $1`, [admin.actor.agencyId])).toEqual(before);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_user_id = $1 AND outcome = 'DENIED'`, [admin.actor.userId]);
    expect(n).toBe(0);
  });

  it('disables an endpoint, giving up its pending deliveries, once; disabling again changes nothing but is recorded', async () => {
    const { endpoint } = await register();
    const delivery = await pendingDelivery(endpoint.id);
    const disabled = await commands.disable(admin, endpoint.id);
    expect(disabled).toMatchObject({ id: endpoint.id, disabledReason: 'disabled by an agency admin' });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    const [{ status }] = await db.query(`SELECT status FROM webhook_delivery WHERE id = $1`, [delivery]);
    expect(status).toBe('FAILED');
    const again = await commands.disable(admin, endpoint.id);
    expect(again.disabledAt).toEqual(disabled.disabledAt);
    expect(await audited(endpoint.id)).toEqual([
      { action: 'webhook.register', outcome: 'SUCCESS' },
      { action: 'webhook.disable', outcome: 'SUCCESS' },
      { action: 'webhook.disable', outcome: 'SUCCESS' },
    ]);
  });

  it("answers NOT_FOUND to another agency's admin: one DENIED row, the endpoint and its deliveries untouched", async () => {
    const { endpoint } = await register();
    const delivery = await pendingDelivery(endpoint.id);
    await expect(commands.disable(stranger, endpoint.id)).rejects.toBeInstanceOf(NotFoundError);
    const [row] = await db.query(`SELECT e.disabled_at, d.status FROM webhook_endpoint e JOIN webhook_delivery d ON d.endpoint_id = e.id WHERE d.id = $1`, [delivery]);
    expect(row).toEqual({ disabled_at: null, status: 'PENDING' });
    expect(await audited(endpoint.id)).toEqual([
      { action: 'webhook.register', outcome: 'SUCCESS' },
      { action: 'webhook:disable', outcome: 'DENIED' },
    ]);
    await expect(queries.deliveries(stranger, { endpointId: endpoint.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses registering to a user who is no agency admin, audited as DENIED, nothing stored', async () => {
    const officer = await actorIn(db, 'QW', AgencyKind.POLICE, Role.LIAISON_OFFICER);
    await expect(register(officer)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [{ endpoints }] = await db.query(`SELECT count(*)::int AS endpoints FROM webhook_endpoint WHERE agency_id = $1`, [officer.actor.agencyId]);
    expect(endpoints).toBe(0);
    const denied = await db.query(`SELECT action FROM audit_event WHERE actor_user_id = $1 AND outcome = 'DENIED'`, [officer.actor.userId]);
    expect(denied).toEqual([{ action: 'webhook:register' }]);
  });

  it("lists the own agency's endpoints only, newest first", async () => {
    const own = await actorIn(db, 'QW', AgencyKind.POLICE, Role.AGENCY_ADMIN);
    const first = await register(own);
    const second = await register(own);
    await register(stranger);
    expect((await queries.endpoints(own)).map((e) => e.id)).toEqual([second.endpoint.id, first.endpoint.id]);
  });
});
