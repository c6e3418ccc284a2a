import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Bench, Figures, ME_QUERY, print, port } from './harness';

/** The flood: anonymous sign-ins per second, sent on time whether or not earlier ones were answered. */
const SIGN_INS_PER_SECOND = Number(process.env.BENCH_SIGN_INS_PER_SECOND ?? 50);
const FLOOD_PORT = port(3920);
/** Target: `me` p99 under the flood at most this many times its quiet p99. */
const TARGET = 2;
/** A p99 under a flood moves more than a throughput: five rounds unless BENCH_ROUNDS says otherwise. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Runs the flood (sign-in-flood.client.ts) in a thread of its own, so its client work does not delay autocannon's timings. */
function signInFlood(url: string, perSecond: number, durationS: number, run: string): Promise<string> {
  const worker = new Worker(join(__dirname, 'sign-in-flood.client.js'), { workerData: { url, perSecond, durationS, run } });
  return new Promise((resolve, reject) => {
    worker.once('message', (summary: string) => resolve(summary));
    worker.once('error', reject);
  });
}

/**
 * `me` p99 on a quiet gateway against the same while anonymous sign-ins hammer it. The gateway
 * measured is a second one whose limit on failures across accounts is off, so every attempt
 * reaches an argon2 verification or its queue: the worst case, which the spraying limit would
 * otherwise soon turn into cheap refusals. The two are measured in turn (quiet, flood, quiet,
 * flood ...), ROUNDS times, so both meet the same moments of a shared machine; the median of
 * the rounds' ratios is the figure. `THREADPOOL_NICENESS` and `UV_THREADPOOL_SIZE` reach the gateway
 * from the environment.
 */
export const signInFloodBench: Bench = async (ctx) => {
  await ctx.startProcess('dist/apps/gateway/src/main.js', FLOOD_PORT, { SIGN_IN_FAILURES_PER_MINUTE: '1000000' });
  // Its limiters count in Redis once the shared client is connected, which the first readiness probe does in production.
  const ready = await fetch(`http://127.0.0.1:${FLOOD_PORT}/health/ready`);
  if (!ready.ok) throw new Error(`the flood gateway is not ready (${ready.status})`);
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
