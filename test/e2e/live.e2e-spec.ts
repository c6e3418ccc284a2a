import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_MLA_REQUEST_ID } from '@app/demo';
import { DeadlineSweeper } from '@app/deadlines';
import { createPrivateDatabase } from '../support/private-database';
import { Stack, startStack } from '../support/stack';

const MESSAGE = `mutation($input: PostMlaMessageInput!) { postMlaMessage(input: $input) { id } }`;
const REQUEST_CHANGED = `subscription($id: ID!) { mlaRequestChanged(id: $id) { requestId } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind message subjectId } }`;
const VERSION = `query($id: ID!) { mlaRequest(id: $id) { version status } }`;
const TRANSITION = `mutation($input: MlaTransitionInput!) { transitionMlaRequest(input: $input) { status } }`;

interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws client of one gateway, signed in with `token`; `closed` settles when the server closes it. */
function liveClient(stack: Stack, token: string | null): { client: Client; closed: Promise<Closed> } {
  let onClosed: (closed: Closed) => void = () => undefined;
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${stack.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => onClosed(event as Closed) },
  });
  return { client, closed };
}

/** The first result of a subscription, or what ended it first. */
async function firstOf<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: { extensions?: { code?: string } }[] }> {
  const results = client.iterate<T>({ query, variables });
  const { value } = await results.next();
  await results.return?.();
  return value ?? {};
}

/** Subscribes and gives the next result once `act` has run (the subscription is set up first). */
async function nextAfter<T>(client: Client, query: string, variables: Record<string, unknown>, act: () => Promise<unknown>): Promise<T | undefined> {
  const results = client.iterate<T>({ query, variables });
  const next = results.next();
  // The server subscribes to Redis when the subscription starts; give it a moment before acting.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await act();
  const { value } = await Promise.race([next, new Promise<IteratorResult<never>>((_, reject) => setTimeout(() => reject(new Error('no live message within 10 s')), 10_000))]);
  await results.return?.();
  return value?.data ?? undefined;
}

/**
 * Live subscriptions across gateways: two gateways (and a worker) on one database and one Redis;
 * a change made through one reaches a subscriber of the other, after its commit, and only a
 * subscriber the access rules let read it. Its own database: it writes to the demo request.
 */
describe('Live subscriptions over graphql-ws (two gateways)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let first: Stack;
  let second: Stack;

  beforeAll(async () => {
    database = await createPrivateDatabase('live_e2e');
    first = await startStack({ worker: true, overrides: { DATABASE_URL: database.url } });
    second = await startStack({ overrides: { DATABASE_URL: database.url } });
  }, 120_000);

  afterAll(async () => {
    await second?.close();
    await first?.close();
    await database?.drop();
  });

  it('a message posted through one gateway reaches the other side on the other gateway, as a change and as a notification', async () => {
    const officer = liveClient(second, await second.signIn('central_authority_officer.md@demo.example'));
    const prosecutor = await first.signIn('prosecutor.de@demo.example');
    const post = () => first.gql(MESSAGE, { input: { requestId: DEMO_MLA_REQUEST_ID, body: 'Live: are the records ready?' } }, prosecutor);
    const change = await nextAfter<{ mlaRequestChanged: { requestId: string } }>(officer.client, REQUEST_CHANGED, { id: DEMO_MLA_REQUEST_ID }, post);
    expect(change).toEqual({ mlaRequestChanged: { requestId: DEMO_MLA_REQUEST_ID } });
    const notice = await nextAfter<{ notificationAdded: { subjectId: string; message: string } }>(officer.client, NOTIFICATION_ADDED, {}, post);
    expect(notice?.notificationAdded.subjectId).toBe(DEMO_MLA_REQUEST_ID);
    // Never content: the notice names the request, not what the message said.
    expect(notice?.notificationAdded.message).not.toContain('records ready');
    await officer.client.dispose();
  });

  it("tells a subscriber of the worker's own step too: the end of a postponement resumes the request, live", async () => {
    const officer = await first.signIn('central_authority_officer.md@demo.example');
    const prosecutor = liveClient(second, await second.signIn('prosecutor.de@demo.example'));
    const read = async () => (await first.gql<{ mlaRequest: { version: number; status: string } }>(VERSION, { id: DEMO_MLA_REQUEST_ID }, officer)).data!.mlaRequest;
    const until = Date.now() + 1000;
    const postponed = await first.gql<{ transitionMlaRequest: { status: string } }>(
      TRANSITION,
      { input: { id: DEMO_MLA_REQUEST_ID, expectedVersion: (await read()).version, action: 'POSTPONE', reason: 'Live: domestic search first', until: new Date(until).toISOString() } },
      officer,
    );
    expect(postponed.data?.transitionMlaRequest.status).toBe('POSTPONED');
    const sweepWhenDue = async () => {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now()) + 100));
      await first.worker!.get(DeadlineSweeper).sweepOnce(new Date());
    };
    const change = await nextAfter<{ mlaRequestChanged: { requestId: string } }>(prosecutor.client, REQUEST_CHANGED, { id: DEMO_MLA_REQUEST_ID }, sweepWhenDue);
    expect(change).toEqual({ mlaRequestChanged: { requestId: DEMO_MLA_REQUEST_ID } });
    // Told after the commit: the subscriber's read already finds the request resumed.
    expect((await read()).status).toBe('IN_EXECUTION');
    await prosecutor.client.dispose();
  });

  it('refuses a subscription to a request of another State as a read would: NOT_FOUND', async () => {
    const outsider = liveClient(second, await second.signIn('prosecutor.ro@demo.example'));
    const result = await firstOf(outsider.client, REQUEST_CHANGED, { id: DEMO_MLA_REQUEST_ID });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await outsider.client.dispose();
  });

  it('refuses a connection without a valid access token', async () => {
    for (const token of [null, 'not-a-token']) {
      const anonymous = liveClient(second, token);
      expect((await anonymous.closed).code).toBe(4403);
      await anonymous.client.dispose();
    }
  });

  it('closes the connection when its user signs out', async () => {
    const token = await second.signIn('central_authority_officer.md@demo.example');
    const officer = liveClient(second, token);
    const subscription = officer.client.iterate({ query: NOTIFICATION_ADDED });
    const pending = subscription.next().catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Signed out through the other gateway: the news reaches this one through Redis.
    expect((await first.gql<{ signOut: boolean }>(`mutation { signOut }`, {}, token)).data?.signOut).toBe(true);
    expect((await officer.closed).code).toBe(4403);
    await pending;
    await officer.client.dispose();
  });
});
