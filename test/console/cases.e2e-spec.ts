import { browserStorage, ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';

describe('web console: cases (browser)', () => {
  let harness: ConsoleHarness;
  let demoCaseId: string;

  beforeAll(async () => {
    harness = await startConsole();
    const token = await harness.stack.signIn('prosecutor.de@demo.example');
    const found = await harness.stack.gql<{ cases: { edges: { node: { id: string } }[] } }>(
      `{ cases(first: 1, filter: { text: "STA-BLN-276" }) { edges { node { id } } } }`,
      {},
      token,
    );
    demoCaseId = found.data?.cases.edges[0].node.id ?? '';
  }, 60_000);
  afterAll(() => harness?.close());

  it('lists the agency’s cases with filters kept in the address', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'prosecutor.de@demo.example');
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByTestId('cases-table').getByRole('link', { name: /STA-BLN-276/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'cases-list');
    await page.getByLabel('Reference or title contains').fill('STA-BLN');
    await page.getByLabel('Form of exploitation').selectOption('LABOUR');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/text=STA-BLN/);
    expect(page.url()).toMatch(/form=LABOUR/);
    await page.getByTestId('cases-table').getByRole('link', { name: /STA-BLN-276/ }).waitFor();
    await page.reload();
    await page.getByTestId('cases-table').getByRole('link', { name: /STA-BLN-276/ }).waitFor();
    await page.getByLabel('Status').selectOption('CLOSED');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No case matches.').waitFor();
    await context.close();
  });

  it('creates a case, refuses an unreadable identifier next to its field, adds and removes a valid one, and shows a stale edit as a conflict', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'liaison_officer.de@demo.example');
    await page.goto('/cases/new');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Choose at least one form of exploitation.').waitFor();
    const reference = `BKA-${Date.now()}`;
    await page.getByLabel('National reference').fill(reference);
    await page.getByLabel('Title', { exact: false }).first().fill('Nail studios, forced labour');
    await page.getByLabel('Labour exploitation').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: new RegExp(reference) }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Value').fill('12');
    await page.getByRole('button', { name: 'Add identifier' }).click();
    await page.getByText(/Check this entry/).waitFor();
    await page.getByLabel('Value').fill('+49 151 2345 6789');
    await page.getByRole('button', { name: 'Add identifier' }).click();
    await page.getByTestId('identifiers').getByText('+4915123456789', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Remove +4915123456789' }).click();
    await page.getByText('No identifier yet.').waitFor();

    // Someone else changes the case meanwhile: the stale save is refused and the fresh version shown.
    await page.getByRole('button', { name: 'Edit' }).click();
    const caseId = page.url().split('/').pop() ?? '';
    // The same officer in another session (a colleague's machine, another tab): the case's own agency.
    const token = await harness.stack.signIn('liaison_officer.de@demo.example');
    const read = await harness.stack.gql<{ case: { version: number } }>(`query($id: ID!) { case(id: $id) { version } }`, { id: caseId }, token);
    const changed = await harness.stack.gql(
      `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { version } }`,
      { input: { id: caseId, version: read.data?.case.version, title: 'Renamed by a colleague' } },
      token,
    );
    expect(changed.errors).toBeUndefined();
    await page.getByLabel('Title', { exact: false }).first().fill('My own title');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Changed by someone else meanwhile.', { exact: false }).waitFor();
    await page.getByRole('heading', { name: /Renamed by a colleague/ }).waitFor();
    await page.waitForFunction(`document.querySelector('input[name="title"]').value === 'Renamed by a colleague'`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the hits with MD (whom to contact, no MD data), asks for disclosure, shares a card from a hit and revokes it', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'prosecutor.de@demo.example');
    await page.goto(`/cases/${demoCaseId}`);
    const hits = page.getByTestId('hits');
    await hits.getByText(/Moldova/).first().waitFor();
    expect(await hits.innerText()).toMatch(/Whom to contact: .*@demo\.example/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'case-page');

    await hits.getByRole('button', { name: 'Ask them to share a reference card' }).first().click();
    await page.getByLabel('Message to the other side').fill('Please share what you hold on the recruiter.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Your request was sent; they are notified.').waitFor();

    await hits.getByRole('button', { name: 'Share a reference card with them' }).first().click();
    await page.getByLabel('Summary written for the recipient').fill('Recruiter phone and wage IBAN also in our file; contact us before any step.');
    await page.getByLabel('Handling code').selectOption('H3');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByText('H3 needs its restriction.').waitFor();
    await page.getByLabel('The H3 restriction, in full').fill('No use in court without our written consent.');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const cards = page.getByTestId('cards');
    await cards.getByText('No use in court without our written consent.', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await cards.getByRole('button', { name: 'Revoke' }).first().click();
    await cards.getByText('Revoked').first().waitFor();

    // The case's whole story: its MLA request (and back from the request to the case), the victim referred abroad.
    await page.getByTestId('case-handoffs').getByText(/support in progress, referred to La Strada Moldova/).waitFor();
    await page.getByTestId('case-requests').getByRole('link', { name: 'MLA-DE-2026-000001' }).click();
    await page.waitForURL(/\/mla\//);
    await page.getByTestId('case-link').click();
    await page.waitForURL(new RegExp(`/cases/${demoCaseId}$`));
    await page.getByTestId('hits').waitFor();

    // After the journey through cases, hits, cards and a request: nothing of them in the browser's storage.
    const storage = await browserStorage(page);
    expect(storage).not.toMatch(/STA-BLN|MD24AG|37369123456|Moldova|MLA-DE|V-DE-|eyJ/);
    await context.close();
  });

  it('says in words when a page’s code cannot be loaded, never a blank page', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'prosecutor.de@demo.example');
    await context.route('**/assets/CasesListPage-*.js', (route) => route.abort());
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('heading', { name: 'This page could not be shown' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows an Austrian officer no cases, and a DE case’s address as not found', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'liaison_officer.at@demo.example');
    await page.goto('/cases');
    await page.getByText('No case matches.').waitFor();
    await page.goto(`/cases/${demoCaseId}`);
    await page.getByText('Not found, or not shared with you.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
