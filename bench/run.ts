import { Bench, CONNECTIONS, DURATION_S, WARMUP_S, withBenchStack } from './harness';
import { handoffsBench } from './handoffs.bench';
import { liveBench } from './live.bench';
import { casesBench } from './cases.bench';
import { consoleBench } from './console.bench';
import { meBench } from './me.bench';
import { mlaBench } from './mla.bench';
import { signInFloodBench } from './sign-in-flood.bench';

/**
 * `npm run bench [-- name ...]`: runs the named benchmarks (all by default) against the
 * built apps. Not a test: it prints figures.
 */
const BENCHES: Record<string, Bench> = {
  me: meBench,
  mla: mlaBench,
  cases: casesBench,
  handoffs: handoffsBench,
  console: consoleBench,
  'sign-in-flood': signInFloodBench,
  live: liveBench,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !BENCHES[name]);
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  const names = wanted.length ? wanted : Object.keys(BENCHES);
  process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per measurement after ${WARMUP_S} s of warm-up\n`);
  await withBenchStack(async (ctx) => {
    for (const name of names) {
      process.stdout.write(`\n== ${name}\n`);
      // A maintained database is what is measured; the PostgreSQL running the bench may have autovacuum off.
      await ctx.db.query('VACUUM (ANALYZE)');
      await BENCHES[name](ctx);
    }
  });
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
