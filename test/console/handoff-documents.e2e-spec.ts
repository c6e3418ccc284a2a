import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';
import { uniqueSuffix } from '../support/stack';

const DAY = 86_400_000;
const PROPOSE = `mutation($input: ProposeHandoffInput!) { proposeHandoff(input: $input) { id victimCode } }`;
const COORDINATOR_DE = 'victim_coordinator.de@demo.example';

describe('web console: handoff documents, safeguards and consent details (browser)', () => {
  let harness: ConsoleHarness;

  beforeAll(async () => {
    harness = await startConsole();
  }, 60_000);
  afterAll(() => harness?.close());

  /** A safe return of the test's own, identified ten days ago: the reflection period still runs. */
  async function proposeSafeReturn(): Promise<{ id: string; victimCode: string }> {
    const [agency] = await harness.stack.db.query(`SELECT id FROM agency WHERE name = 'La Strada Moldova'`);
    const token = await harness.stack.signIn(COORDINATOR_DE);
    const result = await harness.stack.gql<{ proposeHandoff: { id: string; victimCode: string } }>(
      PROPOSE,
      {
        input: {
          receivingAgencyId: agency.id,
          victim: { givenNames: 'Ion', familyName: `Familyname${uniqueSuffix()}`, dateOfBirth: '1994-03-12', nationality: 'MD', languages: ['ro'] },
          needs: [{ need: 'SAFE_RETURN', note: 'wishes to return to Chisinau' }],
          urgent: false,
          exploitationForm: 'LABOUR',
          minor: false,
          identifiedAt: new Date(Date.now() - 10 * DAY).toISOString(),
          consent: { scope: 'SHARE_WITH_LAW_ENFORCEMENT', basis: 'VICTIM', givenAt: new Date(Date.now() - DAY).toISOString(), explainedBy: 'Anna Weber, social worker', language: 'ro' },
          nonPunishment: true,
        },
      },
      token,
    );
    if (!result.data) throw new Error(result.raw);
    return result.data.proposeHandoff;
  }

  it('records a risk assessment, uploads a consent form and downloads it byte for byte; the consent says who explained it and in which language', async () => {
    const handoff = await proposeSafeReturn();
    const { context, page } = await harness.open();
    await signInAs(page, COORDINATOR_DE);
    await page.goto(`/handoffs/${handoff.id}`);
    await page.getByRole('heading', { name: `Handoff of ${handoff.victimCode}` }).waitFor();

    const consent = page.getByRole('region', { name: 'Consent' });
    await consent.getByText('Anna Weber, social worker').waitFor();
    await consent.getByText('Romanian').waitFor();

    // The safe return is held: the reflection period runs and no risk assessment is recorded yet.
    const safeguards = page.getByRole('region', { name: 'Safeguards' });
    const held = safeguards.getByTestId('safe-return-held');
    await held.getByText('a risk assessment', { exact: true }).waitFor();
    await held.getByText(/^the reflection period, \d+ more days$/).waitFor();
    await safeguards.getByLabel('Risk level').selectOption('HIGH');
    await safeguards.getByRole('button', { name: 'Record the safeguard' }).click();
    await safeguards.getByTestId('safeguard-recorded').waitFor();
    await held.getByText('a risk assessment', { exact: true }).waitFor({ state: 'detached' });
    await held.getByText(/^the reflection period, \d+ more days$/).waitFor();
    await page.getByText(/^High risk.+/).waitFor();

    const documents = page.getByRole('region', { name: 'Documents' });
    await documents.getByText('No documents yet.').waitFor();
    const content = Buffer.from(`%PDF-1.7 informed consent of ${handoff.victimCode}, explained in Romanian`);
    const sha256 = createHash('sha256').update(content).digest('hex');
    await documents.getByLabel('Kind of document').selectOption('CONSENT_FORM');
    await documents.getByTestId('document-file').setInputFiles({ name: 'consent-form.pdf', mimeType: 'application/pdf', buffer: content });
    await documents.getByRole('button', { name: 'Upload', exact: true }).click();
    await documents.getByTestId('upload-done').getByText(sha256).waitFor();
    const row = documents.getByTestId('documents').getByRole('row').filter({ hasText: 'consent-form.pdf' });
    await row.getByText('Consent form').waitFor();
    expect(await row.getByTestId('sha256').innerText()).toBe(sha256);
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download consent-form.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('consent-form.pdf');
    expect(readFileSync(await download.path())).toEqual(content);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'handoff-documents');
    // The same page in German.
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('region', { name: 'Schutzmaßnahmen' }).getByText('Es fehlt noch:').waitFor();
    await page.getByRole('region', { name: 'Dokumente' }).getByRole('cell', { name: 'Einwilligungserklärung' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'handoff-documents-de');
    await context.close();

    // The receiving coordinator sees the document too.
    const receiving = await harness.open();
    await signInAs(receiving.page, 'victim_coordinator.md@demo.example');
    await receiving.page.goto(`/handoffs/${handoff.id}`);
    await receiving.page.getByRole('region', { name: 'Documents' }).getByText('consent-form.pdf').waitFor();
    await receiving.context.close();
    // Two sign-ins, two axe runs and a language switch: more than the usual two minutes on a busy machine.
  }, 240_000);

  it('shows a liaison officer no documents, and the document route refuses them', async () => {
    const handoff = await proposeSafeReturn();
    const token = await harness.stack.signIn(COORDINATOR_DE);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.7 risk assessment')], { type: 'application/pdf' }), 'risk.pdf');
    const uploaded = await fetch(`${harness.stack.url}/handoffs/${handoff.id}/documents?kind=RISK_ASSESSMENT`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    const { document } = (await uploaded.json()) as { document: { id: string } };

    const { context, page } = await harness.open();
    await signInAs(page, 'liaison_officer.de@demo.example');
    await page.goto(`/handoffs/${handoff.id}`);
    await page.getByTestId('law-enforcement-view').waitFor();
    expect(await page.getByRole('region', { name: 'Documents' }).count()).toBe(0);
    expect(await page.getByText('risk.pdf').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    const police = await harness.stack.signIn('liaison_officer.de@demo.example');
    const refused = await fetch(`${harness.stack.url}/handoffs/${handoff.id}/documents/${document.id}`, { headers: { authorization: `Bearer ${police}` } });
    expect(refused.status).toBe(404);
    await context.close();
  });

  it('refers a victim with who explained the consent and in which language, suggested from the form and kept on the handoff', async () => {
    const [{ display_name: coordinatorName }] = await harness.stack.db.query(`SELECT display_name FROM app_user WHERE email = $1`, [COORDINATOR_DE]);
    const { context, page } = await harness.open();
    await signInAs(page, COORDINATOR_DE);
    await page.goto('/handoffs/new');
    await page.getByLabel('Receiving support service').selectOption({ label: 'La Strada Moldova (Moldova)' });
    await page.getByLabel('Given names').fill('Ana');
    await page.getByLabel('Family name').fill(`Referred${uniqueSuffix()}`);
    await page.getByLabel('Date of birth').fill('1998-07-02');
    await page.getByLabel('Nationality').fill('MD');
    await page.getByLabel('Languages spoken').fill('ru, ro');
    await page.getByLabel('Identified on').fill('2026-11-20');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: 'Shelter' }).check();
    await page.getByLabel('Shelter: what the receiving service should know').fill('a women-only shelter');
    await page.getByRole('button', { name: 'Next' }).click();
    // Suggested: the coordinator filling in the form, in the victim's first language.
    const explainedBy = page.getByLabel('Explained by (name and function)');
    const language = page.getByLabel('Language it was explained in');
    expect(await explainedBy.inputValue()).toBe(coordinatorName);
    expect(await language.inputValue()).toBe('ru');
    await language.fill('Russian');
    await explainedBy.fill('Elena Rusu, interpreter');
    await page.getByLabel('Consent given on').fill('2026-12-01');
    await page.getByRole('checkbox', { name: /was told in a language they understand/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Give a language code of two or three small letters, e.g. ro.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'handoff-referral-consent');
    await language.fill('ru');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByTestId('referral-review').getByText('Elena Rusu, interpreter (ru)').waitFor();
    await page.getByRole('button', { name: 'Send the referral' }).click();
    await page.getByRole('heading', { name: /^Handoff of V-DE-/ }).waitFor();
    const consent = page.getByRole('region', { name: 'Consent' });
    await consent.getByText('Elena Rusu, interpreter').waitFor();
    await consent.getByText('Russian').waitFor();
    await context.close();
  });
});
