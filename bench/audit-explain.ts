import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditEventFilter, stateTrailStatement, STATE_EVENT_SQL } from '@app/audit';
import { dropDatabase, runMigrations } from '@app/database';

/**
 * `npx swc apps libs scripts bench -d dist --quiet --ignore '**\/*.spec.ts' && node dist/bench/audit-explain.js`:
 * fills a scratch database with AUDIT_EXPLAIN_ROWS (1,000,000) audit events spread over a year,
 * ten States, 2,000 users, and prints EXPLAIN (ANALYZE, BUFFERS) of the auditor's filtered
 * queries, so each filter's index use shows at that size. The database is dropped afterwards
 * (the trail refuses DELETE and TRUNCATE: a scratch database is the only way to start over).
 */
const ROWS = Number(process.env.AUDIT_EXPLAIN_ROWS ?? 1_000_000);
const PAGE = 51;
const URL_BASE = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/coordination_bench');
URL_BASE.pathname = '/coordination_audit_explain';
const DATABASE_URL = URL_BASE.toString();

const FILL = `
  WITH users AS (
    SELECT i, gen_random_uuid() AS id, (ARRAY['DE','MD','RO','AT','FR','IT','PL','NL','ES','BG'])[1 + i % 10] AS state
      FROM generate_series(0, 1999) i
  ), actions AS (
    SELECT ARRAY['auth.sign-in','case.read','case.list','mla.read','mla.list','handoff.read','handoff.list','case-share.read',
                 'handoff.reveal-identity','mla.message','case.update','audit.read','notification.read','user.create'] AS a
  )
  INSERT INTO audit_event (occurred_at, actor_user_id, actor_agency_id, actor_state, action, target_type, target_id,
                           target_state, outcome, request_id, purpose, recipients, details)
  SELECT now() - make_interval(secs => (${ROWS} - g) * (31536000.0 / ${ROWS})),
         u.id, NULL, u.state,
         actions.a[1 + (g / 7) % array_length(actions.a, 1)],
         (ARRAY['case','mla-request','handoff','case-share','user'])[1 + g % 5],
         md5((g % 50000)::text),
         CASE WHEN g % 10 = 1 THEN (ARRAY['DE','MD','RO','AT','FR','IT','PL','NL','ES','BG'])[1 + (g / 10) % 10] ELSE u.state END,
         CASE WHEN g % 25 = 0 THEN 'DENIED' WHEN g % 101 = 0 THEN 'FAILURE' ELSE 'SUCCESS' END,
         md5(g::text),
         CASE WHEN g % 33 = 0 THEN 'safe return planning' END,
         CASE WHEN g % 33 = 0 THEN ARRAY[u.id::text] END,
         '{}'::jsonb
    FROM generate_series(1, ${ROWS}) g, actions, users u
   WHERE u.i = g % 2000`;

interface Case {
  readonly name: string;
  readonly filter: AuditEventFilter;
  readonly second?: boolean;
}

async function main(): Promise<void> {
  await dropDatabase(DATABASE_URL).catch(() => undefined);
  await runMigrations(DATABASE_URL);
  const db = await new DataSource({ type: 'postgres', url: DATABASE_URL }).initialize();
  try {
    const started = Date.now();
    // Scratch data: the sealing queue would only be drained by a worker this script does not run.
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_enqueue`);
    await db.query(FILL);
    await db.query('VACUUM (ANALYZE) audit_event');
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM audit_event`);
    const [{ size }] = await db.query(`SELECT pg_size_pretty(pg_total_relation_size('audit_event')) AS size`);
    process.stdout.write(`${count} audit events (${size} with indexes), filled in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

    const [user] = await db.query(`SELECT actor_user_id AS id FROM audit_event WHERE actor_state = 'DE' LIMIT 1`);
    const [target] = await db.query(`SELECT target_type AS type, target_id AS id FROM audit_event WHERE target_state = 'DE' LIMIT 1`);
    const weekAgo = new Date(Date.now() - 7 * 86_400_000);
    const cases: Case[] = [
      { name: 'no filter (first page)', filter: {} },
      { name: 'no filter (second page, after a cursor)', filter: {}, second: true },
      { name: 'actor', filter: { actorUserId: user.id } },
      { name: 'action auth.sign-in', filter: { action: 'auth.sign-in' } },
      { name: 'action user.create', filter: { action: 'user.create' } },
      { name: 'target type and id', filter: { targetType: target.type, targetId: target.id } },
      { name: 'outcome DENIED', filter: { outcome: 'DENIED' } },
      { name: 'outcome FAILURE, action case.read', filter: { outcome: 'FAILURE', action: 'case.read' } },
      { name: 'with a stated purpose', filter: { withPurpose: true } },
      { name: 'time range (one week, a month ago)', filter: { from: new Date(weekAgo.getTime() - 30 * 86_400_000), to: weekAgo } },
      { name: 'action and time range', filter: { action: 'case.read', from: new Date(weekAgo.getTime() - 30 * 86_400_000), to: weekAgo } },
    ];
    for (const { name, filter, second } of cases) {
      let after;
      if (second) {
        const { sql, params } = stateTrailStatement('DE', filter, PAGE);
        const rows: { id: string; cursorAt: string }[] = await db.query(sql, [...params]);
        after = { at: rows[PAGE - 1].cursorAt, id: rows[PAGE - 1].id };
      }
      const { sql, params } = stateTrailStatement('DE', filter, PAGE, after);
      await explain(db, `auditEvents, State DE, ${name}`, sql, [...params]);
    }
    const [one] = await db.query(`SELECT id::text AS id FROM audit_event WHERE target_state = 'DE' AND actor_state <> 'DE' LIMIT 1`);
    await explain(db, 'auditEvent(id), State DE', STATE_EVENT_SQL, ['DE', one.id]);
  } finally {
    await db.destroy();
    if (!process.env.AUDIT_EXPLAIN_KEEP) await dropDatabase(DATABASE_URL);
  }
}

async function explain(db: DataSource, name: string, sql: string, params: unknown[]): Promise<void> {
  await db.query(sql, params); // warm the cache: the figures are of a working database, not a cold start
  const plan: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON) ${sql}`, params);
  process.stdout.write(`\n== ${name}\n${plan.map((row) => row['QUERY PLAN']).join('\n')}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`audit-explain failed: ${error.message}\n`);
  process.exit(1);
});
