import { connect, Socket } from 'node:net';
import { createPrivateDatabase } from '../support/private-database';
import { Stack, startStack } from '../support/stack';

/** The limits of this file, short so that each case takes seconds. */
const HEADERS_TIMEOUT_S = 1;
const REQUEST_TIMEOUT_S = 2;
const UPLOAD_IDLE_S = 3;
const KEEP_ALIVE_S = 1;
const RATE_WINDOW_S = 2;
const MIN_BYTES_PER_SECOND = 10_000;
const MAX_BYTES = 100 * 1024;
/** How late past its limit a cut may come on a loaded 2-core machine (Node checks every 0.5 s here). */
const MARGIN_MS = 4000;
const PDF = Buffer.from('%PDF-1.7 bank statement of MD24AG000225100013104168\n');

interface Exchange {
  /** Everything the server sent. */
  answer: string;
  /** When the server closed the connection, from the first byte sent; null if it kept it open until we gave up. */
  closedAfterMs: number | null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A client on a raw socket: `send` writes what it likes, at the pace it likes; the exchange ends
 * when the server closes the connection, or after `giveUpMs` (then the client hangs up itself).
 */
function exchange(url: string, send: (socket: Socket) => Promise<void>, giveUpMs: number): Promise<Exchange> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const started = Date.now();
    let answer = '';
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve({ answer, closedAfterMs: null });
    }, giveUpMs);
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined); // a reset is a way of closing, too
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ answer, closedAfterMs: Date.now() - started });
    });
    socket.once('connect', () => send(socket).catch(reject));
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
const bodyOf = (answer: string) => answer.slice(answer.indexOf('\r\n\r\n') + 4);

