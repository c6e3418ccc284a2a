import { browserStorage, ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';
import { uniqueSuffix } from '../support/stack';

const DAY = 86_400_000;
const PROPOSE = `mutation($input: ProposeHandoffInput!) { proposeHandoff(input: $input) { id victimCode } }`;

describe('web console: victim handoffs (browser)', () => {
  let harness: ConsoleHarness;

  beforeAll(async () => {
    harness = await startConsole();
  }, 60_000);
  afterAll(() => harness?.close());

  /** A handoff of the test's own from Berlin to La Strada Moldova (the demo's is left as other files expect it). */
  async function proposeHandoff(): Promise<{ id: string; victimCode: string; familyName: string }> {
    const [agency] = await harness.stack.db.query(`SELECT id FROM agency WHERE name = 'La Strada Moldova'`);
    const familyName = `Familyname${uniqueSuffix()}`;
    const token = await harness.stack.signIn('victim_coordinator.de@demo.example');
    const result = await harness.stack.gql<{ proposeHandoff: { id: string; victimCode: string } }>(
      PROPOSE,
      {
        input: {
          receivingAgencyId: agency.id,
          victim: { givenNames: 'Ion', familyName, dateOfBirth: '1994-03-12', nationality: 'MD', languages: ['ro', 'ru'], contact: '+37360000001' },
          needs: [{ need: 'SHELTER', note: 'a safe room near Chisinau' }],
          urgent: true,
          exploitationForm: 'LABOUR',
          minor: false,
          identifiedAt: new Date(Date.now() - 60 * DAY).toISOString(),
          consent: { scope: 'SHARE_WITH_LAW_ENFORCEMENT', basis: 'VICTIM', givenAt: new Date(Date.now() - DAY).toISOString(), explainedBy: 'Anna Weber, social worker', language: 'ro' },
          nonPunishment: true,
          linkedCaseReference: `StA-Berlin-${uniqueSuffix()}`,
        },
      },
      token,
    );
    if (!result.data) throw new Error(result.raw);
    return { ...result.data.proposeHandoff, familyName };
  }

  it('takes the receiving coordinator from the incoming list through accepting, starting, a service and a message', async () => {
    const handoff = await proposeHandoff();
    const { context, page } = await harness.open();
    await signInAs(page, 'victim_coordinator.md@demo.example');
    await page.getByRole('link', { name: 'Victim handoffs' }).click();
    await page.getByLabel('Direction').selectOption('INCOMING');
    await page.waitForURL(/direction=INCOMING/);
    const row = page.getByTestId('handoffs-list').locator('tbody tr').filter({ hasText: handoff.victimCode });
    expect(await row.innerText()).toMatch(/From Fachberatungsstelle.*Proposed.*Labour/s);
    expect(await row.getByText('Urgent').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'handoffs-list');

    await row.getByRole('link', { name: handoff.victimCode }).click();
    await page.getByRole('heading', { name: `Handoff of ${handoff.victimCode}` }).waitFor();
    const actions = page.getByRole('region', { name: 'What your agency can do now' });
    expect(await actions.getByRole('button').allInnerTexts()).toEqual(['Accept', 'Decline']);
    await actions.getByRole('button', { name: 'Accept' }).click();
    await actions.getByRole('button', { name: 'Start support' }).click();
    await actions.getByRole('button', { name: 'Mark completed' }).waitFor();
    await page.getByText('Support under way').first().waitFor();

    const services = page.getByRole('region', { name: 'Services delivered' });
    await services.getByLabel('What was done').fill('Room at the shelter arranged');
    await services.getByRole('button', { name: 'Record the service' }).click();
    await services.getByTestId('services').getByText('Room at the shelter arranged').waitFor();

    const messages = page.getByRole('region', { name: 'Messages between the coordinators' });
    await messages.getByLabel('Message').fill('She arrived safely this morning.');
    await messages.getByRole('button', { name: 'Send' }).click();
    await messages.getByTestId('handoff-messages').getByText('She arrived safely this morning.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'handoff');
    // The same page in Russian, as a Moldovan coordinator may read it.
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: `Передача ${handoff.victimCode}` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'handoff-ru');
    await context.close();
  });

  it('reveals the identity for a stated purpose, keeps it out of browser storage and hides it again; police see only what consent allows', async () => {
    const handoff = await proposeHandoff();
    const police = await harness.open();
    await signInAs(police.page, 'liaison_officer.de@demo.example');
    await police.page.goto(`/handoffs/${handoff.id}`);
    await police.page.getByTestId('law-enforcement-view').waitFor();
    expect(await police.page.getByRole('region', { name: 'Identity' }).count()).toBe(0);
    expect(await seriousViolations(police.page)).toEqual([]);
    // A coordinator of an uninvolved State: not found, as if there were no such handoff.
    const outsider = await harness.open();
    await signInAs(outsider.page, 'victim_coordinator.at@demo.example');
    await outsider.page.goto(`/handoffs/${handoff.id}`);
    await outsider.page.getByText('Not found, or not shared with you.').waitFor();
    await outsider.context.close();

    const { context, page } = await harness.open();
    await signInAs(page, 'victim_coordinator.de@demo.example');
    await page.goto(`/handoffs/${handoff.id}`);
    const identity = page.getByRole('region', { name: 'Identity' });
    await identity.getByLabel('Why you need the identity now').fill('Arranging the travel documents with the consulate');
    await identity.getByRole('button', { name: 'Reveal identity' }).click();
    await identity.getByTestId('revealed-identity').getByText(`Ion ${handoff.familyName}`).waitFor();
    expect(await browserStorage(page)).not.toContain(handoff.familyName);
    expect(await seriousViolations(page)).toEqual([]);
    await identity.getByRole('button', { name: 'Hide now' }).click();
    expect(await page.getByText(handoff.familyName).count()).toBe(0);
    // The reveal is listed for both coordinators: who, when, why.
    const log = identity.getByTestId('identity-reveals');
    expect(await log.innerText()).toMatch(/Demo victim coordinator \(DE\) \(Your agency\).*Arranging the travel documents with the consulate/s);
    const [audit] = await harness.stack.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1 AND action LIKE '%reveal%' AND outcome = 'SUCCESS'`,
      [handoff.id],
    );
    expect(audit.n).toBe(1);

    // Withdrawing the consent says what it changes first; then law enforcement no longer sees the handoff.
    const consent = page.getByRole('region', { name: 'Consent' });
    await consent.getByRole('button', { name: 'Record that the consent was withdrawn' }).click();
    await consent.getByText('law enforcement no longer sees this handoff', { exact: false }).waitFor();
    await consent.getByRole('button', { name: 'Yes, the consent is withdrawn' }).click();
    await consent.getByTestId('consent-withdrawn').waitFor();
    await police.page.reload();
    await police.page.getByText('Not found, or not shared with you.').waitFor();
    await police.context.close();
    await context.close();
  });
  it('refers a victim abroad step by step, and sends nothing until the consent is recorded', async () => {
    const familyName = `Referred${uniqueSuffix()}`;
    const { context, page } = await harness.open();
    await signInAs(page, 'victim_coordinator.de@demo.example');
    await page.goto('/handoffs');
    await page.getByRole('link', { name: 'Refer a victim abroad' }).click();
    await page.getByRole('heading', { name: 'Refer a victim to a support service abroad' }).waitFor();
    // An empty step does not open the next one.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Write the day as YYYY-MM-DD.').first().waitFor();
    await page.getByLabel('Receiving support service').selectOption({ label: 'La Strada Moldova (Moldova)' });
    await page.getByLabel('Given names').fill('Ana');
    await page.getByLabel('Family name').fill(familyName);
    await page.getByLabel('Date of birth').fill('1998-07-02');
    await page.getByLabel('Nationality').fill('MD');
    await page.getByLabel('Languages spoken').fill('ro, ru');
    await page.getByLabel('Identified on').fill('2026-11-20');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: 'Shelter' }).check();
    await page.getByLabel('Shelter: what the receiving service should know').fill('a women-only shelter');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('It is sent only with the victim', { exact: false }).waitFor();
    await page.getByLabel('Consent given on').fill('2026-12-01');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Nothing is sent without the informed consent.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'handoff-referral');
    await page.getByRole('checkbox', { name: /was told in a language they understand/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByTestId('referral-review').getByText('La Strada Moldova (Moldova)').waitFor();
    await page.getByRole('button', { name: 'Send the referral' }).click();
    await page.getByRole('heading', { name: /^Handoff of V-DE-/ }).waitFor();
    expect(await page.getByText('Proposed').first().isVisible()).toBe(true);
    expect(await browserStorage(page)).not.toContain(familyName);
    await context.close();
  });
});
