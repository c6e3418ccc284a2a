import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { eventually } from '@test/support/stack';
import { testConfig } from '@test/support/config';
import { PrivateRedis } from '@test/support/private-redis';
import { SessionStates } from './session-states';

/**
 * Two gateways' session caches over one PostgreSQL and a Redis of the test's own: a change
 * announced by one is forgotten by the other at once, also after Redis went away and came back.
 */
describe('SessionStates across gateways', () => {
  let redis: PrivateRedis;
  let db: DataSource;
  const gateways: SessionStates[] = [];

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    db = await new DataSource({ type: 'postgres', url: process.env.DATABASE_URL }).initialize();
  });
  afterAll(async () => {
    for (const gateway of gateways) gateway.onApplicationShutdown();
    await db.destroy();
    await redis.stop();
  });

  async function gateway(): Promise<SessionStates> {
    // Cached for five minutes: only an announced change explains a fresh read.
    const states = new SessionStates(db, testConfig({ REDIS_URL: redis.url, SESSION_CHECK_CACHE_SECONDS: '300' }));
    gateways.push(states);
    await states.onModuleInit();
    return states;
  }

  async function userWithSession(): Promise<{ userId: string; sessionId: string }> {
    await db.query(`INSERT INTO state (code, name) VALUES ('DE', 'Germany') ON CONFLICT DO NOTHING`);
    const [agency] = await db.query(`INSERT INTO agency (state_code, name, kind) VALUES ('DE', $1, 'POLICE') RETURNING id`, [`Agency ${randomUUID()}`]);
    const [user] = await db.query(
      `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles) VALUES ($1, 'S', 'x', $2, '{LIAISON_OFFICER}') RETURNING id`,
      [`session.${randomUUID()}@example.test`, agency.id],
    );
    const sessionId = randomUUID();
    await db.query(`INSERT INTO user_session (id, user_id, started_at, last_active_at, expires_at) VALUES ($1, $2, now(), now(), now() + interval '1 day')`, [
      sessionId,
      user.id,
    ]);
    return { userId: user.id, sessionId };
  }
  const revokeRoles = (userId: string) => db.query(`UPDATE app_user SET roles = '{}' WHERE id = $1`, [userId]);

  it("forgets a user's sessions on the other gateway when one announces a change", async () => {
    const [a, b] = [await gateway(), await gateway()];
    const { userId, sessionId } = await userWithSession();
    expect((await b.of(sessionId))?.roles).toEqual(['LIAISON_OFFICER']);
    await revokeRoles(userId);
    // Cached: the change is not seen until announced.
    expect((await b.of(sessionId))?.roles).toEqual(['LIAISON_OFFICER']);
    await a.changed(userId);
    await eventually(async () => (await b.of(sessionId))?.roles.length === 0, 2000);
    await db.query(`UPDATE user_session SET ended_at = now() WHERE id = $1`, [sessionId]);
    await a.changed(userId);
    await eventually(async () => (await b.of(sessionId))?.live === false, 2000);
  });

  it('forgets everything when Redis comes back, and hears of changes again', async () => {
    const [a, b] = [await gateway(), await gateway()];
    const { userId, sessionId } = await userWithSession();
    expect((await b.of(sessionId))?.roles).toEqual(['LIAISON_OFFICER']);
    await redis.stop();
    await revokeRoles(userId);
    await a.changed(userId); // lost: Redis is away
    expect((await b.of(sessionId))?.roles).toEqual(['LIAISON_OFFICER']);
    await redis.start();
    await eventually(async () => (await b.of(sessionId))?.roles.length === 0, 10_000);

    await db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [userId]);
    await eventually(async () => {
      await a.changed(userId);
      return (await b.of(sessionId))?.live === false;
    }, 10_000);
  });

  it('starts without Redis and subscribes once it is there', async () => {
    await redis.stop();
    const [a, b] = [await gateway(), await gateway()];
    const { userId, sessionId } = await userWithSession();
    expect((await b.of(sessionId))?.roles).toEqual(['LIAISON_OFFICER']);
    await redis.start();
    await revokeRoles(userId);
    await eventually(async () => {
      await a.changed(userId);
      return (await b.of(sessionId))?.roles.length === 0;
    }, 10_000);
  });
});
