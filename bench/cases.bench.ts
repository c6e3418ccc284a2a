import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '@app/identity';
import { Bench, BenchContext, Figures, ME_QUERY, percentile, print } from './harness';

/** Ten States with no part in the demo story, each with a police and a prosecution agency. */
const BENCH_STATES = ['BE', 'BG', 'CZ', 'ES', 'FR', 'HU', 'IT', 'NL', 'PL', 'SK'] as const;
const CASES_PER_AGENCY = 500; // 10 States x 2 agencies x 500 = 10,000 cases
const IDENTIFIERS_PER_CASE = 100; // 1,000,000 identifiers
const ADDITIONS = 500;
const CASES_QUERY = `{ cases(first: 20) { edges { cursor node { id nationalReference title status formsOfExploitation updatedAt } } pageInfo { hasNextPage endCursor } } }`;

/** The generated e-mail identifier number `n` (n = case × 100 + j, an e-mail when j % 4 = 0). */
const benchEmail = (n: number) => `person${n}@bench.example`;

/**
 * Seeds the bench world once (10,000 cases, 1,000,000 identifiers) in SQL: generate_series
 * for the rows and pgcrypto's hmac() for the blind indexes, in the worker's exact format
 * ('<type>:<normalised value>' under BLIND_INDEX_KEY), so generated and worker-computed indexes meet.
 */
async function generate(db: DataSource, blindIndexKey: string, passwordHash: string): Promise<void> {
  const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM case_file WHERE national_reference LIKE 'BENCH-%'`);
  if (n >= BENCH_STATES.length * 2 * CASES_PER_AGENCY) return;
  const started = Date.now();
  process.stdout.write('generating 10,000 cases and 1,000,000 identifiers ... ');
  await db.transaction(async (m) => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of BENCH_STATES) {
      await m.query(`INSERT INTO state (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [code, names.of(code)]);
    }
    await m.query(
      `INSERT INTO agency (state_code, name, kind)
       SELECT s, 'Bench ' || k || ' ' || s, k FROM unnest($1::text[]) s, unnest(ARRAY['POLICE','PROSECUTION_SERVICE']) k
       ON CONFLICT (state_code, name) DO NOTHING`,
      [BENCH_STATES],
    );
    await m.query(
      `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles)
       SELECT 'bench.' || lower(a.state_code) || '.' || lower(a.kind) || '@bench.example', 'Bench officer ' || a.state_code,
              $1, a.id, ARRAY['PROSECUTOR','LIAISON_OFFICER']
         FROM agency a WHERE a.name LIKE 'Bench %'
       ON CONFLICT (email) DO NOTHING`,
      [passwordHash],
    );
    await m.query(
      `INSERT INTO case_file (agency_id, national_reference, title, status, forms_of_exploitation, contact_user_id, updated_at)
       SELECT a.id, 'BENCH-' || a.state_code || '-' || left(a.kind, 3) || '-' || g, 'Generated case ' || g, 'OPEN',
              ARRAY['LABOUR'], u.id, now() - g * interval '1 minute'
         FROM agency a JOIN app_user u ON u.agency_id = a.id, generate_series(1, $1::int) g
        WHERE a.name LIKE 'Bench %'
       ON CONFLICT (agency_id, national_reference) DO NOTHING`,
      [CASES_PER_AGENCY],
    );
    await m.query(
      `INSERT INTO case_identifier (case_id, type, value, role, blind_index)
       SELECT c.id, v.type, v.value, 'SUSPECT', hmac(v.type || ':' || v.value, $1, 'sha256')
         FROM (SELECT id, row_number() OVER (ORDER BY national_reference) - 1 AS k
                 FROM case_file WHERE national_reference LIKE 'BENCH-%') c,
              generate_series(0, $2::int - 1) j,
              LATERAL (SELECT c.k * $2::int + j AS n) num,
              LATERAL (SELECT CASE j % 4 WHEN 0 THEN 'EMAIL' WHEN 1 THEN 'PASSPORT' WHEN 2 THEN 'VEHICLE' ELSE 'BANK_ACCOUNT' END AS type,
                              CASE j % 4 WHEN 0 THEN 'person' || num.n || '@bench.example'
                                         WHEN 1 THEN 'PB' || lpad(num.n::text, 9, '0')
                                         WHEN 2 THEN 'BV' || num.n
                                         ELSE 'ACC' || lpad(num.n::text, 10, '0') END AS value) v`,
      [blindIndexKey, IDENTIFIERS_PER_CASE],
    );
  });
  await db.query(`ANALYZE case_file; ANALYZE case_identifier`);
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

