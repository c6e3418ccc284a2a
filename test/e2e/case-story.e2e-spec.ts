import { Stack, startStack } from '../support/stack';

const DEMO_CASE_REFERENCE = 'STA-BLN-276-Js-417/26';
const REQUESTS_OF_CASE = `query($caseId: ID!) { mlaRequests(first: 50, filter: { caseId: $caseId }) { edges { node { reference caseId } } } }`;
const HANDOFFS_OF_CASE = `query($ref: String!) { handoffs(first: 50, filter: { caseReference: $ref }) { edges { node { victimCode linkedCaseReference } } } }`;

/** One case's whole story: the MLA requests linked to it and the handoffs naming it, as far as each caller may see them. */
describe('a case’s MLA requests and handoffs (e2e)', () => {
  let stack: Stack;
  let demoCaseId: string;
  const as = (who: string) => stack.signIn(`${who}@demo.example`);
  const requestsOf = async (who: string, caseId: string) =>
    stack.gql<{ mlaRequests: { edges: { node: { reference: string; caseId: string } }[] } }>(REQUESTS_OF_CASE, { caseId }, await as(who));
  const handoffsOf = async (who: string, ref: string) =>
    stack.gql<{ handoffs: { edges: { node: { victimCode: string; linkedCaseReference: string } }[] } }>(HANDOFFS_OF_CASE, { ref }, await as(who));

  beforeAll(async () => {
    stack = await startStack();
    const found = await stack.gql<{ cases: { edges: { node: { id: string } }[] } }>(
      `{ cases(first: 1, filter: { text: "STA-BLN-276" }) { edges { node { id } } } }`,
      {},
      await as('prosecutor.de'),
    );
    demoCaseId = found.data?.cases.edges[0].node.id ?? '';
  }, 60_000);
  afterAll(() => stack?.close());

  it('lists the requests linked to the case for both sides of them, and none for another case', async () => {
    const own = await requestsOf('prosecutor.de', demoCaseId);
    expect(own.data?.mlaRequests.edges.map((e) => e.node.reference)).toContain('MLA-DE-2026-000001');
    expect(own.data?.mlaRequests.edges.every((e) => e.node.caseId === demoCaseId)).toBe(true);
    const incoming = await requestsOf('central_authority_officer.md', demoCaseId);
    expect(incoming.data?.mlaRequests.edges.map((e) => e.node.reference)).toContain('MLA-DE-2026-000001');
    expect((await requestsOf('prosecutor.de', '00000000-0000-4000-8000-000000000000')).data?.mlaRequests.edges).toEqual([]);
  });

  it('shows an uninvolved State nothing, and refuses a case id that is not one', async () => {
    expect((await requestsOf('prosecutor.at', demoCaseId)).data?.mlaRequests.edges).toEqual([]);
    expect((await requestsOf('prosecutor.de', 'not-a-case')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the handoffs naming the case reference to whoever may see them', async () => {
    const police = await handoffsOf('prosecutor.de', DEMO_CASE_REFERENCE);
    expect(police.data?.handoffs.edges.map((e) => e.node.linkedCaseReference)).toContain(DEMO_CASE_REFERENCE);
    const coordinator = await handoffsOf('victim_coordinator.md', DEMO_CASE_REFERENCE);
    expect(coordinator.data?.handoffs.edges.length).toBeGreaterThan(0);
    expect((await handoffsOf('liaison_officer.at', DEMO_CASE_REFERENCE)).data?.handoffs.edges).toEqual([]);
    expect((await handoffsOf('prosecutor.de', 'x'.repeat(101))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
