import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { testConfig } from '@test/support/config';
import { DomainEvent } from './catalogue';
import { EventsModule } from './events.module';
import { OutboxService } from './outbox.service';

describe('OutboxService', () => {
  let app: TestingModule;
  let db: DataSource;
  let outbox: OutboxService;

  beforeAll(async () => {
    // No Redis in this module: publishing must work without it (the gateway's case).
    app = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule, EventsModule],
    }).compile();
    await app.init();
    db = app.get(DataSource);
    outbox = app.get(OutboxService);
  });

  afterAll(async () => {
    await app?.close();
  });

  const lockedOut = (userId: string): DomainEvent => ({
    type: 'identity.user-locked-out',
    aggregateType: 'user',
    aggregateId: userId,
    payload: { userId, agencyId: randomUUID(), lockedUntil: '2030-01-01T00:00:00.000Z' },
  });

  it('writes the events of a committed transaction, in order', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await db.transaction((manager) => outbox.publish(manager, [lockedOut(first), lockedOut(second)]));

    const rows = await db.query(
      // Not dispatch state: a worker of an e2e test on this shared database may already relay them.
      `SELECT type, aggregate_type, aggregate_id, payload FROM outbox_event WHERE aggregate_id = ANY($1) ORDER BY seq`,
      [[first, second]],
    );
    expect(rows.map((row: { aggregate_id: string }) => row.aggregate_id)).toEqual([first, second]);
    expect(rows[0]).toMatchObject({
      type: 'identity.user-locked-out',
      aggregate_type: 'user',
      payload: { userId: first, lockedUntil: '2030-01-01T00:00:00.000Z' },
    });
  });

  it('writes nothing when the transaction rolls back', async () => {
    const userId = randomUUID();
    await expect(
      db.transaction(async (manager) => {
        await outbox.publish(manager, [lockedOut(userId)]);
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');

    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1`, [userId]);
    expect(n).toBe(0);
  });

  it('accepts an empty list', async () => {
    await expect(db.transaction((manager) => outbox.publish(manager, []))).resolves.toBeUndefined();
  });
});
