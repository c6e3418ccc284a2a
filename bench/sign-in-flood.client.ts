import { parentPort, workerData } from 'node:worker_threads';
import { percentile } from './harness';

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }';

interface FloodOrder {
  url: string;
  perSecond: number;
  durationS: number;
  /** Makes this flood's e-mails its own. */
  run: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `perSecond` sign-ins a second for `durationS` seconds (open loop: a slow answer does not
 * slow the flood), each a wrong password for an unknown e-mail from an address of its own, then
 * waits for the answers, so the next measurement finds the gateway idle. Reports the answers.
 */
async function flood({ url, perSecond, durationS, run }: FloodOrder): Promise<string> {
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

void flood(workerData as FloodOrder).then((summary) => parentPort?.postMessage(summary));
