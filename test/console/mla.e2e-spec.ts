import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_MLA_REQUEST_ID } from '@app/demo';
import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';

const MD_CENTRAL = 'Prosecutor General’s Office, International Legal Assistance';
const DE_PROSECUTOR = 'prosecutor.de@demo.example';
const MD_OFFICER = 'central_authority_officer.md@demo.example';

/** The little of the DOM the tests ask the page about (they are compiled without the DOM's types). */
interface BrowserGlobals {
  document: { activeElement: unknown };
  getComputedStyle(element: unknown): { outlineStyle: string; borderTopColor: string };
}
/** The theme's primary colour (indigo.8), which a focused field's border takes. */
const FOCUS_BORDER = 'rgb(59, 91, 219)';

describe('web console: MLA requests (browser)', () => {
  let harness: ConsoleHarness;
  let demoReference: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    harness = await startConsole();
    demoReference = (await harness.stack.db.query(`SELECT reference FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID]))[0].reference;
  }, 60_000);
  afterAll(() => harness?.close());
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  async function as(email: string, locale?: string): Promise<Page> {
    const { context, page } = await harness.open(locale ? { locale } : {});
    contexts.push(context);
    await signInAs(page, email);
    return page;
  }
  const axe = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const actionForm = (page: Page) => page.getByTestId('action-form');
  /** The buttons that open the steps offered, in order. */
  const offered = (page: Page) => page.getByTestId('offered-actions').getByRole('button').allInnerTexts();
  const status = (page: Page) => page.getByTestId('request-status');
  const idOf = (page: Page) => page.url().split('/mla/')[1];

  /** Drafts a complete request (by default to the MD central authority) with the fields, then submits it. */
  async function draftAndSubmit(page: Page, to = MD_CENTRAL, basis = 'COE_1959_CONVENTION'): Promise<string> {
    await page.goto('/mla/new');
    await page.getByLabel('Requested authority').selectOption({ label: to });
    await page.getByLabel('Legal basis', { exact: true }).selectOption(basis);
    await page.getByTestId('add-measure').click();
    await page.getByLabel('Details of measure 1').fill('Statements of IBAN MD24AG000225100013104168, 2025');
    await page.getByLabel('Summary of the facts').fill('Wages of workers recruited in Moldova were paid into accounts of the recruiters.');
    await page.getByLabel('Offences', { exact: true }).fill('Trafficking in human beings (StGB §232)');
    await page.getByLabel('Language of the request').selectOption('en');
    await page.getByRole('button', { name: 'Submit the request' }).click();
    await page.getByRole('heading', { level: 1, name: /MLA request MLA-DE-/ }).waitFor();
    return idOf(page);
  }

  it('lists incoming and outgoing requests with status, deadlines and filters in the address', async () => {
    const page = await as(DE_PROSECUTOR);
    await page.getByRole('link', { name: 'MLA requests' }).click();
    await page.getByRole('heading', { level: 1, name: 'MLA requests' }).waitFor();
    const row = page.getByTestId('mla-list').getByRole('row').filter({ hasText: demoReference });
    await expect(row.innerText()).resolves.toMatch(/Outgoing[\s\S]*Prosecutor General’s Office[\s\S]*\(MD\)[\s\S]*In execution[\s\S]*Execution/);
    await expect(row.locator('time').first().innerText()).resolves.toMatch(/\(in \d+ days\)/);
    await expect(page.getByRole('columnheader', { name: 'Deadlines' }).count()).resolves.toBe(1);
    await axe(page);
    await screenshot(page, 'mla-list');

    await page.getByTestId('filter-direction').selectOption('INCOMING');
    await page.waitForURL(/direction=INCOMING/);
    await page.getByTestId('mla-empty').waitFor();
    await page.getByLabel('Overdue only').check();
    await page.waitForURL(/overdue=true/);
    await page.getByLabel('In execution').check();
    await page.waitForURL(/statuses=/);
    await axe(page);
    // The filters live in the address: a reload keeps them.
    await page.reload();
    await expect(page.getByTestId('filter-direction').inputValue()).resolves.toBe('INCOMING');
    await expect(page.getByLabel('Overdue only').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('In execution').isChecked()).resolves.toBe(true);
    await page.goto('/mla?direction=OUTGOING&statuses=IN_EXECUTION&state=MD&statuses=NONSENSE');
    await page.getByTestId('mla-list').getByRole('row').filter({ hasText: demoReference }).waitFor();
  });

  it('drafts a request: the checklist shows what is missing as the user types, then that it is complete; submits it', async () => {
    const page = await as(DE_PROSECUTOR);
    await page.goto('/mla');
    await page.getByRole('link', { name: 'Draft a new request' }).click();
    const summary = page.getByTestId('checklist-summary');
    await expect(summary.innerText()).resolves.toBe('5 elements missing');
    await page.getByTestId('checklist').getByText('Legal basis: missing').waitFor();
    await axe(page);

    await page.getByLabel('Requested authority').selectOption({ label: MD_CENTRAL });
    await page.getByLabel('Linked case').selectOption({ index: 1 });
    // A bilateral treaty asks for its name; another basis does not.
    await page.getByLabel('Legal basis', { exact: true }).selectOption('BILATERAL_TREATY');
    await page.getByTestId('checklist').getByText('Name of the treaty: missing').waitFor();
    await page.getByLabel('Name of the bilateral treaty').waitFor();
    await page.getByLabel('Legal basis', { exact: true }).selectOption('COE_1959_CONVENTION');
    await expect(page.getByLabel('Name of the bilateral treaty').count()).resolves.toBe(0);
    await expect(summary.innerText()).resolves.toBe('4 elements missing');

    await page.getByTestId('add-measure').click();
    await page.getByTestId('checklist').getByText('Details of every measure: missing').waitFor();
    await page.getByLabel('Details of measure 1').fill('Statements of IBAN MD24AG000225100013104168, 2025');
    await page.getByLabel('Summary of the facts').fill('Wages of workers recruited in Moldova were paid into accounts of the recruiters.');
    await page.getByLabel('Offences', { exact: true }).fill('Trafficking in human beings (StGB §232)');
    await page.getByLabel('Urgent', { exact: true }).check();
    await page.getByTestId('checklist').getByText('Reason for the urgency: missing').waitFor();
    await expect(summary.innerText()).resolves.toBe('2 elements missing');
    // Submitting now sends nothing: the checklist takes the focus and says what is missing.
    await page.getByRole('button', { name: 'Submit the request' }).click();
    await page.getByRole('alert').filter({ hasText: 'not complete yet' }).waitFor();
    await expect(page.evaluate<string>('document.activeElement.id')).resolves.toBe('completeness-title');

    await page.getByLabel('Reason for the urgency').fill('The accounts may be emptied any day.');
    await page.getByLabel('Language of the request').selectOption('en');
    await expect(summary.innerText()).resolves.toBe('Complete: the request can be submitted.');
    await axe(page);
    await screenshot(page, 'mla-draft');

    await page.getByRole('button', { name: 'Submit the request' }).click();
    await page.getByRole('heading', { level: 1, name: /MLA request MLA-DE-/ }).waitFor();
    await status(page).getByText('Submitted').waitFor();
    await expect(page.getByTestId('case-link').getAttribute('href')).resolves.toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    await expect(offered(page)).resolves.toEqual(['Withdraw the request']);
    await axe(page);
  });

  it('saves an incomplete draft, which the server will not let through, and completes it later with the same form', async () => {
    const page = await as(DE_PROSECUTOR);
    await page.goto('/mla/new');
    await page.getByLabel('Requested authority').selectOption({ label: MD_CENTRAL });
    await page.getByLabel('Legal basis', { exact: true }).selectOption('RECIPROCITY');
    await page.getByLabel('Linked case').selectOption({ index: 1 });
    const caseId = await page.getByLabel('Linked case').inputValue();
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await status(page).getByText('Draft', { exact: true }).waitFor();
    await expect(offered(page)).resolves.toEqual(['Submit the request', 'Withdraw the request']);
    // Submitted as it stands, the server refuses it (the completeness rule is the same on both sides).
    await page.getByRole('button', { name: 'Submit the request' }).click();
    await actionForm(page).getByRole('button', { name: 'Submit the request' }).click();
    await page.locator('[data-failure=badInput]').waitFor();
    await axe(page);

    await page.getByRole('link', { name: 'Edit the draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the draft request' }).waitFor();
    await expect(page.getByLabel('Requested authority').inputValue()).resolves.toContain('Prosecutor General’s Office');
    await expect(page.getByLabel('Legal basis', { exact: true }).inputValue()).resolves.toBe('RECIPROCITY');
    await expect(page.getByLabel('Linked case').inputValue()).resolves.toBe(caseId);
    await expect(page.getByTestId('checklist-summary').innerText()).resolves.toBe('4 elements missing');
    await page.getByTestId('add-measure').click();
    await page.getByLabel('Details of measure 1').fill('Copies of the employment contracts');
    await page.getByLabel('Summary of the facts').fill('Contracts signed in Chișinău promised wages never paid.');
    await page.getByLabel('Offences', { exact: true }).fill('Trafficking in human beings (StGB §232)');
    await page.getByLabel('Language of the request').selectOption('ro');
    await expect(page.getByTestId('checklist-summary').innerText()).resolves.toBe('Complete: the request can be submitted.');
    await axe(page);
    await page.getByRole('button', { name: 'Submit the request' }).click();
    await status(page).getByText('Submitted').waitFor();
    await page.getByTestId('measures').getByText('Copies of the employment contracts').waitFor();
    await expect(page.getByTestId('case-link').getAttribute('href')).resolves.toBe(`/cases/${caseId}`);
  });

  it('the MD central authority acknowledges and asks for information; the DE prosecutor answers; each side is offered only its steps', async () => {
    const de = await as(DE_PROSECUTOR);
    const requestId = await draftAndSubmit(de);

    const md = await as(MD_OFFICER);
    await md.goto(`/mla/${requestId}`);
    await status(md).getByText('Incoming').waitFor();
    await expect(offered(md)).resolves.toEqual([
      'Acknowledge receipt',
      'Ask for additional information',
      'Record a consultation',
      'Refuse',
      'Forward within the State',
      'Extend the decision deadline',
    ]);
    await axe(md);
    await md.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await actionForm(md).getByRole('button', { name: 'Acknowledge receipt' }).click();
    await status(md).getByText('Receipt acknowledged').waitFor();
    await md.getByTestId('action-done').waitFor();

    await md.getByRole('button', { name: 'Ask for additional information' }).click();
    await actionForm(md).getByRole('button', { name: 'Ask for additional information' }).click();
    await actionForm(md).getByText('This is required.').waitFor();
    await axe(md);
    await actionForm(md).getByLabel('Question to the requesting side').fill('Which period exactly, and who holds the account?');
    await actionForm(md).getByRole('button', { name: 'Ask for additional information' }).click();
    await status(md).getByText('Additional information requested').waitFor();
    await md.getByTestId('no-actions').waitFor();

    await de.reload();
    await de.getByTestId('open-question').getByText('Which period exactly').waitFor();
    await expect(offered(de)).resolves.toEqual(['Answer the question', 'Withdraw the request']);
    await de.getByRole('button', { name: 'Answer the question' }).click();
    await actionForm(de).getByLabel('Answer').fill('January 2025 to March 2026; the holder is Agro-Trans SRL.');
    await actionForm(de).getByRole('button', { name: 'Answer the question' }).click();
    await status(de).getByText('Receipt acknowledged').waitFor();
    await de.getByTestId('history').getByText('Question answered').waitFor();
    await de.getByTestId('history').getByText('January 2025 to March 2026').waitFor();
    await axe(de);

    // A colleague extends the deadline while the form is open: the step meets a newer version
    // (CONFLICT), the page says so and reads the request again.
    const stale = await as(MD_OFFICER);
    await stale.goto(`/mla/${requestId}`);
    await stale.getByRole('button', { name: 'Start execution' }).click();
    const token = await harness.stack.signIn(MD_OFFICER);
    const seen = await harness.stack.gql<{ mlaRequest: { version: number } }>(`query($id: ID!) { mlaRequest(id: $id) { version } }`, { id: requestId }, token);
    const extended = await harness.stack.gql(
      `mutation($input: MlaTransitionInput!) { transitionMlaRequest(input: $input) { version } }`,
      { input: { id: requestId, expectedVersion: seen.data!.mlaRequest.version, action: 'EXTEND_DEADLINE', extensionDays: 10, reason: 'Bank needs time' } },
      token,
    );
    expect(extended.errors).toBeUndefined();
    await actionForm(stale).getByRole('button', { name: 'Start execution' }).click();
    await stale.locator('[data-failure=conflict]').waitFor();
    await expect(stale.locator('[data-failure=conflict]').innerText()).resolves.toContain('Changed by someone else meanwhile');
    await stale.getByRole('button', { name: 'Start execution' }).click();
    await actionForm(stale).getByRole('button', { name: 'Start execution' }).click();
    await status(stale).getByText('In execution').waitFor();
  });

  it('refuses an EIO only on its own grounds, and on ground (b) only after a consultation, said in words; the refusal reads in words', async () => {
    const de = await as(DE_PROSECUTOR);
    const requestId = await draftAndSubmit(de, 'Ministry of Justice, International Judicial Cooperation', 'EIO_DIRECTIVE');
    const ro = await as('central_authority_officer.ro@demo.example');
    await ro.goto(`/mla/${requestId}`);
    await ro.getByRole('button', { name: 'Refuse' }).click();
    const grounds = await actionForm(ro).getByLabel('Ground for refusal').locator('option').allInnerTexts();
    expect(grounds.slice(1).every((g) => g.startsWith('EIO art. 11(1)'))).toBe(true);
    expect(grounds).toHaveLength(9);
    await actionForm(ro).getByLabel('Ground for refusal').selectOption('EIO_11_1_B_NATIONAL_SECURITY');
    await actionForm(ro).getByTestId('consultation-note').getByText('requires a consultation with the issuing authority first').waitFor();
    await actionForm(ro).getByLabel('Reasons for the refusal').fill('The records concern an ongoing security investigation.');
    await actionForm(ro).getByRole('button', { name: 'Refuse' }).click();
    await actionForm(ro).getByText('Record the consultation, then refuse.').first().waitFor();
    await axe(ro);
    await screenshot(ro, 'mla-refuse');
    await ro.getByRole('button', { name: 'Cancel' }).click();

    await ro.getByRole('button', { name: 'Record a consultation' }).click();
    await actionForm(ro).getByLabel('What the consultation with the requesting side concluded').fill('Consulted by phone on 3 December; no alternative measure.');
    await actionForm(ro).getByRole('button', { name: 'Record a consultation' }).click();
    await ro.getByTestId('history').getByText('Consultation recorded').waitFor();
    await ro.getByRole('button', { name: 'Refuse' }).click();
    await actionForm(ro).getByLabel('Ground for refusal').selectOption('EIO_11_1_B_NATIONAL_SECURITY');
    await actionForm(ro).getByTestId('consultation-note').getByText('has been recorded').waitFor();
    await actionForm(ro).getByLabel('Reasons for the refusal').fill('The records concern an ongoing security investigation.');
    await actionForm(ro).getByRole('button', { name: 'Refuse' }).click();
    await status(ro).getByText('Refused').waitFor();
    await ro.getByTestId('no-actions').waitFor();

    await de.reload();
    await de.getByTestId('refusal').getByText('EIO art. 11(1)(b): harm to essential national security interests').waitFor();
    await de.getByTestId('refusal').getByText('ongoing security investigation').waitFor();
    await de.getByTestId('no-actions').waitFor();
    await axe(de);
  });

  it('takes the requested side through extension, execution, postponement and outcomes; forwards another request within the State', async () => {
    const de = await as(DE_PROSECUTOR);
    const requestId = await draftAndSubmit(de);
    const md = await as(MD_OFFICER);
    await md.goto(`/mla/${requestId}`);
    const take = async (action: string, fill: (form: Locator) => Promise<void> = async () => undefined) => {
      await md.getByTestId('offered-actions').getByRole('button', { name: action }).click();
      await fill(actionForm(md));
      await actionForm(md).getByRole('button', { name: action }).click();
      await actionForm(md).waitFor({ state: 'detached' });
    };

    await md.getByRole('button', { name: 'Extend the decision deadline' }).click();
    await actionForm(md).getByText('At most 90 days; the deadline can be extended only once.').waitFor();
    await actionForm(md).getByLabel('Extension in days').fill('120');
    await actionForm(md).getByLabel(/^Reason/).fill('The bank needs time to retrieve archived records.');
    await actionForm(md).getByRole('button', { name: 'Extend the decision deadline' }).click();
    await actionForm(md).getByText('Enter a whole number of days within the limit.').first().waitFor();
    await actionForm(md).getByLabel('Extension in days').fill('20');
    await actionForm(md).getByRole('button', { name: 'Extend the decision deadline' }).click();
    await actionForm(md).waitFor({ state: 'detached' });
    await md.getByText('Extended by 20 days: The bank needs time to retrieve archived records.').waitFor();
    expect(await offered(md)).not.toContain('Extend the decision deadline');

    await take('Acknowledge receipt');
    await take('Start execution');
    await status(md).getByText('In execution').waitFor();
    await take('Postpone execution', async (form) => {
      await form.getByLabel(/^Reason/).fill('A parallel domestic search comes first.');
      await form.getByLabel('Postponed until').fill('2031-01-15');
    });
    await status(md).getByText('Postponed').waitFor();
    await md.getByText('A parallel domestic search comes first.').first().waitFor();
    await axe(md);
    await take('Resume');
    await status(md).getByText('In execution').waitFor();
    await take('Record outcomes of measures', async (form) => {
      await form.getByLabel('Outcome').selectOption('EXECUTED');
      await form.getByLabel('Note').fill('Statements sent by courier.');
    });
    await status(md).getByText('Executed').waitFor();
    await md.getByTestId('measures').getByText('Statements sent by courier.').waitFor();
    await md.getByTestId('no-actions').waitFor();

    // Forwarded to the competent prosecution service of the same State: it now holds the request.
    const other = await draftAndSubmit(de);
    await md.goto(`/mla/${other}`);
    await take('Forward within the State', async (form) => {
      await form.getByLabel('Competent authority of your State').selectOption({ label: 'Prosecutor’s Office for Combating Organised Crime' });
    });
    await status(md).getByText('Forwarded').waitFor();
    await md.getByTestId('no-actions').waitFor();
    const holder = await as('prosecutor.md@demo.example');
    await holder.goto(`/mla/${other}`);
    await holder.getByTestId('offered-actions').getByRole('button', { name: 'Acknowledge receipt' }).waitFor();
    await status(holder).getByText('Forwarded').waitFor();
  });

  it('marks an overdue request in words, in the list (with its filter) and on its page', async () => {
    const de = await as(DE_PROSECUTOR);
    const requestId = await draftAndSubmit(de);
    // The acknowledgement was due yesterday (as the deadline sweeper would find it).
    await harness.stack.db.query(
      `UPDATE mla_request SET acknowledgement_due_at = now() - interval '1 day', next_due_at = now() - interval '1 day' WHERE id = $1`,
      [requestId],
    );
    const reference = (await harness.stack.db.query(`SELECT reference FROM mla_request WHERE id = $1`, [requestId]))[0].reference;
    await de.goto('/mla?overdue=true');
    const row = de.getByTestId('mla-list').getByRole('row').filter({ hasText: reference });
    await row.getByTestId('overdue').first().waitFor();
    await expect(row.innerText()).resolves.toMatch(/Overdue[\s\S]*Acknowledgement of receipt[\s\S]*\((yesterday|1 day ago)\)[\s\S]*Overdue/);
    await expect(de.getByTestId('mla-list').getByRole('row').filter({ hasText: demoReference }).count()).resolves.toBe(0);
    await axe(de);
    await row.getByRole('link', { name: reference }).click();
    await de.getByTestId('deadlines').getByRole('row').filter({ hasText: 'Acknowledgement of receipt' }).getByText('Overdue').waitFor();
    await status(de).getByText('Overdue').waitFor();
  });

  it('uploads a document with a progress bar and its SHA-256 shown, and downloads it byte for byte', async () => {
    const page = await as(DE_PROSECUTOR);
    await page.goto(`/mla/${DEMO_MLA_REQUEST_ID}`);
    await page.getByRole('heading', { level: 2, name: 'Documents' }).waitFor();
    const content = Buffer.from('Extract of the commercial register, Agro-Trans SRL.\n'.repeat(12_000));
    const sha256 = createHash('sha256').update(content).digest('hex');
    // A slow uplink, so the progress can be seen moving.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 200 * 1024 });
    await page.getByTestId('document-file').setInputFiles({ name: 'register-extract.txt', mimeType: 'text/plain', buffer: content });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const bar = page.getByRole('progressbar', { name: 'Upload progress' });
    await bar.waitFor();
    // Browser code as a string: the tests are compiled without the DOM's types.
    await page.waitForFunction(`(() => {
      const now = Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow'));
      return now > 0 && now < 100;
    })()`);
    await axe(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.getByTestId('upload-done').getByText(sha256).waitFor({ timeout: 30_000 });
    const row = page.getByTestId('documents').getByRole('row').filter({ hasText: 'register-extract.txt' });
    await expect(row.getByTestId('sha256').innerText()).resolves.toBe(sha256);
    await axe(page);
    await screenshot(page, 'mla-request');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download register-extract.txt' }).click()]);
    expect(download.suggestedFilename()).toBe('register-extract.txt');
    const path = await download.path();
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(sha256);
  });

  it('does the whole journey with the keyboard alone: draft, submit, acknowledge, ask, answer', async () => {
    /** Presses Tab until `target` has the focus, and checks the focus is visible there. */
    async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
      for (let i = 0; i < limit; i += 1) {
        if (await target.evaluate((el) => el === (globalThis as unknown as BrowserGlobals).document.activeElement).catch(() => false)) {
          // Buttons and links get Mantine's focus ring (an outline); fields a border in the primary
          // colour, after a short transition.
          await page.waitForTimeout(150);
          const style = await target.evaluate((el) => {
            const { outlineStyle, borderTopColor } = (globalThis as unknown as BrowserGlobals).getComputedStyle(el);
            return { outlineStyle, borderTopColor };
          });
          expect({ ...style, visible: style.outlineStyle !== 'none' || style.borderTopColor === FOCUS_BORDER }).toMatchObject({ visible: true });
          return;
        }
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${target.toString()}`);
    }
    async function signInByKeyboard(email: string): Promise<Page> {
      const { context, page } = await harness.open();
      contexts.push(context);
      await page.goto('/');
      await page.getByLabel('E-mail').waitFor();
      await tabTo(page, page.getByLabel('E-mail'));
      await page.keyboard.type(email);
      await page.keyboard.press('Tab');
      await page.keyboard.type('correct-horse-demo-2026');
      await page.keyboard.press('Enter');
      await page.getByTestId('who-am-i').waitFor();
      return page;
    }

    const de = await signInByKeyboard(DE_PROSECUTOR);
    await tabTo(de, de.getByRole('link', { name: 'MLA requests' }));
    await de.keyboard.press('Enter');
    await tabTo(de, de.getByRole('link', { name: 'Draft a new request' }));
    await de.keyboard.press('Enter');
    await tabTo(de, de.getByLabel('Requested authority'));
    await de.keyboard.type('Prosecutor General');
    await tabTo(de, de.getByLabel('Legal basis', { exact: true }));
    await de.keyboard.type('Reciprocity');
    await tabTo(de, de.getByTestId('add-measure'));
    await de.keyboard.press('Enter');
    await tabTo(de, de.getByLabel('Details of measure 1'));
    await de.keyboard.type('Hearing of the branch manager of the bank');
    await tabTo(de, de.getByLabel('Summary of the facts'));
    await de.keyboard.type('Workers were recruited in Moldova and exploited in Germany.');
    await tabTo(de, de.getByLabel('Offences', { exact: true }));
    await de.keyboard.type('Trafficking in human beings (StGB §232)');
    await tabTo(de, de.getByLabel('Language of the request'));
    await de.keyboard.type('English');
    await tabTo(de, de.getByLabel('Urgent', { exact: true }));
    await de.keyboard.press('Space');
    await tabTo(de, de.getByLabel('Reason for the urgency'));
    await de.keyboard.type('A hearing date is set.');
    await expect(de.getByTestId('checklist-summary').innerText()).resolves.toBe('Complete: the request can be submitted.');
    await expect(de.getByLabel('Requested authority').inputValue()).resolves.not.toBe('');
    await tabTo(de, de.getByRole('button', { name: 'Submit the request' }));
    await de.keyboard.press('Enter');
    await status(de).getByText('Submitted').waitFor();
    const requestId = idOf(de);

    const md = await signInByKeyboard(MD_OFFICER);
    await md.goto(`/mla/${requestId}`);
    await tabTo(md, md.getByRole('button', { name: 'Acknowledge receipt' }));
    await md.keyboard.press('Enter');
    // The form takes the focus at its heading; its submit button is a few tabs on.
    await expect(md.evaluate<string>('document.activeElement.id')).resolves.toBe('action-ACKNOWLEDGE-title');
    await tabTo(md, actionForm(md).getByRole('button', { name: 'Acknowledge receipt' }));
    await md.keyboard.press('Enter');
    await status(md).getByText('Receipt acknowledged').waitFor();
    await tabTo(md, md.getByRole('button', { name: 'Ask for additional information' }));
    await md.keyboard.press('Enter');
    await tabTo(md, actionForm(md).getByLabel('Question to the requesting side'));
    await md.keyboard.type('Who is the branch manager?');
    await tabTo(md, actionForm(md).getByRole('button', { name: 'Ask for additional information' }));
    await md.keyboard.press('Enter');
    await status(md).getByText('Additional information requested').waitFor();

    await de.reload();
    await tabTo(de, de.getByRole('button', { name: 'Answer the question' }));
    await de.keyboard.press('Enter');
    await tabTo(de, actionForm(de).getByLabel('Answer'));
    await de.keyboard.type('Ion Popescu, branch 12, Chișinău.');
    await tabTo(de, actionForm(de).getByRole('button', { name: 'Answer the question' }));
    await de.keyboard.press('Enter');
    await status(de).getByText('Receipt acknowledged').waitFor();
    await tabTo(de, de.getByLabel('New message to the other side'));
    await de.keyboard.type('Thank you; the hearing may be by video link.');
    await tabTo(de, de.getByRole('button', { name: 'Send message' }));
    await de.keyboard.press('Enter');
    await de.getByTestId('messages').getByText('by video link').waitFor();
    await axe(de);
  });

  it('shows a request in Russian, switched with the language select', async () => {
    const page = await as(DE_PROSECUTOR, 'ru-RU');
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('link', { name: 'MLA requests' }).waitFor();
    await page.getByTestId('language').selectOption('ru');
    await page.getByRole('link', { name: 'Запросы о правовой помощи' }).click();
    await page.getByRole('heading', { level: 1, name: 'Запросы о правовой помощи' }).waitFor();
    await axe(page);
    await page.goto(`/mla/${DEMO_MLA_REQUEST_ID}`);
    await page.getByRole('heading', { level: 1, name: `Запрос о правовой помощи ${demoReference}` }).waitFor();
    await status(page).getByText('На исполнении').waitFor();
    await page.getByText('Европейская конвенция о взаимной правовой помощи по уголовным делам (1959) и протоколы к ней').waitFor();
    await page.getByRole('columnheader', { name: 'Срок', exact: true }).waitFor();
    await expect(offered(page)).resolves.toEqual(['Отозвать запрос']);
    await axe(page);
    await screenshot(page, 'mla-request-ru');
  });

  it('shows an Austrian user no requests, and a DE request as not found, or not shared', async () => {
    const page = await as('liaison_officer.at@demo.example');
    await page.goto('/mla');
    await page.getByTestId('mla-empty').waitFor();
    await axe(page);
    await page.goto(`/mla/${DEMO_MLA_REQUEST_ID}`);
    await page.getByRole('alert').getByText('Not found, or not shared with you.').waitFor();
    await axe(page);
  });
});
