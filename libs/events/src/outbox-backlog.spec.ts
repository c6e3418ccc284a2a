import { DataSource } from 'typeorm';
import { createPrivateDatabase } from '@test/support/private-database';
import { markProcessed } from './domain-event.processor';

const BACKLOG = 3000;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Shared Hit Blocks': number;
  Plans?: PlanNode[];
}

/** Every index a plan reads, the node's own and its children's. */
const indexesOf = (node: PlanNode): string[] => [...(node['Index Name'] ? [node['Index Name']] : []), ...(node.Plans ?? []).flatMap(indexesOf)];

/**
 * A worker catching up after a stop: thousands of events wait, while the statistics, taken when
 * the worker kept up, say none do. A database of its own: it analyses the table and leaves
 * thousands of events unprocessed.
 */
describe('marking an event processed behind a backlog (PostgreSQL)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: DataSource;

  beforeAll(async () => {
    database = await createPrivateDatabase('outbox_backlog');
    db = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    await db.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload, dispatched_at, processed_at)
       SELECT 'test.backlog', 'test', i::text, '{}', now(), now() FROM generate_series(1, ${BACKLOG}) AS i`,
    );
    await db.query('ANALYZE outbox_event');
    await db.query(`UPDATE outbox_event SET processed_at = NULL WHERE type = 'test.backlog'`);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('finds the event by its key, not by walking every waiting one', async () => {
    const [{ id }]: { id: string }[] = await db.query(`SELECT id FROM outbox_event WHERE type = 'test.backlog' ORDER BY seq DESC LIMIT 1`);
    const { sql, params } = markProcessed({ eventId: id });
    const [{ 'QUERY PLAN': [{ Plan: plan }] }]: { 'QUERY PLAN': { Plan: PlanNode }[] }[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, [...params]);
    expect(indexesOf(plan)).toEqual(['outbox_event_pkey']);
    // A probe and the write: a walk of the waiting events reads about a block per event.
    expect(plan['Shared Hit Blocks']).toBeLessThan(BACKLOG / 10);
  });

  it('marks the event processed once: a repeat keeps the first time', async () => {
    const [{ id }]: { id: string }[] = await db.query(`SELECT id FROM outbox_event WHERE type = 'test.backlog' AND processed_at IS NULL LIMIT 1`);
    const processedAt = async () => ((await db.query(`SELECT processed_at FROM outbox_event WHERE id = $1`, [id])) as { processed_at: Date | null }[])[0].processed_at;
    const { sql, params } = markProcessed({ eventId: id });
    await db.query(sql, [...params]);
    const first = await processedAt();
    expect(first).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await db.query(sql, [...params]);
    expect(await processedAt()).toEqual(first);
  });
});
