import { createHash } from 'node:crypto';
import { handoffProposal } from '../support/handoff-proposal';
import { createPrivateDatabase } from '../support/private-database';
import { DEMO_PASSWORD, Stack, startStack } from '../support/stack';

const PROPOSE = `mutation($input: ProposeHandoffInput!) { proposeHandoff(input: $input) { id version consent { scope explainedBy language } } }`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordHandoffConsent(input: $input) { id version consent { basis explainedBy language } } }`;
const DOCUMENTS = `query($id: ID!) { handoff(id: $id) { id view documents { id kind fileName mediaType sizeBytes sha256 uploadedAgencyId } } }`;

/** Documents larger than this are refused (MLA_DOCUMENT_MAX_BYTES, shared by every context's documents). */
const MAX_BYTES = 512 * 1024;
const PDF = Buffer.from('%PDF-1.7 informed consent, signed in Romanian');
const DAY = 86_400_000;

type HandoffDocument = { id: string; kind: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string; uploadedAgencyId: string };

describe('handoff documents and consent details (e2e)', () => {
  let stack: Stack;
  let database: { url: string; drop: () => Promise<void> };
  const tokens: Record<string, string> = {};
  let mdSupportAgencyId: string;
  let deSupportAgencyId: string;

  const who = {
    coordDE: 'victim_coordinator.de@demo.example',
    coordMD: 'victim_coordinator.md@demo.example',
    coordRO: 'victim_coordinator.ro@demo.example',
    policeDE: 'liaison_officer.de@demo.example',
    prosecutorMD: 'prosecutor.md@demo.example',
    centralDE: 'central_authority_officer.de@demo.example',
    otherCoordDE: 'victim_coordinator.other-de@demo.example',
  } as const;
  type Who = keyof typeof who;

  beforeAll(async () => {
    // A database of its own: the file adds a coordinator to the DE police agency, and counts chunks.
    database = await createPrivateDatabase('handoff_documents_e2e');
    stack = await startStack({ overrides: { DATABASE_URL: database.url, MLA_DOCUMENT_MAX_BYTES: String(MAX_BYTES) } });
    const agencies: { id: string; state_code: string; kind: string }[] = await stack.db.query(
      `SELECT id, state_code, kind FROM agency WHERE state_code IN ('DE', 'MD') AND kind IN ('VICTIM_SUPPORT_SERVICE', 'POLICE') AND name <> 'Platform Secretariat'`,
    );
    mdSupportAgencyId = agencies.find((a) => a.state_code === 'MD' && a.kind === 'VICTIM_SUPPORT_SERVICE')!.id;
    deSupportAgencyId = agencies.find((a) => a.state_code === 'DE' && a.kind === 'VICTIM_SUPPORT_SERVICE')!.id;
    // A victim coordinator of another DE agency: the right role, but neither of the handoff's two agencies.
    await stack.db.query(
      `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles)
       SELECT $1, 'Other DE coordinator', password_hash, $2, ARRAY['VICTIM_COORDINATOR'] FROM app_user WHERE email = $3`,
      [who.otherCoordDE, agencies.find((a) => a.state_code === 'DE' && a.kind === 'POLICE')!.id, who.coordDE],
    );
    for (const [key, email] of Object.entries(who)) tokens[key] = await stack.signIn(email, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await stack?.close();
    await database?.drop();
  });

  const as = <T = Record<string, unknown>>(user: Who, query: string, variables: Record<string, unknown> = {}) =>
    stack.gql<T>(query, variables, tokens[user]);
  const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
  const upload = (handoffId: string, user: Who | null, content: Buffer, type: string, kind: string | null = 'CONSENT_FORM', fileName = 'consent-form.pdf') => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), fileName);
    return fetch(`${stack.url}/handoffs/${handoffId}/documents${kind ? `?kind=${kind}` : ''}`, {
      method: 'POST',
      body: form,
      headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
    });
  };
  const download = (handoffId: string, documentId: string, user: Who) =>
    fetch(`${stack.url}/handoffs/${handoffId}/documents/${documentId}`, { headers: { authorization: `Bearer ${tokens[user]}` } });
  const stored = async (handoffId: string): Promise<number> =>
    (await stack.db.query(`SELECT count(*)::int AS n FROM handoff_document WHERE handoff_id = $1`, [handoffId]))[0].n;
  const chunkRows = async (): Promise<number> => (await stack.db.query(`SELECT count(*)::int AS n FROM mla_document_chunk`))[0].n;
  const problemFields = (result: { errors?: { extensions?: { [key: string]: unknown } }[] }) =>
    ((result.errors?.[0]?.extensions?.problems ?? []) as { field: string }[]).map((p) => p.field);

  const CONSENT = {
    scope: 'SHARE_WITH_LAW_ENFORCEMENT',
    basis: 'VICTIM',
    givenAt: new Date(Date.now() - DAY).toISOString(),
    explainedBy: 'Anna Weber, social worker',
    language: 'ro',
  };

  async function propose(): Promise<{ id: string; version: number }> {
    const result = await as<{ proposeHandoff: { id: string; version: number } }>('coordDE', PROPOSE, { input: handoffProposal(mdSupportAgencyId, { consent: CONSENT }) });
    if (!result.data) throw new Error(result.raw);
    return result.data.proposeHandoff;
  }

  async function uploaded(handoffId: string, user: Who = 'coordDE'): Promise<HandoffDocument> {
    const response = await upload(handoffId, user, PDF, 'application/pdf');
    expect(response.status).toBe(200);
    return ((await response.json()) as { document: HandoffDocument }).document;
  }

  it('records who explained the consent and in which language, on a proposal and on a consent recorded again', async () => {
    const proposed = await as<{ proposeHandoff: { id: string; version: number; consent: unknown } }>('coordDE', PROPOSE, {
      input: handoffProposal(mdSupportAgencyId, { consent: CONSENT }),
    });
    expect(proposed.data?.proposeHandoff.consent).toEqual({ scope: 'SHARE_WITH_LAW_ENFORCEMENT', explainedBy: 'Anna Weber, social worker', language: 'ro' });
    const { id, version } = proposed.data!.proposeHandoff;

    const again = await as<{ recordHandoffConsent: { consent: unknown } }>('coordMD', RECORD_CONSENT, {
      input: { handoffId: id, expectedVersion: version, consent: { ...CONSENT, explainedBy: 'Elena Rusu, La Strada', language: 'ru' } },
    });
    expect(again.data?.recordHandoffConsent.consent).toEqual({ basis: 'VICTIM', explainedBy: 'Elena Rusu, La Strada', language: 'ru' });

    const wrong = await as('coordDE', PROPOSE, { input: handoffProposal(mdSupportAgencyId, { consent: { ...CONSENT, explainedBy: 'A', language: 'Romanian' } }) });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problemFields(wrong).sort()).toEqual(['consent.explainedBy', 'consent.language']);
  });

  it('stores a document with its kind and SHA-256 for either coordinator, lists it to both, and serves it byte for byte', async () => {
    const handoff = await propose();
    const document = await uploaded(handoff.id);
    expect(document).toMatchObject({ kind: 'CONSENT_FORM', fileName: 'consent-form.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length, sha256: sha256(PDF), uploadedAgencyId: deSupportAgencyId });

    const risk = await upload(handoff.id, 'coordMD', PDF, 'application/pdf', 'RISK_ASSESSMENT', 'risk-assessment.pdf');
    expect(risk.status).toBe(200);
    for (const coordinator of ['coordDE', 'coordMD'] as const) {
      const listed = await as<{ handoff: { documents: HandoffDocument[] } }>(coordinator, DOCUMENTS, { id: handoff.id });
      expect(listed.data?.handoff.documents.map((d) => [d.kind, d.fileName])).toEqual([
        ['CONSENT_FORM', 'consent-form.pdf'],
        ['RISK_ASSESSMENT', 'risk-assessment.pdf'],
      ]);
    }

    const fetched = await download(handoff.id, document.id, 'coordMD');
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('application/pdf');
    expect(fetched.headers.get('x-content-sha256')).toBe(sha256(PDF));
    expect(fetched.headers.get('content-disposition')).toContain('consent-form.pdf');
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(PDF);

    const audited: { action: string; outcome: string }[] = await stack.db.query(
      `SELECT action, outcome FROM audit_event WHERE target_type = 'handoff' AND target_id = $1 AND action LIKE 'handoff.document-%' ORDER BY id`,
      [handoff.id],
    );
    expect(audited).toEqual([
      { action: 'handoff.document-upload', outcome: 'SUCCESS' },
      { action: 'handoff.document-upload', outcome: 'SUCCESS' },
      { action: 'handoff.document-download', outcome: 'SUCCESS' },
    ]);
  });

  it('answers NOT_FOUND to law enforcement of the linked States, a coordinator of an uninvolved State and of another agency, each audited', async () => {
    const handoff = await propose();
    const document = await uploaded(handoff.id);
    const refused: Who[] = ['policeDE', 'prosecutorMD', 'coordRO', 'otherCoordDE', 'centralDE'];
    for (const user of refused) {
      const down = await download(handoff.id, document.id, user);
      expect([user, down.status]).toEqual([user, 404]);
      expect(((await down.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      expect([user, (await upload(handoff.id, user, PDF, 'application/pdf')).status]).toEqual([user, 404]);
    }
    // Law enforcement sees the handoff itself (the consent allows it), but never its documents.
    for (const user of ['policeDE', 'prosecutorMD'] as const) {
      const read = await as<{ handoff: { view: string; documents: null } }>(user, DOCUMENTS, { id: handoff.id });
      expect(read.data?.handoff).toMatchObject({ view: 'LAW_ENFORCEMENT', documents: null });
    }
    expect((await as('coordRO', DOCUMENTS, { id: handoff.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await upload(handoff.id, null, PDF, 'application/pdf')).status).toBe(401);
    expect(await stored(handoff.id)).toBe(1);

    const denied: { n: number }[] = await stack.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE target_type = 'handoff' AND target_id = $1 AND outcome = 'DENIED'`,
      [handoff.id],
    );
    // One download and one upload for each refused user.
    expect(denied[0].n).toBeGreaterThanOrEqual(refused.length * 2);
    // A document id of another handoff is not found either.
    const other = await propose();
    expect((await download(other.id, document.id, 'coordDE')).status).toBe(404);
  });

  it('refuses a missing kind, a wrong media type and an upload over the size limit, storing nothing', async () => {
    const handoff = await propose();
    const chunksBefore = await chunkRows();
    const noKind = await upload(handoff.id, 'coordDE', PDF, 'application/pdf', null);
    expect(noKind.status).toBe(400);
    expect(await noKind.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', problems: [{ field: 'kind' }] } });
    expect((await upload(handoff.id, 'coordDE', PDF, 'application/pdf', 'PHOTO')).status).toBe(400);
    const wrongType = await upload(handoff.id, 'coordDE', Buffer.from('MZ...'), 'application/x-msdownload');
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', problems: [{ field: 'file' }] } });
    const tooLarge = await upload(handoff.id, 'coordDE', Buffer.concat([PDF, Buffer.alloc(MAX_BYTES + 1 - PDF.length, 1)]), 'application/pdf');
    expect(tooLarge.status).toBe(413);
    expect(await stored(handoff.id)).toBe(0);
    expect(await chunkRows()).toBe(chunksBefore);
    const failures: { reason: string }[] = await stack.db.query(
      `SELECT details->>'reason' AS reason FROM audit_event WHERE target_id = $1 AND action = 'handoff.document-upload' AND outcome = 'FAILURE' ORDER BY id`,
      [handoff.id],
    );
    expect(failures.map((f) => f.reason)).toEqual(['media type not allowed', 'larger than the size limit']);
  });

  it('refuses to serve a document whose content no longer matches its SHA-256, and audits the failure', async () => {
    const handoff = await propose();
    const document = await uploaded(handoff.id);
    await stack.db.query(
      `UPDATE mla_document_chunk SET content = 'tampered' WHERE seq = 0 AND key::text = (SELECT storage_key FROM handoff_document WHERE id = $1)`,
      [document.id],
    );
    const response = await download(handoff.id, document.id, 'coordMD');
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: 'INTEGRITY_CHECK_FAILED' } });
    const failed = await stack.db.query(`SELECT 1 FROM audit_event WHERE target_id = $1 AND action = 'handoff.document-download' AND outcome = 'FAILURE'`, [handoff.id]);
    expect(failed).toHaveLength(1);
  });
});