/** Time from sending addIdentifier to the owner's match notification being stored, for additions that hit. */
async function measureHitLatency(ctx: BenchContext): Promise<Figures> {
  const token = await ctx.signIn('prosecutor.de@demo.example');
  const [{ id: userId }]: { id: string }[] = await ctx.db.query(`SELECT id FROM app_user WHERE email = 'prosecutor.de@demo.example'`);
  const created = await ctx.gql<{ createCase: { id: string } }>(
    `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
    { i: { nationalReference: `BENCH-HITS-${Date.now()}`, title: 'Bench: identifiers that hit', formsOfExploitation: ['LABOUR'] } },
    token,
  );
  const caseId = created.createCase.id;
  // Only this run's notifications are counted (an index range): the user keeps every notice
  // of earlier runs, the MLA bench's included, and counting all of them would be what is timed.
  const since = new Date(Date.now() - 60_000);
  const stored = async (): Promise<number> => {
    const [{ n }]: { n: number }[] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM notification n JOIN case_match mt ON mt.id::text = n.subject_id
        WHERE n.recipient_user_id = $1 AND n.created_at >= $3 AND (mt.case_a_id = $2 OR mt.case_b_id = $2)`,
      [userId, caseId, since],
    );
    return n;
  };
  // One e-mail of each of ADDITIONS distinct generated cases: a second hit on the same pair is no new match.
  const generatedCases = BENCH_STATES.length * 2 * CASES_PER_AGENCY;
  const pickedCases = new Set<number>();
  while (pickedCases.size < ADDITIONS) pickedCases.add(randomInt(0, generatedCases));
  const picked = [...pickedCases].map((k) => k * IDENTIFIERS_PER_CASE + 4 * randomInt(0, IDENTIFIERS_PER_CASE / 4));
  const latencies: number[] = [];
  let expected = 0;
  for (const n of picked) {
    const started = performance.now();
    await ctx.gql(
      `mutation($i: AddIdentifierInput!) { addIdentifier(input: $i) { id } }`,
      { i: { caseId, type: 'EMAIL', value: benchEmail(n), role: 'SUSPECT' } },
      token,
    );
    expected += 1;
    const deadline = Date.now() + 10_000;
    while ((await stored()) < expected) {
      if (Date.now() > deadline) throw new Error(`no match notification for addition ${expected} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const total = latencies.reduce((sum, ms) => sum + ms, 0);
  return {
    name: 'addIdentifier → match notification',
    rps: (1000 * latencies.length) / total,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: 0,
  };
}

/**
 * Cases: 1,000,000 identifiers over 10,000 cases in 10 States; the latency from an
 * identifier that hits to the stored notification (target p99 < 250 ms), and the `cases`
 * list (first: 20) of an agency holding 500 cases against `me` (target ≥ 0.5 of it).
 */
export const casesBench: Bench = async (ctx) => {
  await generate(ctx.db, ctx.config.BLIND_INDEX_KEY, await hashPassword(ctx.config.DEMO_PASSWORD));
  const hits = await measureHitLatency(ctx);
  print(hits);
  process.stdout.write(`hit latency p99 ${hits.p99.toFixed(1)} ms (target < 250 ms)\n`);
  const officer = await ctx.signIn('bench.fr.police@bench.example');
  const { a: cases, b: me } = await ctx.compare(
    { name: 'gateway: GraphQL cases(first: 20)', options: { token: officer, query: CASES_QUERY } },
    { name: 'gateway: GraphQL me', options: { token: officer, query: ME_QUERY } },
    0.5,
  );
  return [hits, cases, me];
};
