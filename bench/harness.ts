import autocannon from 'autocannon';
import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig, parseConfig } from '@app/config';
import { queryPrepared, runMigrations } from '@app/database';
import { seedDemoWorld } from '@app/demo';
import { hashPassword } from '@app/identity';
import { cpuPerUnit, describeCpu, readCpu, StackParts, stopReadingCpu } from './cpu-use';

/**
 * Shared machinery of `npm run bench`: a bench database with the demo world, the built
 * gateway and worker as their own processes, autocannon measurements and printing.
 */
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
/** Unmeasured load first, so a freshly started process is judged after its JIT warm-up. */
export const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
/** Rounds of a comparison: two figures from one run each moved ±15 % here, their ratio more. */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Shifts every port a benchmark listens on (3900 and up), so that two benchmarks can run side by side. */
const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 0);
export const port = (base: number): number => base + PORT_OFFSET;
/** The foundation's `me` query, the baseline the list benchmarks are compared with. */
export const ME_QUERY = '{ me { id email roles agency { id name kind state { code name } } } }';

export const benchEnv: Record<string, string | undefined> = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/coordination_bench',
  QUEUE_PREFIX: 'bench',
  JWT_SECRET: 'bench-only-jwt-secret-0123456789abcdefghij',
  AUDIT_SIGNING_SEED: '11'.repeat(32),
  BLIND_INDEX_KEY: 'bench-only-blind-index-key-0123456789abcdef',
  VICTIM_DATA_KEYS: `bench1:${Buffer.alloc(32, 7).toString('base64')}`,
  VICTIM_DATA_ACTIVE_KEY: 'bench1',
  DATABASE_POOL_SIZE: '20',
  // Production requires a second factor of everyone; the bench signs its demo users in with a password.
  SECOND_FACTOR_REQUIRED_ROLES: '',
};

export interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU per request of each part of the stack (gateway, worker, postgres, redis, the load generator), in ms. */
  cpu?: Record<string, number>;
}

export interface MeasureOptions {
  url?: string;
  token: string;
  query?: string;
  variables?: Record<string, unknown>;
  /** Other load sent alongside each run (the warm-up's too); what it reports is printed after the measured run's figures. */
  alongside?: Alongside;
}

/** Load beside a measurement, such as a flood of sign-ins: sends for `durationS` seconds, then says how it went. */
export type Alongside = (durationS: number) => Promise<string>;

/** One side of a comparison: the name its figures are printed under, and what `measure` takes. */
export interface Side {
  name: string;
  options: MeasureOptions;
}

export interface Comparison {
  /** The median of the rounds' ratios a / b. */
  ratio: number;
  /** Each side's figures from the round with the median ratio. */
  a: Figures;
  b: Figures;
}

export interface BenchContext {
  config: AppConfig;
  db: DataSource;
  gatewayUrl: string;
  /** Starts another server script (port in PORT) and stops it when the run ends. */
  startProcess(script: string, port: number, env?: Record<string, string>): Promise<ChildProcess>;
  signIn(email: string): Promise<string>;
  gql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T>;
  measure(name: string, options: MeasureOptions): Promise<Figures>;
  /**
   * The throughput ratio a / b against `target`: a and b are measured in turn, ROUNDS times
   * (a, b, a, b ...), so both meet the same moments of a noisy machine; every round is
   * printed, and the median ratio with the target.
   */
  compare(a: Side, b: Side, target: number): Promise<Comparison>;
  /**
   * Like measure, for commands that change what they act on: each request takes an item
   * (at least one per connection), sends `variablesOf(item)`, and hands the answer's data to
   * `update(item, data)` before the item goes back to the pool. `load` gives the items as
   * they are now; it is called before every run, since a run stops with requests in flight.
   */
  measureEach<T, D>(name: string, options: EachOptions<T, D>): Promise<Figures>;
  /**
   * How fast the worker does the events waiting for it (left by a run with the worker paused),
   * with the gateway idle: events per second, from now until none is left.
   */
  drain(): Promise<{ events: number; perSecond: number; cpu: Record<string, number> }>;
}

/** What measureEach takes: see there. */
export interface EachOptions<T, D> {
  url?: string;
  token: string;
  query: string;
  load: () => Promise<T[]>;
  variablesOf: (item: T) => Record<string, unknown>;
  update: (item: T, data: D) => void;
  /**
   * Measures with the worker stopped (SIGSTOP; the events wait in the outbox and are done once
   * it goes on): what the command costs on its own, without the work its events cause.
   */
  workerPaused?: boolean;
}

export type Bench = (ctx: BenchContext) => Promise<Figures[]>;