describe('slow and abusive clients (e2e)', () => {
  let stack: Stack;
  let database: { url: string; drop: () => Promise<void> };
  let token: string;

  beforeAll(async () => {
    // A database of its own: nothing of a refused upload may be left, so chunk rows are counted.
    database = await createPrivateDatabase('slow_clients_e2e');
    stack = await startStack({
      overrides: {
        DATABASE_URL: database.url,
        HTTP_HEADERS_TIMEOUT_SECONDS: String(HEADERS_TIMEOUT_S),
        HTTP_REQUEST_TIMEOUT_SECONDS: String(REQUEST_TIMEOUT_S),
        HTTP_IDLE_TIMEOUT_SECONDS: '30',
        HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: String(KEEP_ALIVE_S),
        MLA_UPLOAD_IDLE_SECONDS: String(UPLOAD_IDLE_S),
        MLA_UPLOAD_RATE_WINDOW_SECONDS: String(RATE_WINDOW_S),
        MLA_UPLOAD_MIN_BYTES_PER_SECOND: String(MIN_BYTES_PER_SECOND),
        MLA_UPLOAD_DEADLINE_SECONDS: '15',
        MLA_DOCUMENT_MAX_BYTES: String(MAX_BYTES),
        MLA_UPLOADS_AT_ONCE: '1',
      },
    });
    token = await stack.signIn('prosecutor.de@demo.example');
  });
  afterAll(async () => {
    await stack.close();
    await database.drop();
  });

  /** A draft of the DE prosecutor to the MD central authority (the requesting side may attach documents to it). */
  async function createRequest(): Promise<string> {
    const [mdCentral] = await stack.db.query(`SELECT id FROM agency WHERE state_code = 'MD' AND kind = 'CENTRAL_AUTHORITY' ORDER BY name LIMIT 1`);
    const created = await stack.gql<{ createMlaRequest: { id: string } }>(
      `mutation($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
      { input: { requestedAgencyId: mdCentral.id } },
      token,
    );
    if (!created.data) throw new Error(created.raw);
    return created.data.createMlaRequest.id;
  }

  /** The request head and the multipart body of one PDF upload, sent by `exchange` as the test decides. */
  function uploadOf(requestId: string, content: Buffer): { head: string; preamble: Buffer; content: Buffer; epilogue: Buffer } {
    const boundary = 'slow-client-boundary';
    const preamble = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="statement.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const epilogue = Buffer.from(`\r\n--${boundary}--\r\n`);
    const head =
      `POST /mla-requests/${requestId}/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${preamble.length + content.length + epilogue.length}\r\n\r\n`;
    return { head, preamble, content, epilogue };
  }

  /** Writes `content` in `pieces` pieces, one every `everyMs`. */
  async function drip(socket: Socket, content: Buffer, pieces: number, everyMs: number): Promise<void> {
    const size = Math.ceil(content.length / pieces);
    for (let at = 0; at < content.length && !socket.destroyed; at += size) {
      socket.write(content.subarray(at, at + size));
      await pause(everyMs);
    }
  }

  const documents = async (requestId: string): Promise<number> =>
    (await stack.db.query(`SELECT count(*)::int AS n FROM mla_document WHERE request_id = $1`, [requestId]))[0].n;
  /** Chunk rows no document names: what a refused upload would leave if its transaction kept anything. */
  const orphanChunks = async (): Promise<number> =>
    (
      await stack.db.query(
        `SELECT count(*)::int AS n FROM mla_document_chunk c WHERE NOT EXISTS (SELECT 1 FROM mla_document d WHERE d.storage_key = c.key::text)`,
      )
    )[0].n;
  const failureReasons = async (requestId: string): Promise<string[]> =>
    (
      await stack.db.query(
        `SELECT details->>'reason' AS reason FROM audit_event WHERE target_id = $1 AND action = 'mla.document-upload' AND outcome = 'FAILURE'`,
        [requestId],
      )
    ).map((r: { reason: string }) => r.reason);

  it('answers 408 and cuts a client that stops within its headers', async () => {
    const { answer, closedAfterMs } = await exchange(
      stack.url,
      async (socket) => void socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n'),
      HEADERS_TIMEOUT_S * 1000 + MARGIN_MS,
    );
    expect(statusOf(answer)).toBe(408);
    expect(closedAfterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_S * 1000 - 100);
  });

  it.each([
    ['sends its headers and then no body', ''],
    ['sends half a JSON body and then nothing', '{"query":"{ me { id'],
  ])('answers 408 and cuts a client on /graphql that %s', async (_, body) => {
    const { answer, closedAfterMs } = await exchange(
      stack.url,
      async (socket) => void socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n${body}`),
      REQUEST_TIMEOUT_S * 1000 + MARGIN_MS,
    );
    expect(statusOf(answer)).toBe(408);
    expect(closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_S * 1000 - 100);
  });

  it('closes a kept-alive connection left idle after its answer', async () => {
    const { answer, closedAfterMs } = await exchange(
      stack.url,
      async (socket) => void socket.write('GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'),
      KEEP_ALIVE_S * 1000 + MARGIN_MS,
    );
    expect(statusOf(answer)).toBe(200);
    expect(closedAfterMs).toBeGreaterThanOrEqual(KEEP_ALIVE_S * 1000 - 100);
  });

  it('answers 408 and cuts an upload whose client stops before the first part, storing nothing', async () => {
    const requestId = await createRequest();
    const upload = uploadOf(requestId, PDF);
    const { answer, closedAfterMs } = await exchange(stack.url, async (socket) => void socket.write(upload.head), UPLOAD_IDLE_S * 1000 + MARGIN_MS);
    expect(statusOf(answer)).toBe(408);
    expect(JSON.parse(bodyOf(answer))).toMatchObject({ error: { code: 'BAD_USER_INPUT', problems: [{ field: 'file' }] } });
    // The rate window (nothing in it) or the idle limit, whichever comes first.
    expect(closedAfterMs).toBeGreaterThanOrEqual(RATE_WINDOW_S * 1000 - 100);
    expect(await documents(requestId)).toBe(0);
  });

  it('refuses an upload dripped below the minimum rate with 408 saying so, keeps nothing of it and frees its slot', async () => {
    const requestId = await createRequest();
    // The first 8 KiB at once (the type check passes and the upload takes the one slot), then
    // the rest at some 1,000 bytes per second: never silent for the idle limit, far below the rate.
    const content = Buffer.concat([PDF, Buffer.alloc(60 * 1024 - PDF.length, 0x20)]);
    const upload = uploadOf(requestId, content);
    const started = Date.now();
    const { answer, closedAfterMs } = await exchange(
      stack.url,
      async (socket) => {
        socket.write(upload.head);
        socket.write(Buffer.concat([upload.preamble, content.subarray(0, 8192)]));
        await drip(socket, content.subarray(8192), 200, 250);
      },
      (RATE_WINDOW_S + UPLOAD_IDLE_S) * 1000 + MARGIN_MS,
    );
    expect(statusOf(answer)).toBe(408);
    const { error } = JSON.parse(bodyOf(answer)) as { error: { message: string } };
    expect(error.message).toMatch(/bytes per second over 2 s, below the minimum of 10000/);
    expect(closedAfterMs).not.toBeNull();
    expect(Date.now() - started).toBeLessThan((RATE_WINDOW_S + UPLOAD_IDLE_S) * 1000 + MARGIN_MS);
    expect(await failureReasons(requestId)).toEqual(['transfer too slow']);
    expect(await documents(requestId)).toBe(0);
    expect(await orphanChunks()).toBe(0);
    // The one slot is free again: an ordinary upload goes through.
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'statement.pdf');
    const next = await fetch(`${stack.url}/mla-requests/${requestId}/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    expect(next.status).toBe(200);
  });

  it('stores an upload that arrives at a good pace, even one lasting longer than the request timeout', async () => {
    const requestId = await createRequest();
    // About 90 KiB over some 3 s (30 KB/s, three times the minimum), longer than the 2 s every other request gets.
    const content = Buffer.concat([PDF, Buffer.alloc(90 * 1024 - PDF.length, 0x20)]);
    const upload = uploadOf(requestId, content);
    const started = Date.now();
    const { answer } = await exchange(
      stack.url,
      async (socket) => {
        socket.write(upload.head);
        socket.write(upload.preamble);
        await drip(socket, content, 12, 250);
        socket.write(upload.epilogue);
      },
      20_000,
    );
    expect(Date.now() - started).toBeGreaterThan(REQUEST_TIMEOUT_S * 1000);
    expect(statusOf(answer)).toBe(200);
    expect(JSON.parse(bodyOf(answer))).toMatchObject({ document: { sizeBytes: content.length } });
    expect(await documents(requestId)).toBe(1);
    expect(await orphanChunks()).toBe(0);
  });
});
