import { createPrivateDatabase } from '../support/private-database';
import { Stack, eventually, startStack } from '../support/stack';

const NODE = 'id occurredAt action outcome actorUserId actorState targetType targetId targetState requestId purpose recipients';
const EVENTS = `query($filter: AuditEventFilterInput, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) { edges { cursor node { ${NODE} } } pageInfo { hasNextPage endCursor } } }`;
const EVENT = `query($id: String!) { auditEvent(id: $id) { ${NODE} details { key value } } }`;
const CHAIN = `query($verify: Boolean) { auditChainState(verify: $verify) {
  sealedEvents pendingEvents verified intact checkpointsVerified firstBroken { reason }
  latestCheckpoint { signedAt position eventId signatureValid matchesChain } } }`;
const SHARE = `mutation($input: ShareCaseInput!) { shareCase(input: $input) { id } }`;
const SHARED_CASE = `query($id: ID!) { sharedCase(id: $id) { id } }`;

interface EventNode {
  id: string;
  occurredAt: string;
  action: string;
  outcome: string;
  actorUserId: string | null;
  actorState: string | null;
  targetType: string | null;
  targetId: string | null;
  targetState: string | null;
  requestId: string | null;
  purpose: string | null;
}
interface EventsPage {
  auditEvents: { edges: { node: EventNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
type Filter = Record<string, string | boolean>;

describe("auditors' views of the trail (e2e)", () => {
  let stack: Stack;
  let database: { url: string; drop: () => Promise<void> };
  const tokens: Record<string, string> = {};
  let shareId: string;

  const as = (who: string) => tokens[who];
  const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
  const events = async (who: string, filter: Filter = {}, first = 100, after?: string) => {
    const page = await stack.gql<EventsPage>(EVENTS, { filter, first, after }, as(who));
    expect(page.errors).toBeUndefined();
    return page.data!.auditEvents;
  };
  const exportOf = (who: string | null, query: string) =>
    fetch(`${stack.url}/audit-events/export?${query}`, { headers: who ? { authorization: `Bearer ${as(who)}` } : {} });

  beforeAll(async () => {
    // A database of its own: the test shares a card of a demo case, and counts the export's audit rows.
    database = await createPrivateDatabase('audit_views_e2e');
    stack = await startStack({ worker: true, overrides: { DATABASE_URL: database.url, AUDIT_CHECKPOINT_INTERVAL_SECONDS: '1' } });
    for (const who of ['prosecutor.de', 'liaison_officer.md', 'auditor.de', 'auditor.ro', 'prosecutor.ro']) {
      tokens[who] = await stack.signIn(`${who}@demo.example`);
    }
    // A read of DE's data by a user of MD: DE's prosecutor shares a card with MD's police, who read it.
    const cases = await stack.gql<{ cases: { edges: { node: { id: string } }[] } }>(`{ cases(first: 1) { edges { node { id } } } }`, {}, as('prosecutor.de'));
    const me = await stack.gql<{ me: { agency: { id: string } } }>(`{ me { agency { id } } }`, {}, as('liaison_officer.md'));
    const input = {
      caseId: cases.data!.cases.edges[0].node.id,
      recipientAgencyId: me.data!.me.agency.id,
      summary: 'The card DE shares with MD police',
      contactPoint: 'DE desk',
      handlingCode: 'H0',
    };
    const shared = await stack.gql<{ shareCase: { id: string } }>(SHARE, { input }, as('prosecutor.de'));
    expect(shared.errors).toBeUndefined();
    shareId = shared.data!.shareCase.id;
    expect((await stack.gql(SHARED_CASE, { id: shareId }, as('liaison_officer.md'))).errors).toBeUndefined();
  });
  afterAll(async () => {
    await stack?.close();
    await database?.drop();
  });

  it("shows DE's auditor DE's trail only: its users' events and the read of DE's card by a user of MD", async () => {
    const onCard = await events('auditor.de', { targetType: 'case-share', targetId: shareId });
    const read = onCard.edges.map((e) => e.node).find((n) => n.action === 'case-share.read');
    expect(read).toMatchObject({ actorState: 'MD', targetState: 'DE', outcome: 'SUCCESS' });
    expect(onCard.edges.map((e) => e.node.action)).toContain('case.share');

    const all = (await events('auditor.de')).edges.map((e) => e.node);
    expect(all.length).toBeGreaterThan(1);
    expect(all.every((n) => n.actorState === 'DE' || n.targetState === 'DE')).toBe(true);
    expect((await events('auditor.ro', { targetType: 'case-share', targetId: shareId })).edges).toEqual([]);
    expect((await events('auditor.ro')).edges.every((e) => e.node.actorState === 'RO' || e.node.targetState === 'RO')).toBe(true);
  });

  it('filters by action, actor, outcome, time and stated purpose, and pages by cursor without repeats', async () => {
    const signIns = await events('auditor.de', { action: 'auth.sign-in' }, 1);
    expect(signIns.edges[0].node.action).toBe('auth.sign-in');
    expect(signIns.pageInfo.hasNextPage).toBe(true);
    const next = await events('auditor.de', { action: 'auth.sign-in' }, 100, signIns.pageInfo.endCursor!);
    const times = [signIns.edges[0].node, ...next.edges.map((e) => e.node)].map((n) => Date.parse(n.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(next.edges.map((e) => e.node.id)).not.toContain(signIns.edges[0].node.id);

    const actor = signIns.edges[0].node.actorUserId!;
    expect((await events('auditor.de', { actorUserId: actor })).edges.every((e) => e.node.actorUserId === actor)).toBe(true);
    expect((await events('auditor.de', { outcome: 'SUCCESS', action: 'case-share.read' })).edges.length).toBeGreaterThan(0);
    expect((await events('auditor.de', { outcome: 'DENIED' })).edges.every((e) => e.node.outcome === 'DENIED')).toBe(true);
    expect((await events('auditor.de', { withPurpose: true })).edges.every((e) => e.node.purpose)).toBe(true);
    const at = signIns.edges[0].node.occurredAt;
    expect((await events('auditor.de', { action: 'auth.sign-in', from: at })).edges.map((e) => e.node.occurredAt)).toEqual([at]);
    expect((await events('auditor.de', { action: 'auth.sign-in', to: at })).edges.every((e) => e.node.occurredAt < at)).toBe(true);

    const bad = (variables: Record<string, unknown>) => stack.gql(EVENTS, variables, as('auditor.de')).then(codeOf);
    expect(await bad({ after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await bad({ filter: { actorUserId: 'not-a-uuid' } })).toBe('BAD_USER_INPUT');
    expect(await bad({ filter: { outcome: 'MAYBE' } })).toBe('BAD_USER_INPUT');
  });

  it("opens one event in full for its State's auditor; NOT_FOUND for another State's, FORBIDDEN for other roles", async () => {
    const read = (await events('auditor.de', { action: 'case-share.read', targetId: shareId })).edges[0].node;
    const full = await stack.gql<{ auditEvent: EventNode & { details: { key: string; value: string | null }[] } }>(EVENT, { id: read.id }, as('auditor.de'));
    expect(full.errors).toBeUndefined();
    expect(full.data!.auditEvent).toMatchObject({ id: read.id, action: 'case-share.read', actorState: 'MD', targetState: 'DE' });
    expect(full.data!.auditEvent.requestId).toBeTruthy();
    expect(Array.isArray(full.data!.auditEvent.details)).toBe(true);

    expect(codeOf(await stack.gql(EVENT, { id: read.id }, as('auditor.ro')))).toBe('NOT_FOUND');
    expect(codeOf(await stack.gql(EVENT, { id: 'abc' }, as('auditor.de')))).toBe('NOT_FOUND');
    expect(codeOf(await stack.gql(EVENT, { id: read.id }, as('prosecutor.de')))).toBe('FORBIDDEN');
    const denied = await stack.db.query(
      `SELECT 1 FROM audit_event WHERE action = 'audit:read' AND outcome = 'DENIED' AND target_type = 'audit-event' AND target_id = $1`,
      [read.id],
    );
    expect(denied.length).toBe(2);
  });

  it('tells the chain state: a signed checkpoint that verifies, and on request the whole chain', async () => {
    type Chain = { auditChainState: { sealedEvents: number; verified: boolean; intact: boolean | null; latestCheckpoint: { signatureValid: boolean; matchesChain: boolean; eventId: string } | null } };
    const state = await eventually(async () => {
      const answer = await stack.gql<Chain>(CHAIN, {}, as('auditor.de'));
      return answer.data?.auditChainState.latestCheckpoint ? answer.data.auditChainState : null;
    });
    expect(state.sealedEvents).toBeGreaterThan(0);
    expect(state.verified).toBe(false);
    expect(state.intact).toBeNull();
    expect(state.latestCheckpoint).toMatchObject({ signatureValid: true, matchesChain: true });
    const verified = await stack.gql<Chain>(CHAIN, { verify: true }, as('auditor.de'));
    expect(verified.data!.auditChainState.verified).toBe(true);
    expect(typeof verified.data!.auditChainState.intact).toBe('boolean');
    expect(codeOf(await stack.gql(CHAIN, {}, as('prosecutor.de')))).toBe('FORBIDDEN');
  });

  it('exports a filtered selection as CSV and JSON Lines, streamed, and audits the export (filter, format, rows)', async () => {
    const query = `targetType=case-share&targetId=${shareId}`;
    const csv = await exportOf('auditor.de', `format=csv&${query}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('audit-DE.csv');
    const lines = (await csv.text()).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,occurredAt,actorUserId/);
    expect(lines.slice(1).some((line) => line.includes(',case-share.read,SUCCESS,case-share,'))).toBe(true);

    const jsonl = await exportOf('auditor.de', `format=jsonl&${query}`);
    expect(jsonl.headers.get('content-type')).toContain('application/x-ndjson');
    const rows = (await jsonl.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as EventNode);
    expect(rows.length).toBe(lines.length - 1);
    expect(rows.every((r) => r.targetId === shareId)).toBe(true);
    expect(rows.find((r) => r.action === 'case-share.read')).toMatchObject({ actorState: 'MD', targetState: 'DE' });

    const [auditor] = await stack.db.query(`SELECT id FROM app_user WHERE email = 'auditor.de@demo.example'`);
    const finished = await eventually(async () => {
      const found: { details: Record<string, unknown> }[] = await stack.db.query(
        `SELECT details FROM audit_event WHERE action = 'audit.export-finished' AND actor_user_id = $1 AND details->>'format' = 'jsonl'`,
        [auditor.id],
      );
      return found[0];
    });
    expect(finished.details).toMatchObject({ rows: rows.length, complete: true, targetId: shareId, targetType: 'case-share' });
    const started = await stack.db.query(
      `SELECT details FROM audit_event WHERE action = 'audit.export' AND actor_user_id = $1 AND outcome = 'SUCCESS' ORDER BY id`,
      [auditor.id],
    );
    expect(started.map((r: { details: Record<string, unknown> }) => r.details.format)).toEqual(['csv', 'jsonl']);
  });

  it('refuses the export to other roles (audited), without a token, and with a bad format or filter', async () => {
    const refused = await exportOf('prosecutor.ro', 'format=csv');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    const [prosecutor] = await stack.db.query(`SELECT id FROM app_user WHERE email = 'prosecutor.ro@demo.example'`);
    const denied = await stack.db.query(
      `SELECT 1 FROM audit_event WHERE action = 'audit:read' AND outcome = 'DENIED' AND target_type = 'audit-export' AND actor_user_id = $1`,
      [prosecutor.id],
    );
    expect(denied).toHaveLength(1);
    expect((await exportOf(null, 'format=csv')).status).toBe(401);
    expect((await exportOf('auditor.de', 'format=xlsx')).status).toBe(400);
    expect((await exportOf('auditor.de', 'format=csv&actorUserId=nobody')).status).toBe(400);
    expect((await exportOf('auditor.de', 'format=csv&sort=id')).status).toBe(400);
  });
});