export function print(f: Figures): void {
  process.stdout.write(
    `${f.name.padEnd(36)} ${f.rps.toFixed(0).padStart(8)} req/s   p50 ${f.p50.toFixed(1).padStart(7)} ms   p99 ${f.p99.toFixed(1).padStart(7)} ms   errors ${f.errors}\n`,
  );
  if (f.cpu) process.stdout.write(`  ${describeCpu(f.cpu, CORES, 'request')}\n`);
}

/** The cores the stack and the load generator share: CPU per request against them bounds the throughput. */
export const CORES = availableParallelism();

export function percentile(sortedMs: number[], p: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)];
}

async function waitUntilListening(port: number): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/health/live`);
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return false;
}

/** Longest a measurement waits for the worker to finish the work left by the one before. */
const SETTLE_TIMEOUT_MS = 60_000;

/**
 * Waits until the worker has caught up (every event processed, every audit row sealed), so
 * a measurement does not share the machine with the work the previous one left behind.
 */
async function settle(db: DataSource): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const [{ left }]: { left: number }[] = await db.query(
      `SELECT (SELECT count(*) FROM outbox_event WHERE processed_at IS NULL) + (SELECT count(*) FROM audit_pending) AS left`,
    );
    if (Number(left) === 0) return;
    if (Date.now() > deadline) {
      process.stdout.write(`(the worker still had ${left} events and audit rows to do; measuring anyway)\n`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function figuresOf(name: string, result: autocannon.Result): Figures {
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** The processes of the stack now, and the CPU each part uses while `work` runs, per unit of work it reports. */
async function accounted<T>(parts: () => Promise<StackParts>, work: () => Promise<T>, units: (done: T) => number): Promise<{ done: T; cpu: Record<string, number> }> {
  const first = await parts();
  const before = await readCpu(first);
  const done = await work();
  // Processes born during the work (a new pool connection's backend) count too.
  const then = await parts();
  const all = Object.fromEntries(Object.keys(then).map((part) => [part, [...new Set([...(first[part] ?? []), ...then[part]])]]));
  return { done, cpu: cpuPerUnit(all, before, await readCpu(all), units(done)) };
}

/**
 * Warm-up (unmeasured), then the measured run, each after the worker has caught up; with
 * `paused`, the worker is stopped from the warm-up to the end of the run. The CPU of the
 * measured run, and of the worker catching up after it, is accounted to the parts of the stack.
 */
async function measured(
  db: DataSource,
  parts: () => Promise<StackParts>,
  name: string,
  run: (duration: number) => Promise<autocannon.Result>,
  paused?: ChildProcess,
): Promise<Figures> {
  await settle(db);
  paused?.kill('SIGSTOP');
  try {
    if (WARMUP_S > 0) await run(WARMUP_S);
    if (!paused) await settle(db);
    // Until the worker has done what the run left, so the CPU per request includes its events' work.
    const work = async () => {
      const result = await run(DURATION_S);
      if (!paused) await settle(db);
      return result;
    };
    const { done, cpu } = await accounted(parts, work, (result) => result.requests.total);
    return { ...figuresOf(name, done), cpu };
  } finally {
    paused?.kill('SIGCONT');
  }
}

export async function withBenchStack(run: (ctx: BenchContext) => Promise<void>): Promise<void> {
  const config = parseConfig(benchEnv);
  await runMigrations(config.DATABASE_URL);
  const db = await new DataSource({ type: 'postgres', url: config.DATABASE_URL, extra: { max: 20 } }).initialize();
  await db.transaction(async (m) => seedDemoWorld(m, await hashPassword(config.DEMO_PASSWORD)));
  const children: { part: string; child: ChildProcess }[] = [];
  const redis = new Redis(config.REDIS_URL);
  const redisPid = Number(/process_id:(\d+)/.exec(await redis.info('server'))?.[1]);
  await redis.quit();
  /** Each part of the stack with its processes: the ones started here, PostgreSQL's, Redis and this one (the load generator). */
  const parts = async (): Promise<StackParts> => {
    const started: StackParts = {};
    for (const { part, child } of children) if (child.pid && child.exitCode === null) started[part] = [...(started[part] ?? []), child.pid];
    const backends = await queryPrepared<{ pid: number }>(db, `SELECT pid FROM pg_stat_activity`, []);
    return { ...started, postgres: backends.map(({ pid }) => pid), redis: redisPid ? [redisPid] : [], 'load generator': [process.pid] };
  };

  const startProcess = async (script: string, port: number, env: Record<string, string> = {}) => {
    // Something answering already would be measured in the new process's stead (another bench running).
    const taken = await fetch(`http://127.0.0.1:${port}/health/live`).then(() => true, () => false);
    if (taken) throw new Error(`port ${port} is taken (is another benchmark running?)`);
    // BENCH_PROFILE=1: each process writes a CPU profile when it stops (bench-profiles/*.cpuprofile,
    // opened in Chrome's DevTools), to see where the time goes.
    const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=bench-profiles'] : [];
    const child = spawn(process.execPath, [...profile, script], {
      env: { ...benchEnv, PORT: String(port), WORKER_PORT: String(port), ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // The part it plays: the app's name (gateway, worker), else the script's (a bare floor).
    children.push({ part: /apps\/(\w+)\//.exec(script)?.[1] ?? basename(script, '.js'), child });
    if (!(await waitUntilListening(port))) throw new Error(`${script} did not start listening on port ${port}`);
    return child;
  };

  let worker: ChildProcess | undefined;
  const gatewayPort = port(3900);
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const gql = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`bench request failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const signIn = async (email: string) =>
    (
      await gql<{ signIn: { accessToken: string } }>(
        'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
        { i: { email, password: config.DEMO_PASSWORD } },
        '',
      )
    ).signIn.accessToken;
  const measure: BenchContext['measure'] = async (name, options) => {
    let beside: string | undefined;
    const run = async (duration: number) => {
      const alongside = options.alongside?.(duration);
      const result = await autocannon({
        url: options.url ?? gatewayUrl,
        connections: CONNECTIONS,
        duration,
        method: options.query ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
        body: options.query ? JSON.stringify({ query: options.query, variables: options.variables }) : undefined,
      });
      beside = await alongside;
      return result;
    };
    const figures = await measured(db, parts, name, run);
    if (beside) process.stdout.write(`  alongside: ${beside}\n`);
    return figures;
  };
  const compare: BenchContext['compare'] = async (a, b, target) => {
    const rounds: Comparison[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const figures = { a: await measure(a.name, a.options), b: await measure(b.name, b.options) };
      print(figures.a);
      print(figures.b);
      rounds.push({ ratio: figures.a.rps / figures.b.rps, ...figures });
    }
    const median = [...rounds].sort((x, y) => x.ratio - y.ratio)[Math.floor(rounds.length / 2)];
    const each = rounds.map((r) => r.ratio.toFixed(2)).join(', ');
    process.stdout.write(
      `ratio ${a.name} / ${b.name}: ${median.ratio.toFixed(2)} (median of ${rounds.length} rounds: ${each}; target >= ${target.toFixed(2)})\n`,
    );
    return median;
  };
  const measureEach: BenchContext['measureEach'] = async <T, D>(
    name: string,
    options: EachOptions<T, D>,
  ) => {
    let free: T[] = [];
    let failed = 0;
    const run = async (duration: number) => {
      // Requests cut off by the end of the previous run may still be finishing.
      await new Promise((resolve) => setTimeout(resolve, 500));
      free = await options.load();
      failed = 0;
      if (free.length < CONNECTIONS) throw new Error(`${name}: ${free.length} items for ${CONNECTIONS} connections`);
      return autocannon({
        url: options.url ?? gatewayUrl,
        connections: CONNECTIONS,
        duration,
        method: 'POST',
        headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (request, context: { item?: T }) => {
              const item = free.shift();
              if (item === undefined) throw new Error(`${name}: no free item`);
              context.item = item;
              return { ...request, body: JSON.stringify({ query: options.query, variables: options.variablesOf(item) }) };
            },
            onResponse: (_status, body, context: { item?: T }) => {
              const item = context.item as T;
              const answer = JSON.parse(body) as { data?: D; errors?: unknown[] };
              if (answer.data && !answer.errors) options.update(item, answer.data);
              else failed += 1;
              free.push(item);
            },
          },
        ],
      });
    };
    const figures = await measured(db, parts, name, run, options.workerPaused ? worker : undefined);
    return { ...figures, errors: figures.errors + failed };
  };

  const drain: BenchContext['drain'] = async () => {
    const waiting = async () =>
      Number((await db.query(`SELECT count(*) AS n FROM outbox_event WHERE processed_at IS NULL`))[0].n);
    const started = Date.now();
    const events = await waiting();
    const deadline = started + SETTLE_TIMEOUT_MS;
    const { done: left, cpu } = await accounted(
      parts,
      async () => {
        while ((await waiting()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
        return waiting();
      },
      (stillWaiting) => events - stillWaiting,
    );
    return { events: events - left, perSecond: ((events - left) * 1000) / (Date.now() - started), cpu };
  };

  try {
    await startProcess('dist/apps/gateway/src/main.js', gatewayPort);
    worker = await startProcess('dist/apps/worker/src/main.js', port(3910));
    await run({ config, db, gatewayUrl, startProcess, signIn, gql, measure, compare, measureEach, drain });
  } finally {
    for (const { child } of children) child.kill();
    stopReadingCpu();
    await db.destroy();
  }
}
