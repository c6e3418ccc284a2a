import { readFileSync } from 'node:fs';
import { WebSocket } from 'ws';
import { DEMO_MLA_REQUEST_ID } from '@app/demo';
import { Bench, Figures, percentile, print, ROUNDS, port } from './harness';

const CLIENTS = Number(process.env.BENCH_LIVE_CLIENTS ?? 1000);
const CHANGES = Number(process.env.BENCH_LIVE_CHANGES ?? 30);
const LIVE_PORT = port(3930);
const FLOOR_PORT = port(3931);
/** Target: the gateway's p99 at most this many times the floor's. */
const TARGET = 2;
const MESSAGE = `mutation($input: PostMlaMessageInput!) { postMlaMessage(input: $input) { id } }`;
const SUBSCRIPTION = `subscription($id: ID!) { mlaRequestChanged(id: $id) { requestId } }`;

/** One socket that has begun to follow the request; `received` is told when a change arrives. */
interface Follower {
  socket: WebSocket;
  received: (() => void) | null;
}

const rssKiB = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

function open(url: string, onOpen: (socket: WebSocket) => void, isReady: (message: string) => boolean, protocol?: string): Promise<Follower> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, protocol);
    const follower: Follower = { socket, received: null };
    socket.once('open', () => onOpen(socket));
    socket.once('error', reject);
    socket.on('message', (data) => {
      const message = String(data);
      if (isReady(message)) resolve(follower);
      else follower.received?.();
    });
  });
}

/** A graphql-ws (graphql-transport-ws) subscription to the demo request, written out by hand so both sides cost the client the same. */
function followGateway(url: string, authorization: string): Promise<Follower> {
  return open(
    url,
    (socket) => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } })),
    (message) => message.includes('connection_ack'),
    'graphql-transport-ws',
  ).then((follower) => {
    follower.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { id: DEMO_MLA_REQUEST_ID } } }));
    return follower;
  });
}

function followFloor(url: string, authorization: string): Promise<Follower> {
  return open(url, (socket) => socket.send(JSON.stringify({ authorization, requestId: DEMO_MLA_REQUEST_ID })), (message) => message.includes('"ready"'));
}

/**
 * CHANGES messages posted one after the other; for each, the time from sending the committing
 * mutation to its change arriving on every socket. Gives the latencies, sorted.
 */
async function changesArriving(followers: Follower[], post: () => Promise<unknown>): Promise<{ latencies: number[]; lost: number }> {
  const latencies: number[] = [];
  let lost = 0;
  for (let change = 0; change < CHANGES; change++) {
    const sent = performance.now();
    const arrived = followers.map(
      (follower) =>
        new Promise<void>((resolve) => {
          const timeout = setTimeout(() => {
            lost += 1;
            follower.received = null;
            resolve();
          }, 10_000);
          follower.received = () => {
            clearTimeout(timeout);
            follower.received = null;
            latencies.push(performance.now() - sent);
            resolve();
          };
        }),
    );
    await post();
    await Promise.all(arrived);
  }
  return { latencies: latencies.sort((a, b) => a - b), lost };
}

async function measureSide(name: string, followers: Follower[], post: () => Promise<unknown>): Promise<Figures> {
  // Let every subscription reach Redis before the first change.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const { latencies, lost } = await changesArriving(followers, post);
  const figures = { name, rps: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors: lost };
  for (const follower of followers) follower.socket.close();
  return figures;
}

/**
 * `npm run bench -- live`: CLIENTS sockets follow one MLA request on a gateway of its own, and
 * then on the bare floor (bare-live-server.ts) that relays the same Redis signal; both are timed
 * from sending the committing mutation (postMlaMessage) to the change on each socket. Also the
 * gateway's memory per open, subscribed connection. ("req/s" below: changes delivered.)
 */
export const liveBench: Bench = async (ctx) => {
  const gateway = await ctx.startProcess('dist/apps/gateway/src/main.js', LIVE_PORT);
  await ctx.startProcess('dist/bench/bare-live-server.js', FLOOR_PORT);
  const authorization = `Bearer ${await ctx.signIn('central_authority_officer.md@demo.example')}`;
  const prosecutor = await ctx.signIn('prosecutor.de@demo.example');
  let posted = 0;
  const post = () => ctx.gql(MESSAGE, { input: { requestId: DEMO_MLA_REQUEST_ID, body: `Live bench ${(posted += 1)}` } }, prosecutor);

  const rounds: { live: Figures; floor: Figures; ratio: number; perConnection: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const before = rssKiB(gateway.pid ?? 0);
    const onGateway: Follower[] = [];
    for (let i = 0; i < CLIENTS; i++) onGateway.push(await followGateway(`ws://127.0.0.1:${LIVE_PORT}/graphql`, authorization));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const perConnection = (rssKiB(gateway.pid ?? 0) - before) / CLIENTS;
    const live = await measureSide(`gateway: ${CLIENTS} subscribers`, onGateway, post);
    print(live);
    const onFloor: Follower[] = [];
    for (let i = 0; i < CLIENTS; i++) onFloor.push(await followFloor(`ws://127.0.0.1:${FLOOR_PORT}`, authorization));
    const floor = await measureSide(`bare floor: ${CLIENTS} sockets`, onFloor, post);
    print(floor);
    rounds.push({ live, floor, ratio: live.p99 / floor.p99, perConnection });
  }
  // A p99 of 30 changes rests on a few slow ones: the median of the rounds' ratios is the figure.
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)];
  process.stdout.write(
    `gateway memory per subscribed connection: ${median.perConnection.toFixed(1)} KiB\n` +
      `ratio gateway p99 / floor p99: ${median.ratio.toFixed(2)} (median of ${rounds.length} rounds: ${rounds.map((r) => r.ratio.toFixed(2)).join(', ')}; target <= ${TARGET.toFixed(2)}); ${CHANGES} changes to ${CLIENTS} sockets each\n`,
  );
  return [median.live, median.floor];
};
