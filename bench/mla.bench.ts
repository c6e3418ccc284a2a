import { Bench, BenchContext, CONNECTIONS, Figures, ME_QUERY, print } from './harness';

const BENCH_REQUESTS = 100_000;
/** Bench rows use a year of their own, so their references never meet the live counters. */
const BENCH_YEAR = 1999;
const LIST_QUERY = `query($filter: MlaRequestFilter) { mlaRequests(first: 20, filter: $filter) {
  edges { cursor node { id reference status overdue updatedAt requesting { agencyName stateCode } deadlines { kind dueAt overdue } } }
  pageInfo { hasNextPage endCursor } } }`;
const TRANSITION = `mutation($input: MlaTransitionInput!) { transitionMlaRequest(input: $input) { id status version } }`;

/** 100,000 requests between DE, RO and MD agencies, in every status, written straight to SQL. */
async function fill(ctx: BenchContext): Promise<void> {
  const [{ count }]: { count: number }[] = await ctx.db.query(
    `SELECT count(*)::int AS count FROM mla_request WHERE reference LIKE 'MLA-__-${BENCH_YEAR}-%'`,
  );
  if (count >= BENCH_REQUESTS) return;
  await ctx.db.query(
    `WITH parties AS (
       SELECT p.id AS requesting, p.state_code AS requesting_state, c.id AS requested, c.state_code AS requested_state, u.id AS author, row_number() OVER () - 1 AS n
         FROM agency p JOIN agency c ON c.kind = 'CENTRAL_AUTHORITY' AND c.state_code <> p.state_code
         JOIN app_user u ON u.agency_id = p.id AND 'PROSECUTOR' = ANY(u.roles)
        WHERE p.kind = 'PROSECUTION_SERVICE' AND p.state_code IN ('DE', 'RO') AND c.state_code IN ('MD', 'RO')
     )
     INSERT INTO mla_request (reference, requesting_agency_id, requesting_state, requested_agency_id, requested_state, legal_basis,
       measures, facts_summary, offences, language, status, submitted_at, received_at, decided_at, execution_due_at, next_due_at,
       created_by, created_at, updated_at)
     SELECT 'MLA-' || p.requesting_state || '-${BENCH_YEAR}-' || lpad(i::text, 6, '0'), p.requesting, p.requesting_state, p.requested,
            p.requested_state, 'UNTOC_ART18',
            jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'kind', 'BANK_RECORDS', 'details', 'bench', 'outcome', 'PENDING')),
            'bench facts', ARRAY['bench offence'], 'en',
            (ARRAY['SUBMITTED','ACKNOWLEDGED','IN_EXECUTION','EXECUTED','REFUSED'])[1 + i % 5],
            now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval,
            now() + ((i % 400) - 100 || ' days')::interval, now() + ((i % 400) - 100 || ' days')::interval,
            p.author, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
       FROM generate_series(1, ${BENCH_REQUESTS}) AS i
       JOIN parties p ON p.n = i % (SELECT count(*) FROM parties)
     ON CONFLICT (reference) DO NOTHING`,
  );
  await ctx.db.query(`ANALYZE mla_request`);
}

/**
 * CONNECTIONS clients, each moving requests of its own between IN_EXECUTION and POSTPONED,
 * through the gateway or (with `url`) through another server speaking the same protocol.
 */
async function transitions(ctx: BenchContext, name: string, token: string, agencyId: string, url?: string): Promise<Figures> {
  const load = (): Promise<{ id: string; version: number; status: string }[]> =>
    ctx.db.query(
      `SELECT id, version, status FROM mla_request WHERE requested_agency_id = $1 AND status IN ('IN_EXECUTION', 'POSTPONED')
        ORDER BY id LIMIT $2`,
      [agencyId, CONNECTIONS],
    );
  const until = new Date(Date.now() + 365 * 86_400_000).toISOString();
  return ctx.measureEach(`${name} x${CONNECTIONS}`, {
    url,
    token,
    query: TRANSITION,
    load,
    variablesOf: (item) => ({
      input: { id: item.id, expectedVersion: item.version, action: item.status === 'POSTPONED' ? 'RESUME' : 'POSTPONE', reason: 'bench', until },
    }),
    update: (item, data: { transitionMlaRequest: { version: number; status: string } }) => Object.assign(item, data.transitionMlaRequest),
  });
}

/**
 * MLA: with 100,000 requests stored, the filtered `mlaRequests(first: 20)` list against `me`,
 * and lifecycle transitions under concurrent clients against a bare floor. Targets: list >= 0.5 x me;
 * transition p99 < 50 ms.
 */
export const mlaBench: Bench = async (ctx) => {
  await fill(ctx);
  const token = await ctx.signIn('central_authority_officer.md@demo.example');
  const [{ agency_id: agencyId }]: { agency_id: string }[] = await ctx.db.query(
    `SELECT agency_id FROM app_user WHERE email = 'central_authority_officer.md@demo.example'`,
  );
  const filter = { direction: 'INCOMING', statuses: ['ACKNOWLEDGED', 'IN_EXECUTION'], stateCode: 'DE' };
  const { a: list, b: me } = await ctx.compare(
    { name: 'gateway: mlaRequests(first: 20)', options: { token, query: LIST_QUERY, variables: { filter } } },
    { name: 'gateway: me', options: { token, query: ME_QUERY } },
    0.5,
  );
  const moved = await transitions(ctx, 'gateway: transitionMlaRequest', token, agencyId);
  print(moved);
  await ctx.startProcess('dist/bench/bare-transition-server.js', 3902);
  const floor = await transitions(ctx, 'bare Node floor: one-statement step', token, agencyId, 'http://127.0.0.1:3902/');
  print(floor);
  process.stdout.write(
    `transition p99: ${moved.p99.toFixed(1)} ms (target < 50 ms; the bare floor, less work and no worker, ${floor.p99.toFixed(1)} ms)\n`,
  );
  return [me, list, moved, floor];
};
