import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { DataSource } from 'typeorm';
import { parseConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { seedDemoWorld } from '@app/demo';
import { hashPassword } from '@app/identity';

/**
 * `npm run bench`: starts the gateway and a bare Node handler doing the same work, on a
 * bench database, and measures both with autocannon in the same run.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const GATEWAY_PORT = 3900;
const BARE_PORT = 3901;
const ME_QUERY = '{ me { id email roles agency { id name kind state { code name } } } }';

const env = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/coordination_bench',
  JWT_SECRET: 'bench-only-jwt-secret-0123456789abcdefghij',
  AUDIT_SIGNING_SEED: '11'.repeat(32),
  DATABASE_POOL_SIZE: '20',
};

/** Starts a server script as its own process and waits until it accepts HTTP requests. */
async function start(script: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/health/live`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`${script} did not start listening on port ${port}`);
}

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(name: string, url: string, token: string, body?: string): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  const errors = result.errors + result.non2xx;
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

function print(f: Figures): void {
  process.stdout.write(
    `${f.name.padEnd(28)} ${f.rps.toFixed(0).padStart(8)} req/s   p50 ${f.p50.toFixed(1).padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms   errors ${f.errors}\n`,
  );
}

async function main(): Promise<void> {
  const config = parseConfig(env);
  await runMigrations(config.DATABASE_URL);
  const db = await new DataSource({ type: 'postgres', url: config.DATABASE_URL }).initialize();
  await db.transaction(async (m) => seedDemoWorld(m, await hashPassword(config.DEMO_PASSWORD)));
  await db.destroy();

  const gateway = await start('dist/apps/gateway/src/main.js', GATEWAY_PORT);
  const bare = await start('dist/bench/bare-me-server.js', BARE_PORT);
  try {
    const signIn = await fetch(`http://127.0.0.1:${GATEWAY_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
        variables: { i: { email: 'prosecutor.de@demo.example', password: config.DEMO_PASSWORD } },
      }),
    });
    const token = ((await signIn.json()) as { data: { signIn: { accessToken: string } } }).data.signIn.accessToken;

    process.stdout.write(`me query, ${CONNECTIONS} connections, ${DURATION_S} s each (autocannon)\n`);
    const viaGateway = await measure('gateway (GraphQL me)', `http://127.0.0.1:${GATEWAY_PORT}/graphql`, token, JSON.stringify({ query: ME_QUERY }));
    print(viaGateway);
    const viaBare = await measure('bare Node handler', `http://127.0.0.1:${BARE_PORT}/`, token);
    print(viaBare);
    process.stdout.write(`ratio gateway / bare: ${(viaGateway.rps / viaBare.rps).toFixed(2)} (target >= 0.50)\n`);
  } finally {
    gateway.kill();
    bare.kill();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
