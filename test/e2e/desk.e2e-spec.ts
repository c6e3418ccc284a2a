import { eventually, GraphQLResponse, Stack, startStack } from '../support/stack';

const RECENT = `query($first: Int) { recentMatches(first: $first) {
  id caseId caseReference identifierType foundAt otherAgency { name stateCode } contact { displayName email } } }`;

interface RecentMatch {
  caseId: string;
  caseReference: string;
  identifierType: string;
  otherAgency: { name: string; stateCode: string };
  contact: { email: string };
}

/** `recentMatches`: the latest hits on any case of the caller's agency, for My desk. */
describe('recent hits of an agency (e2e)', () => {
  let stack: Stack;
  const recent = async (who: string, first?: number): Promise<GraphQLResponse<{ recentMatches: RecentMatch[] }>> =>
    stack.gql(RECENT, { first }, await stack.signIn(`${who}@demo.example`));

  beforeAll(async () => {
    stack = await startStack({ worker: true });
  }, 60_000);
  afterAll(() => stack?.close());

  it('gives the DE prosecution service its hits with MD: its own case reference, whom to contact, nothing of the MD case', async () => {
    // Other test files of the run share the database and add hits of their own: the demo case's are looked at.
    const hits = await eventually(async () => {
      const found = ((await recent('prosecutor.de')).data?.recentMatches ?? []).filter((h) => h.caseReference.startsWith('STA-BLN-276'));
      return found.length >= 2 ? found : null;
    });
    expect(hits.map((h) => h.identifierType)).toEqual(expect.arrayContaining(['IBAN', 'PHONE']));
    expect(hits.every((h) => h.otherAgency.stateCode === 'MD')).toBe(true);
    const { data } = await stack.gql<{ cases: { edges: { node: { id: string } }[] } }>(
      `{ cases(first: 5, filter: { text: "STA-BLN-276" }) { edges { node { id } } } }`,
      {},
      await stack.signIn('prosecutor.de@demo.example'),
    );
    const ownCaseIds = data?.cases.edges.map((e) => e.node.id) ?? [];
    expect(hits.every((h) => ownCaseIds.includes(h.caseId))).toBe(true);
    expect(JSON.stringify(hits)).not.toMatch(/CCTP|MD-/);
  });

  it('gives the MD prosecution service the same hits from its side, and only as many as asked', async () => {
    const hits = await eventually(async () => {
      const found = ((await recent('prosecutor.md')).data?.recentMatches ?? []).filter((h) => h.otherAgency.stateCode === 'DE');
      return found.length >= 2 ? found : null;
    });
    expect(hits.every((h) => h.contact.email.endsWith('.de@demo.example'))).toBe(true);
    expect((await recent('prosecutor.md', 1)).data?.recentMatches).toHaveLength(1);
  });

  it('gives an agency of an uninvolved State nothing, refuses roles without cases, and a bad page size', async () => {
    expect((await recent('liaison_officer.at')).data?.recentMatches).toEqual([]);
    expect((await recent('victim_coordinator.de')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await recent('prosecutor.de', 0)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.gql(RECENT, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
