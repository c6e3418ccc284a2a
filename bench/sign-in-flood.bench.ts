import { Bench, Figures, ME_QUERY, percentile, print, ROUNDS } from './harness';

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }';
/** The flood: anonymous sign-ins per second, sent on time whether or not earlier ones were answered. */
const SIGN_INS_PER_SECOND = Number(process.env.BENCH_SIGN_INS_PER_SECOND ?? 50);
const FLOOD_PORT = 3920;
/** Target: `me` p99 under the flood at most this many times its quiet p99. */
const TARGET = 2;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `perSecond` sign-ins a second for `durationS` seconds (open loop: a slow answer does not
 * slow the flood), each a wrong password for an unknown e-mail from an address of its own, then
 * waits for the answers, so the next measurement finds the gateway idle. Reports the answers.
 */
async function signInFlood(url: string, perSecond: number, durationS: number, run: string): Promise<string> {
  const answers = new Map<string, number>();
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  const started = Date.now();
  for (let i = 0; (i * 1000) / perSecond < durationS * 1000; i++) {
    await pause(started + (i * 1000) / perSecond - Date.now());
    const sent = Date.now();
    const input = { email: `flood-${run}-${i}@nowhere.example`, password: 'wrong-password-flood' };
    const attempt = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      body: JSON.stringify({ query: SIGN_IN, variables: { i: input } }),
      signal: AbortSignal.timeout(60_000),
    })
      .then(async (response) => {
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        return `${response.status} ${body.errors?.[0]?.extensions?.code ?? 'OK'}`;
      })
      .catch((error: Error) => error.name)
      .then((answer) => {
        answers.set(answer, (answers.get(answer) ?? 0) + 1);
        latencies.push(Date.now() - sent);
      });
    inFlight.push(attempt);
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  const byAnswer = [...answers].map(([answer, n]) => `${answer} ×${n}`).join(', ');
  return `${inFlight.length} sign-ins in ${durationS} s (${perSecond}/s): ${byAnswer}; answered in p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms`;
}

/**
 * `me` p99 on a quiet gateway against the same while anonymous sign-ins hammer it. The gateway
 * measured is a second one whose limit on failures across accounts is off, so every attempt
 * reaches an argon2 verification or its queue: the worst case, which the spraying limit would
 * otherwise soon turn into cheap refusals. The two are measured in turn, ROUNDS times; the
 * median ratio is the figure. `THREADPOOL_NICENESS` and `UV_THREADPOOL_SIZE` reach the gateway
 * from the environment.
 */
export const signInFloodBench: Bench = async (ctx) => {
  await ctx.startProcess('dist/apps/gateway/src/main.js', FLOOD_PORT, { SIGN_IN_FAILURES_PER_MINUTE: '1000000' });
  const url = `http://127.0.0.1:${FLOOD_PORT}/graphql`;
  const token = await ctx.signIn('prosecutor.de@demo.example');
  const run = Date.now().toString(36);
  let floods = 0;
  const rounds: { quiet: Figures; flood: Figures; ratio: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const quiet = await ctx.measure('gateway: me, quiet', { url, token, query: ME_QUERY });
    print(quiet);
    const flood = await ctx.measure(`gateway: me, ${SIGN_INS_PER_SECOND} sign-ins/s`, {
      url,
      token,
      query: ME_QUERY,
      alongside: (durationS) => signInFlood(url, SIGN_INS_PER_SECOND, durationS, `${run}-${(floods += 1)}`),
    });
    print(flood);
    rounds.push({ quiet, flood, ratio: flood.p99 / quiet.p99 });
  }
  const median = [...rounds].sort((x, y) => x.ratio - y.ratio)[Math.floor(rounds.length / 2)];
  process.stdout.write(
    `ratio me p99 under sign-in flood / quiet: ${median.ratio.toFixed(2)} (median of ${rounds.length} rounds: ${rounds.map((r) => r.ratio.toFixed(2)).join(', ')}; target <= ${TARGET.toFixed(2)})\n`,
  );
  return [median.quiet, median.flood];
};
