import { Stack, startStack } from '../support/stack';

const AUDIT_EVENTS = `query($after: String) { auditEvents(first: 100, after: $after) {
  edges { cursor node { id occurredAt action outcome actorState actorUserId targetType targetId targetState } } pageInfo { hasNextPage endCursor } } }`;

interface AuditPage {
  auditEvents: {
    edges: { node: { id: string; occurredAt: string; action: string; outcome: string; actorState: string | null; actorUserId: string | null; targetState: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('audit trail for auditors (e2e)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("shows an auditor its own State's events only, newest first", async () => {
    await stack.signIn('liaison_officer.de@demo.example');
    await stack.signIn('liaison_officer.md@demo.example');
    const auditor = await stack.signIn('auditor.de@demo.example');
    const page = await stack.gql<AuditPage>(AUDIT_EVENTS, {}, auditor);
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.auditEvents.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    // Its users' events, and events of other States' users on its data.
    expect(nodes.every((n) => n.actorState === 'DE' || n.targetState === 'DE')).toBe(true);
    const times = nodes.map((n) => Date.parse(n.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const [deOfficer] = await stack.db.query(`SELECT id FROM app_user WHERE email = 'liaison_officer.de@demo.example'`);
    expect(nodes.some((n) => n.action === 'auth.sign-in' && n.outcome === 'SUCCESS' && n.actorUserId === deOfficer.id)).toBe(true);
  });

  it('pages with the cursor without repeating events', async () => {
    const auditor = await stack.signIn('auditor.md@demo.example');
    const first = await stack.gql<AuditPage>(`query { auditEvents(first: 1) { edges { node { id occurredAt } } pageInfo { hasNextPage endCursor } } }`, {}, auditor);
    expect(first.errors).toBeUndefined();
    expect(first.data!.auditEvents.edges).toHaveLength(1);
    const after = first.data!.auditEvents.pageInfo.endCursor;
    expect(first.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
    const second = await stack.gql<AuditPage>(AUDIT_EVENTS, { after }, auditor);
    expect(second.errors).toBeUndefined();
    // Newest first by time (keyset on time and id): the next page starts after the first page's event.
    const [firstNode] = first.data!.auditEvents.edges.map((e) => e.node);
    const secondNodes = second.data!.auditEvents.edges.map((e) => e.node);
    expect(secondNodes.length).toBeGreaterThan(0);
    expect(secondNodes.map((n) => n.id)).not.toContain(firstNode.id);
    const times = secondNodes.map((n) => Date.parse(n.occurredAt));
    expect(times.every((t) => t <= Date.parse(firstNode.occurredAt))).toBe(true);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const bad = await stack.gql(AUDIT_EVENTS, { after: 'not-a-cursor' }, auditor);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the trail to other roles and audits the attempt', async () => {
    const prosecutor = await stack.signIn('prosecutor.de@demo.example');
    const refused = await stack.gql(AUDIT_EVENTS, {}, prosecutor);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const platform = await stack.signIn('platform_admin@demo.example');
    expect((await stack.gql(AUDIT_EVENTS, {}, platform)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [prosecutorRow] = await stack.db.query(`SELECT id FROM app_user WHERE email = 'prosecutor.de@demo.example'`);
    const denied = await stack.db.query(
      `SELECT 1 FROM audit_event WHERE action = 'audit:read' AND outcome = 'DENIED' AND actor_user_id = $1`,
      [prosecutorRow.id],
    );
    expect(denied.length).toBeGreaterThan(0);
  });
});
