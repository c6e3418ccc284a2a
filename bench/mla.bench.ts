import { cpuTotal, describeCpu } from './cpu-use';
import { Bench, BenchContext, CONNECTIONS, CORES, Figures, ME_QUERY, print, ROUNDS, port } from './harness';

const BENCH_REQUESTS = 100_000;
/** Bench rows use a year of their own, so their references never meet the live counters. */
const BENCH_YEAR = 1999;
const LIST_QUERY = `query($filter: MlaRequestFilter) { mlaRequests(first: 20, filter: $filter) {
  edges { cursor node { id reference status overdue updatedAt requesting { agencyName stateCode } deadlines { kind dueAt overdue } } }
  pageInfo { hasNextPage endCursor } } }`;
const REQUEST_QUERY = 'query($id: ID!) { mlaRequest(id: $id) { id reference status version requesting { agencyName } deadlines { kind dueAt } } }';
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
async function transitions(ctx: BenchContext, name: string, token: string, agencyId: string, url?: string, workerPaused = false): Promise<Figures> {
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
    workerPaused,
    query: TRANSITION,
    load,
    variablesOf: (item) => ({
      input: { id: item.id, expectedVersion: item.version, action: item.status === 'POSTPONED' ? 'RESUME' : 'POSTPONE', reason: 'bench', until },
    }),
    update: (item, data: { transitionMlaRequest: { version: number; status: string } }) => Object.assign(item, data.transitionMlaRequest),
  });
}

/** The median of `values`. */
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * MLA: with 100,000 requests stored, the filtered `mlaRequests(first: 20)` list and one
 * `mlaRequest(id)` against `me` (targets >= 0.5 x me each), and lifecycle transitions under
 * concurrent clients against a bare floor doing less (JWT, read version, one statement, no
 * worker), measured in turn ROUNDS times. Targets (issue 17): transitions >= 0.5 x the floor's
 * throughput, p99 within 2 x the floor's p99 (medians of the rounds).
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
  const [{ id: requestId }]: { id: string }[] = await ctx.db.query(
    `SELECT id FROM mla_request WHERE requested_agency_id = $1 AND status = 'ACKNOWLEDGED' ORDER BY id LIMIT 1`,
    [agencyId],
  );
  // autocannon counts only HTTP errors: make sure the read answers without GraphQL errors first.
  await ctx.gql(REQUEST_QUERY, { id: requestId }, token);
  const { a: one } = await ctx.compare(
    { name: 'gateway: mlaRequest(id)', options: { token, query: REQUEST_QUERY, variables: { id: requestId } } },
    { name: 'gateway: me', options: { token, query: ME_QUERY } },
    0.5,
  );
  await ctx.startProcess('dist/bench/bare-transition-server.js', port(3903));
  const rounds: { moved: Figures; floor: Figures }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const moved = await transitions(ctx, 'gateway: transitionMlaRequest', token, agencyId);
    print(moved);
    const floor = await transitions(ctx, 'bare Node floor: one-statement step', token, agencyId, `http://127.0.0.1:${port(3903)}/`);
    print(floor);
    rounds.push({ moved, floor });
  }
  const throughput = rounds.map((r) => r.moved.rps / r.floor.rps);
  const p99 = rounds.map((r) => r.moved.p99 / r.floor.p99);
  const cpu = rounds.map((r) => cpuTotal(r.moved.cpu) / cpuTotal(r.floor.cpu));
  process.stdout.write(
    `transitions / floor: throughput ${median(throughput).toFixed(2)} (rounds ${throughput.map((x) => x.toFixed(2)).join(', ')}; target >= 0.50), ` +
      `p99 ${median(p99).toFixed(2)} (rounds ${p99.map((x) => x.toFixed(2)).join(', ')}; target <= 2.00)\n` +
      // When both fill the machine, throughput goes as the inverse of the CPU a request costs everything on it.
      `transitions / floor: CPU per request, all parts ${median(cpu).toFixed(2)} (rounds ${cpu.map((x) => x.toFixed(2)).join(', ')}; ` +
      `the throughput target needs at most 2.00 on a machine both fill)\n`,
  );
  // Where the difference goes: the same steps with the worker stopped (their events wait), i.e.
  // the gateway's own share, against the floor's (which has no worker after it).
  const alone = await transitions(ctx, 'gateway: transitionMlaRequest, worker paused', token, agencyId, undefined, true);
  print(alone);
  const lastFloor = rounds[rounds.length - 1].floor;
  process.stdout.write(
    `transitions with the worker paused / floor of the last round: throughput ${(alone.rps / lastFloor.rps).toFixed(2)}, p99 ${(alone.p99 / lastFloor.p99).toFixed(2)}, ` +
      `CPU per request ${(cpuTotal(alone.cpu) / cpuTotal(lastFloor.cpu)).toFixed(2)}\n`,
  );
  // The worker's share: the events the paused run left, done with the gateway idle. At or above
  // the paused rate, the worker keeps up with all the gateway can step on its own.
  const drained = await ctx.drain();
  process.stdout.write(
    `worker: ${drained.events} waiting events done at ${drained.perSecond.toFixed(0)}/s; / transitions with the worker paused: ${(drained.perSecond / alone.rps).toFixed(2)}\n` +
      `  ${describeCpu(drained.cpu, CORES, 'event')}\n`,
  );
  const last = rounds[rounds.length - 1];
  return [me, list, one, last.moved, last.floor];
};
