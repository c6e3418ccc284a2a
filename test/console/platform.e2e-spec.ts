import { browserStorage, ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';
import { createPrivateDatabase } from '../support/private-database';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email roles passwordChangeRequired agency { name } } } }`;
const DEMO_CASE_CONTENT = ['STA-BLN-276-Js-417/26', 'Labour exploitation on Berlin construction sites', 'PCCOCS-2026-112', 'DIICOT-IS-2026-77'];

/** The platform administrator's pages: States, agencies, an agency's first administrator; and no case content. */
describe('web console: platform administration (browser)', () => {
  let harness: ConsoleHarness;
  let database: { url: string; drop: () => Promise<void> };

  // A database of its own: the test adds a State and agencies to the platform.
  beforeAll(async () => {
    database = await createPrivateDatabase('platform_console');
    harness = await startConsole({ DATABASE_URL: database.url });
  }, 90_000);
  afterAll(async () => {
    await harness?.close();
    await database?.drop();
  });

  it('adds a State (a duplicate code and an unknown one said in words), then an agency and its first administrator', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'platform_admin@demo.example');
    const navigation = page.getByRole('navigation');
    expect(await navigation.getByRole('link').allInnerTexts()).toEqual(['My desk', 'States', 'Agencies', 'My account']);

    await navigation.getByRole('link', { name: 'States' }).click();
    await page.getByRole('heading', { name: 'Participating States' }).waitFor();
    const form = page.getByRole('region', { name: 'Add a State' });
    await form.getByLabel('Country code (ISO 3166-1 alpha-2)').fill('lu');
    await form.getByRole('button', { name: 'Add the State' }).click();
    await form.getByRole('status').getByText('Luxembourg (LU) was added.').waitFor();
    const luxembourg = page.getByTestId('states-list').locator('tbody tr').filter({ hasText: 'LU' });
    expect(await luxembourg.innerText()).toMatch(/LU\s+Luxembourg\s+0/);

    await form.getByLabel('Country code (ISO 3166-1 alpha-2)').fill('LU');
    await form.getByRole('button', { name: 'Add the State' }).click();
    expect(await form.getByRole('alert').innerText()).toBe('A State with the code LU is on the platform already.');
    await form.getByLabel('Country code (ISO 3166-1 alpha-2)').fill('QZ');
    await form.getByRole('button', { name: 'Add the State' }).click();
    await form.getByText('No country has this code in ISO 3166-1.').waitFor();
    await form.getByLabel('Country code (ISO 3166-1 alpha-2)').fill('L1');
    await form.getByRole('button', { name: 'Add the State' }).click();
    await form.getByText('Enter two capital letters, e.g. LU.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'platform-states');

    await navigation.getByRole('link', { name: 'Agencies' }).click();
    const agencyForm = page.getByRole('region', { name: 'Add an agency' });
    await agencyForm.getByLabel('State').selectOption('LU');
    await agencyForm.getByLabel('Name of the agency').fill('Police Grand-Ducale');
    await agencyForm.getByLabel('Kind of agency').selectOption('POLICE');
    await agencyForm.getByRole('button', { name: 'Add the agency' }).click();
    await agencyForm.getByRole('status').getByText('Police Grand-Ducale was added.', { exact: false }).waitFor();
    await agencyForm.getByLabel('Name of the agency').fill('Police Grand-Ducale');
    await agencyForm.getByRole('button', { name: 'Add the agency' }).click();
    expect(await agencyForm.getByRole('alert').innerText()).toBe('An agency of this name exists in this State already.');

    const row = page.getByTestId('agencies-list').locator('tbody tr').filter({ hasText: 'Police Grand-Ducale' });
    expect(await row.innerText()).toMatch(/Luxembourg\s+Police Grand-Ducale\s+Police\s+No administrator yet/i);
    await row.getByRole('button', { name: 'Create the first administrator of Police Grand-Ducale' }).click();
    const admin = page.getByRole('region', { name: 'First administrator of Police Grand-Ducale' });
    // An address taken already is said in words, and nothing is created.
    await admin.getByLabel('E-mail address').fill('prosecutor.de@demo.example');
    await admin.getByLabel('Full name').fill('Anne Weber');
    await admin.getByRole('button', { name: 'Create the administrator' }).click();
    expect(await admin.getByRole('alert').innerText()).toBe('A user with this e-mail address exists already.');
    await admin.getByLabel('E-mail address').fill('anne.weber@police.example.lu');
    await admin.getByRole('button', { name: 'Create the administrator' }).click();
    const shown = admin.getByTestId('temporary-password');
    await shown.getByText('Temporary password of Anne Weber').waitFor();
    const password = (await shown.locator('code').innerText()).trim();
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'platform-first-admin');
    // Shown once: nothing of it in the browser's storage, and gone once passed on.
    expect(await browserStorage(page)).not.toContain(password);
    await shown.getByRole('button', { name: 'I have passed it on' }).click();
    expect(await page.getByText(password).count()).toBe(0);
    await row.getByRole('cell', { name: '1', exact: true }).waitFor();

    const signedIn = await harness.stack.gql<{ signIn: { user: { roles: string[]; passwordChangeRequired: boolean; agency: { name: string } } } }>(SIGN_IN, {
      input: { email: 'anne.weber@police.example.lu', password },
    });
    expect(signedIn.data?.signIn.user).toEqual({
      email: 'anne.weber@police.example.lu',
      roles: ['AGENCY_ADMIN'],
      passwordChangeRequired: true,
      agency: { name: 'Police Grand-Ducale' },
    });

    // The same page in German.
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { name: 'Behörden' }).waitFor();
    await page.getByTestId('agencies-list').getByText('Luxemburg').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'platform-agencies-de');
    await context.close();
  });

  it('shows the platform administrator no case content: no nav entry, and the case pages refuse', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'platform_admin@demo.example');
    const navigation = page.getByRole('navigation');
    for (const journey of ['Cases', 'Shared with us', 'MLA requests', 'Victim handoffs', 'Statistics']) {
      expect(await navigation.getByRole('link', { name: journey }).count()).toBe(0);
    }
    for (const path of ['/', '/cases', '/shared', '/mla', '/handoffs']) {
      await page.goto(path);
      await page.locator('main h1').waitFor();
      await page.getByText('Loading…').waitFor({ state: 'detached' });
      const text = await page.locator('main').innerText();
      for (const content of DEMO_CASE_CONTENT) expect(text).not.toContain(content);
      await screenshot(page, `platform-no-case-content${path.replace('/', '-')}`);
    }
    await page.goto('/cases');
    expect(await page.locator('[data-failure]').innerText()).toBe('Your role cannot do this.');
    await context.close();
  });
});
