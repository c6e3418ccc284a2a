import { request as httpRequest } from 'node:http';
import { createPrivateDatabase } from '../support/private-database';
import { Stack, startStack } from '../support/stack';

/** Room for one 256 KiB chunk row to be written before an oversized upload is refused. */
const MAX_BYTES = 300 * 1024;
/** MLA_UPLOAD_IDLE_SECONDS of this file. */
const IDLE_SECONDS = 2;
/** How late past the idle limit a 408 may come on a loaded 2-core machine. */
const ANSWER_MARGIN_MS = 8000;
const PDF = Buffer.from('%PDF-1.7 bank statement of MD24AG000225100013104168');

interface RequestState {
  id: string;
  version: number;
  updatedAt: string;
}

describe('MLA document uploads (e2e)', () => {
  let stack: Stack;
  let database: { url: string; drop: () => Promise<void> };
  let token: string;

  beforeAll(async () => {
    // A database of its own: the storage's spec leaves chunk rows without a document in the shared one.
    database = await createPrivateDatabase('mla_uploads_e2e');
    stack = await startStack({
      overrides: { DATABASE_URL: database.url, MLA_DOCUMENT_MAX_BYTES: String(MAX_BYTES), MLA_UPLOAD_IDLE_SECONDS: String(IDLE_SECONDS) },
    });
    token = await stack.signIn('prosecutor.de@demo.example');
  });
  afterAll(async () => {
    await stack.close();
    await database.drop();
  });

  /** A draft of the DE prosecutor to the MD central authority (the requesting side may attach documents to it). */
  async function createRequest(): Promise<RequestState> {
    const [mdCentral] = await stack.db.query(`SELECT id FROM agency WHERE state_code = 'MD' AND kind = 'CENTRAL_AUTHORITY' ORDER BY name LIMIT 1`);
    const created = await stack.gql<{ createMlaRequest: RequestState }>(
      `mutation($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id version updatedAt } }`,
      { input: { requestedAgencyId: mdCentral.id } },
      token,
    );
    if (!created.data) throw new Error(created.raw);
    return created.data.createMlaRequest;
  }
  const upload = (requestId: string, content: Buffer, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), 'bank-statement.pdf');
    return fetch(`${stack.url}/mla-requests/${requestId}/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  };
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

  it.each([
    ['a media type not allowed', 415, Buffer.from('MZ...'), 'application/x-msdownload', 'media type not allowed'],
    ['a document over the size limit', 413, Buffer.concat([PDF, Buffer.alloc(MAX_BYTES + 1 - PDF.length, 0x20)]), 'application/pdf', 'larger than the size limit'],
  ])('audits the refusal of %s as a FAILURE and stores nothing', async (_, status, content, type, reason) => {
    const request = await createRequest();
    expect((await upload(request.id, content, type)).status).toBe(status);
    expect(await failureReasons(request.id)).toEqual([reason]);
    expect(await documents(request.id)).toBe(0);
    expect(await orphanChunks()).toBe(0);
  });

  it('cuts an upload whose client goes silent within the first bytes (408 after the idle limit), stores nothing and audits it', async () => {
    const request = await createRequest();
    const boundary = 'stalled-head-boundary';
    const started = Date.now();
    // The start of a PDF, far less than the 4,100 bytes the type check reads, then silence; the
    // client hangs up itself if no answer comes within the margin.
    const answer = await new Promise<{ status: number; body: string } | null>((resolve, reject) => {
      const req = httpRequest(`${stack.url}/mla-requests/${request.id}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      const giveUp = setTimeout(() => {
        req.destroy();
        resolve(null);
      }, IDLE_SECONDS * 1000 + ANSWER_MARGIN_MS);
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          clearTimeout(giveUp);
          resolve({ status: res.statusCode ?? 0, body });
        });
      });
      req.on('error', reject);
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
      req.write(PDF);
    });
    expect(answer?.status).toBe(408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(IDLE_SECONDS * 1000 - 100);
    expect(await failureReasons(request.id)).toEqual(['client stalled']);
    expect(await documents(request.id)).toBe(0);
    expect(await orphanChunks()).toBe(0);
  });

  it('counts a new document as a change of the request for updatedSince, leaving its version alone', async () => {
    const request = await createRequest();
    // The creation lies strictly before `since`, so only the upload can bring the request into the filter.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();
    expect((await upload(request.id, PDF, 'application/pdf')).status).toBe(200);
    const listed = await stack.gql<{ mlaRequests: { edges: { node: RequestState }[] } }>(
      `query($filter: MlaRequestFilter) { mlaRequests(first: 100, filter: $filter) { edges { node { id version updatedAt } } } }`,
      { filter: { updatedSince: since } },
      token,
    );
    expect(listed.errors).toBeUndefined();
    const node = listed.data!.mlaRequests.edges.find((e) => e.node.id === request.id)?.node;
    expect(node).toMatchObject({ version: request.version });
    expect(Date.parse(node!.updatedAt)).toBeGreaterThan(Date.parse(request.updatedAt));
  });
});
