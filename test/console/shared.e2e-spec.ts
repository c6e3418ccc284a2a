import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';

describe('web console: reference cards shared with us (browser)', () => {
  let harness: ConsoleHarness;
  let cardId: string;
  const restriction = 'Not to be passed to any third State; use only in the Chișinău labour-exploitation inquiry.';

  beforeAll(async () => {
    harness = await startConsole();
    const { stack } = harness;
    const token = await stack.signIn('prosecutor.de@demo.example');
    const found = await stack.gql<{ cases: { edges: { node: { id: string } }[] }; agencies: { id: string; kind: string }[] }>(
      `{ cases(first: 1, filter: { text: "STA-BLN-276" }) { edges { node { id } } } agencies(stateCode: "MD") { id kind } }`,
      {},
      token,
    );
    const police = found.data?.agencies.find((a) => a.kind === 'POLICE');
    const shared = await stack.gql<{ shareCase: { id: string } }>(
      `mutation($input: ShareCaseInput!) { shareCase(input: $input) { id } }`,
      {
        input: {
          caseId: found.data?.cases.edges[0].node.id,
          recipientAgencyId: police?.id,
          summary: 'Recruiter in Chișinău sends workers to a Berlin construction firm; wages skimmed to one IBAN.',
          contactPoint: 'Demo prosecutor (DE), +49 30 0000 0000',
          handlingCode: 'H3',
          handlingRestriction: restriction,
        },
      },
      token,
    );
    if (!shared.data) throw new Error(shared.raw);
    cardId = shared.data.shareCase.id;
  }, 60_000);
  afterAll(() => harness?.close());

  it('shows the MD police the card with its handling code in words, H3’s restriction in full, and lets it acknowledge', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'liaison_officer.md@demo.example');
    await page.getByRole('link', { name: 'Shared with us' }).click();
    const table = page.getByTestId('shared-cards');
    await table.getByText(restriction).waitFor();
    expect(await table.innerText()).toMatch(/H3 — other restrictions/);
    expect(await table.innerText()).toMatch(/not yet acknowledged/i);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'shared-with-us');

    await table.getByRole('link', { name: /Staatsanwaltschaft Berlin/ }).first().click();
    await page.getByRole('heading', { name: /Reference card from Staatsanwaltschaft Berlin/ }).waitFor();
    await page.getByText('Demo prosecutor (DE), +49 30 0000 0000').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await page.getByTestId('acknowledged').waitFor();
    await screenshot(page, 'shared-card');
    await context.close();
  });

  it('shows an Austrian officer no card, and the card’s address as not found', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'liaison_officer.at@demo.example');
    await page.goto('/shared');
    await page.getByText('No reference card is shared with your agency.').waitFor();
    await page.goto(`/shared/${cardId}`);
    await page.getByText('Not found, or not shared with you.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
