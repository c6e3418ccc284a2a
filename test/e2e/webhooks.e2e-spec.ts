import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { DomainEventJob, DomainEventProcessor } from '@app/events';
import { hashPassword } from '@app/identity';
import { createPrivateDatabase } from '../support/private-database';
import { DEMO_PASSWORD, eventually, GraphQLResponse, Stack, startStack, uniqueSuffix } from '../support/stack';

const ENDPOINTS = `{ webhookEndpoints { id url eventKinds consecutiveFailures disabledAt disabledReason } }`;
const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { secret endpoint { id url eventKinds } } }`;
const DISABLE = `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { id disabledAt } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(endpointId: $id, first: 10) {
  edges { node { id eventKind objectType objectId reference status finishedAt attempts { attempt attemptedAt durationMs statusCode error } } } } }`;
const MESSAGE = `mutation($input: PostMlaMessageInput!) { postMlaMessage(input: $input) { id } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind subjectType subjectId message } } } }`;

// What a message says must never leave the platform in a webhook.
const MESSAGE_BODY = 'Statement of witness Ivanova, account RO49AAAA1B31007593840000';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Endpoint {
  id: string;
  secret: string;
}

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
// The worker's effects on a loaded machine (tests of other files running beside) take their time.
const WORKER_MS = 60_000;

/** A national system's receiver: /fail answers 500, anything else 204. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(req.url?.startsWith('/fail') ? 500 : 204).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe('webhooks (e2e)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let stack: Stack;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    receiver = await startReceiver();
    database = await createPrivateDatabase('webhooks_e2e');
    stack = await startStack({
      worker: true,
      overrides: {
        DATABASE_URL: database.url,
        // A queue of its own: no other file's worker takes this database's events or deliveries.
        QUEUE_PREFIX: `wh${uniqueSuffix()}`,
        WEBHOOK_POLL_INTERVAL_MS: '50',
        WEBHOOK_RETRY_BASE_MS: '200',
        WEBHOOK_RETRY_MAX_MS: '1000',
        WEBHOOK_MAX_ATTEMPTS: '5',
        WEBHOOK_DISABLE_AFTER_FAILURES: '3',
        WEBHOOK_TIMEOUT_MS: '2000',
      },
    });
    // The agency admins of the two agencies of the demo MLA request (demo admins sit in the police).
    const hash = await hashPassword(DEMO_PASSWORD);
    for (const [name, state, kind] of [
      ['admin.de-prosecution', 'DE', 'PROSECUTION_SERVICE'],
      ['admin.md-authority', 'MD', 'CENTRAL_AUTHORITY'],
    ]) {
      await stack.db.query(
        `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles)
         SELECT $1, 'Webhook admin', $2, id, ARRAY['AGENCY_ADMIN'] FROM agency WHERE state_code = $3 AND kind = $4`,
        [`${name}@example.test`, hash, state, kind],
      );
      tokens[name] = await stack.signIn(`${name}@example.test`);
    }
    for (const email of ['agency_admin.at', 'agency_admin.md', 'liaison_officer.de', 'prosecutor.de']) {
      tokens[email] = await stack.signIn(`${email}@demo.example`);
    }
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
    receiver?.server.closeAllConnections();
    receiver?.server.close();
    await database?.drop();
  });

  async function register(who: string, path: string, eventKinds: string[]): Promise<Endpoint> {
    const result = await stack.gql<{ registerWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
      REGISTER,
      { input: { url: `${receiver.url}${path}`, eventKinds, description: `receiver ${path}` } },
      tokens[who],
    );
    expect(result.errors).toBeUndefined();
    const { secret, endpoint } = result.data!.registerWebhookEndpoint;
    return { id: endpoint.id, secret };
  }

  const deniedCount = async (action: string, targetId: string) =>
    Number((await stack.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND outcome = 'DENIED' AND target_id = $2`, [action, targetId]))[0].n);

  const receivedAt = (path: string) => receiver.received.filter((r) => r.path === path);

  it("lets only the agency admins of the endpoint's agency manage it; others are refused and audited", async () => {
    const endpoint = await register('admin.de-prosecution', '/ok/access', ['HANDOFF_CHANGED']);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // The secret is shown once and sealed at rest.
    const [{ sealed }] = await stack.db.query(`SELECT encode(secret_sealed, 'escape') AS sealed FROM webhook_endpoint WHERE id = $1`, [endpoint.id]);
    expect(sealed).not.toContain(endpoint.secret.slice(6));
    const own = await stack.gql<{ webhookEndpoints: { id: string }[] }>(ENDPOINTS, {}, tokens['admin.de-prosecution']);
    expect(own.data!.webhookEndpoints.map((e) => e.id)).toContain(endpoint.id);

    // Another role, in the endpoint's agency or another: FORBIDDEN.
    expect(codeOf(await stack.gql(ENDPOINTS, {}, tokens['liaison_officer.de']))).toBe('FORBIDDEN');
    expect(codeOf(await stack.gql(REGISTER, { input: { url: `${receiver.url}/x`, eventKinds: ['HANDOFF_CHANGED'] } }, tokens['liaison_officer.de']))).toBe('FORBIDDEN');
    expect(codeOf(await stack.gql(DISABLE, { id: endpoint.id }, tokens['prosecutor.de']))).toBe('FORBIDDEN');
    // The admin of another agency (another State) does not learn that the endpoint exists.
    expect(codeOf(await stack.gql(DISABLE, { id: endpoint.id }, tokens['agency_admin.md']))).toBe('NOT_FOUND');
    expect(codeOf(await stack.gql(DELIVERIES, { id: endpoint.id }, tokens['agency_admin.md']))).toBe('NOT_FOUND');
    const others = await stack.gql<{ webhookEndpoints: { id: string }[] }>(ENDPOINTS, {}, tokens['agency_admin.md']);
    expect(others.data!.webhookEndpoints.map((e) => e.id)).not.toContain(endpoint.id);

    expect(await deniedCount('webhook:disable', endpoint.id)).toBe(2);
    expect(await deniedCount('webhook:read-deliveries', endpoint.id)).toBe(1);
    const [{ n }] = await stack.db.query(
      `SELECT count(*) AS n FROM audit_event WHERE action IN ('webhook:list', 'webhook:register') AND outcome = 'DENIED' AND actor_user_id = (SELECT id FROM app_user WHERE email = 'liaison_officer.de@demo.example')`,
    );
    expect(Number(n)).toBe(2);
    const [{ registered }] = await stack.db.query(`SELECT count(*)::int AS registered FROM audit_event WHERE action = 'webhook.register' AND outcome = 'SUCCESS' AND target_id = $1`, [endpoint.id]);
    expect(registered).toBe(1);
  });

  it.each([
    ['a private address', 'http://10.0.0.1/hook', 'resolves to a loopback, private or link-local address'],
    ['a link-local address (cloud metadata)', 'http://169.254.169.254/latest', 'resolves to a loopback, private or link-local address'],
    ['a unique-local IPv6 address', 'http://[fd00::1]/hook', 'resolves to a loopback, private or link-local address'],
    ['another scheme', 'ftp://hooks.example.org/in', 'must use http or https'],
    ['credentials in the URL', 'https://user:secret@hooks.example.org/in', 'must not carry credentials'],
  ])('refuses an endpoint with %s as input, and stores nothing', async (_what, url, problem) => {
    const result = await stack.gql(REGISTER, { input: { url, eventKinds: ['HANDOFF_CHANGED'] } }, tokens['admin.de-prosecution']);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(problem);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM webhook_endpoint WHERE url = $1`, [url]);
    expect(n).toBe(0);
  });

  it('tells the subscribed endpoints of both parties, signed and without content; a failing receiver is retried, then disabled with a notice', async () => {
    const de = await register('admin.de-prosecution', '/ok/de', ['MLA_MESSAGE_POSTED', 'MLA_REQUEST_TRANSITIONED']);
    const failing = await register('admin.de-prosecution', '/fail/de', ['MLA_MESSAGE_POSTED']);
    const md = await register('admin.md-authority', '/ok/md', ['MLA_MESSAGE_POSTED']);
    const otherKind = await register('admin.de-prosecution', '/ok/handoffs-only', ['HANDOFF_CHANGED']);
    const uninvolved = await register('agency_admin.at', '/ok/at', ['MLA_MESSAGE_POSTED', 'MLA_REQUEST_TRANSITIONED', 'HANDOFF_CHANGED']);

    const [request] = await stack.db.query(`SELECT id, reference FROM mla_request ORDER BY created_at LIMIT 1`);
    const posted = await stack.gql(MESSAGE, { input: { requestId: request.id, body: MESSAGE_BODY } }, tokens['prosecutor.de']);
    expect(posted.errors).toBeUndefined();

    await eventually(async () => receivedAt('/ok/de').length === 1 && receivedAt('/ok/md').length === 1, WORKER_MS);
    for (const [path, endpoint] of [['/ok/de', de], ['/ok/md', md]] as const) {
      const [{ headers, body }] = receivedAt(path);
      const payload = new Webhook(endpoint.secret).verify(body, headers as Record<string, string>);
      expect(payload).toEqual({
        type: 'mla.message-posted',
        timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        data: { objectType: 'mla-request', objectId: request.id, reference: request.reference },
      });
      expect(body).not.toContain('Ivanova');
      expect(body).not.toContain('RO49');
      // Signed with this endpoint's secret only.
      expect(() => new Webhook(failing.secret).verify(body, headers as Record<string, string>)).toThrow();
    }

    // The failing receiver: three attempts of the one delivery (same webhook-id), then the endpoint is disabled.
    const listed = await eventually(async () => {
      const result = await stack.gql<{ webhookEndpoints: { id: string; disabledAt: string | null; consecutiveFailures: number; disabledReason: string }[] }>(
        ENDPOINTS,
        {},
        tokens['admin.de-prosecution'],
      );
      const endpoint = result.data!.webhookEndpoints.find((e) => e.id === failing.id);
      return endpoint?.disabledAt ? endpoint : null;
    }, WORKER_MS);
    expect(listed).toMatchObject({ consecutiveFailures: 3, disabledReason: '3 failed attempts in a row' });
    const attempts = receivedAt('/fail/de');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    for (const { headers, body } of attempts) expect(new Webhook(failing.secret).verify(body, headers as Record<string, string>)).toBeTruthy();

    const log = await stack.gql<{ webhookDeliveries: { edges: { node: { status: string; eventKind: string; attempts: { attempt: number; attemptedAt: string; durationMs: number; statusCode: number; error: string | null }[] } }[] } }>(
      DELIVERIES,
      { id: failing.id },
      tokens['admin.de-prosecution'],
    );
    expect(log.errors).toBeUndefined();
    const [delivery] = log.data!.webhookDeliveries.edges.map((e) => e.node);
    expect(delivery).toMatchObject({ status: 'FAILED', eventKind: 'MLA_MESSAGE_POSTED' });
    expect(delivery.attempts.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([[1, 500, null], [2, 500, null], [3, 500, null]]);
    // Exponential back-off: 200 ms after the first failure, 400 ms after the second.
    const at = delivery.attempts.map((a) => Date.parse(a.attemptedAt));
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(200);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(400);

    const notices = await eventually(async () => {
      const result = await stack.gql<{ notifications: { edges: { node: { kind: string; subjectType: string; subjectId: string; message: string } }[] } }>(
        NOTIFICATIONS,
        {},
        tokens['admin.de-prosecution'],
      );
      const found = result.data!.notifications.edges.map((e) => e.node).filter((n) => n.kind === 'WEBHOOK_ENDPOINT_DISABLED');
      return found.length ? found : null;
    }, WORKER_MS);
    expect(notices).toEqual([{ kind: 'WEBHOOK_ENDPOINT_DISABLED', subjectType: 'webhook-endpoint', subjectId: failing.id, message: expect.stringContaining('3 failed delivery attempts') }]);

    const delivered = await stack.gql<{ webhookDeliveries: { edges: { node: { status: string; attempts: { statusCode: number }[] } }[] } }>(DELIVERIES, { id: de.id }, tokens['admin.de-prosecution']);
    expect(delivered.data!.webhookDeliveries.edges.map((e) => e.node)).toEqual([expect.objectContaining({ status: 'DELIVERED', attempts: [expect.objectContaining({ statusCode: 204 })] })]);
    // Neither an agency that is no party nor a kind not subscribed to is told.
    for (const endpoint of [otherKind, uninvolved]) {
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE endpoint_id = $1`, [endpoint.id]);
      expect(n).toBe(0);
    }
    expect(receivedAt('/ok/at')).toHaveLength(0);
  }, 3 * WORKER_MS);

  it('sends nothing more to an endpoint its admin disabled', async () => {
    await register('admin.de-prosecution', '/ok/de-again', ['MLA_MESSAGE_POSTED']);
    const md = await register('admin.md-authority', '/ok/md-disabled', ['MLA_MESSAGE_POSTED']);
    const disabled = await stack.gql<{ disableWebhookEndpoint: { disabledAt: string | null } }>(DISABLE, { id: md.id }, tokens['admin.md-authority']);
    expect(disabled.data?.disableWebhookEndpoint.disabledAt).not.toBeNull();
    const [request] = await stack.db.query(`SELECT id FROM mla_request ORDER BY created_at LIMIT 1`);
    expect((await stack.gql(MESSAGE, { input: { requestId: request.id, body: 'Second message' } }, tokens['prosecutor.de'])).errors).toBeUndefined();
    await eventually(async () => receivedAt('/ok/de-again').length === 1, WORKER_MS);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE endpoint_id = $1`, [md.id]);
    expect(n).toBe(0);
    expect(receivedAt('/ok/md-disabled')).toHaveLength(0);
  }, 2 * WORKER_MS);

  it("tells the subscribed endpoints of both parties of an MLA request's missed deadline, with the request's reference", async () => {
    const de = await register('admin.de-prosecution', '/ok/deadline-de', ['MLA_DEADLINE_BREACHED']);
    const md = await register('admin.md-authority', '/ok/deadline-md', ['MLA_DEADLINE_REMINDER', 'MLA_DEADLINE_BREACHED']);
    const [request] = await stack.db.query(`SELECT id, reference FROM mla_request ORDER BY created_at LIMIT 1`);
    const deadline = (type: 'deadline.breached' | 'deadline.reminder-due'): DomainEventJob => ({
      eventId: randomUUID(),
      type,
      aggregateType: 'deadline',
      aggregateId: randomUUID(),
      occurredAt: new Date().toISOString(),
      payload: { deadlineId: randomUUID(), subjectType: 'mla-request', subjectId: request.id, kind: 'execution', dueAt: new Date().toISOString() },
    });
    // Through the worker's event processor, as the relay would hand the sweeper's events over.
    const processor = stack.worker!.get(DomainEventProcessor);
    await processor.processEvent(deadline('deadline.breached'));
    await processor.processEvent(deadline('deadline.reminder-due'));
    await eventually(async () => receivedAt('/ok/deadline-de').length === 1 && receivedAt('/ok/deadline-md').length === 2, WORKER_MS);
    const [breached] = receivedAt('/ok/deadline-de');
    expect(new Webhook(de.secret).verify(breached.body, breached.headers as Record<string, string>)).toMatchObject({
      type: 'mla.deadline-breached',
      data: { objectType: 'mla-request', objectId: request.id, reference: request.reference },
    });
    const kinds = receivedAt('/ok/deadline-md').map(({ body, headers }) => (new Webhook(md.secret).verify(body, headers as Record<string, string>) as { type: string }).type);
    expect(kinds.sort()).toEqual(['mla.deadline-breached', 'mla.deadline-reminder']);
  }, 2 * WORKER_MS);
});
