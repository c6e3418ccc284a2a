import { Page } from 'playwright-core';
import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';
import { createPrivateDatabase } from '../support/private-database';

const MLA_STATISTICS = `{ mlaStatistics { byStatus { status count } overdue medianDaysToAcknowledge medianDaysToExecute } }`;
const HANDOFF_STATISTICS = `{ handoffStatistics { byStatus { key count } byExploitationForm { key count } medianHoursToAcceptance } }`;
const MLA_STATUS: Record<string, string> = { IN_EXECUTION: 'In execution', SUBMITTED: 'Submitted', ACKNOWLEDGED: 'Receipt acknowledged', EXECUTED: 'Executed' };
const HANDOFF_STATUS: Record<string, string> = { PROPOSED: 'Proposed', ACCEPTED: 'Accepted', IN_PROGRESS: 'Support under way', COMPLETED: 'Completed' };
const FORM: Record<string, string> = { LABOUR: 'Labour exploitation', SEXUAL: 'Sexual exploitation' };

/** The rows of a figure's table, as "label<TAB>figure". */
const tableRows = (page: Page, figure: string) => page.getByTestId(`${figure}-table`).locator('tbody tr').allInnerTexts();

/** The statistics page: charts drawn from the demo world's figures, the same figures as tables, in two languages. */
describe('web console: statistics (browser)', () => {
  let harness: ConsoleHarness;
  let database: { url: string; drop: () => Promise<void> };

  // A database of its own: the figures are the demo world's, not those of other test files.
  beforeAll(async () => {
    database = await createPrivateDatabase('statistics_console');
    harness = await startConsole({ DATABASE_URL: database.url });
  }, 90_000);
  afterAll(async () => {
    await harness?.close();
    await database?.drop();
  });

  async function figuresOf<T>(email: string, query: string): Promise<T> {
    const result = await harness.stack.gql<T>(query, {}, await harness.stack.signIn(email));
    if (!result.data) throw new Error(result.raw);
    return result.data;
  }

  it("draws a prosecutor's MLA figures as charts and the same figures as tables, in English and German", async () => {
    const { mlaStatistics: expected } = await figuresOf<{
      mlaStatistics: { byStatus: { status: string; count: number }[]; overdue: number; medianDaysToAcknowledge: number | null };
    }>('prosecutor.de@demo.example', MLA_STATISTICS);
    expect(expected.byStatus.length).toBeGreaterThan(0);

    const { context, page } = await harness.open();
    await signInAs(page, 'prosecutor.de@demo.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('heading', { name: 'MLA requests', level: 2 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Victim handoffs' }).count()).toBe(0);

    await page.getByTestId('mla-by-status-chart').locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.getByTestId('mla-by-status-chart').locator('.recharts-bar-rectangle').count()).toBe(expected.byStatus.length);
    expect(await tableRows(page, 'mla-by-status')).toEqual(expected.byStatus.map((s) => `${MLA_STATUS[s.status]}\t${s.count}`));
    expect(await page.getByTestId('mla-overdue').innerText()).toMatch(new RegExp(`^Overdue requests\\s+${expected.overdue}$`));
    const [acknowledge] = await tableRows(page, 'mla-medians');
    expect(acknowledge).toMatch(expected.medianDaysToAcknowledge === null ? /^To acknowledgement\tnot known yet$/ : /^To acknowledgement\t[\d.]+ days?$/);

    // The tables are there for screen readers all along; the switch shows them to everyone.
    const shownWidth = async () => (await page.getByTestId('mla-by-status-table').locator('xpath=..').boundingBox())?.width ?? 0;
    expect(await shownWidth()).toBeLessThanOrEqual(1);
    await page.getByLabel('Show the figures as tables').check();
    expect(await shownWidth()).toBeGreaterThan(200);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'statistics-mla');

    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { name: 'Rechtshilfeersuchen', level: 2 }).waitFor();
    expect(await tableRows(page, 'mla-by-status')).toEqual(expected.byStatus.map((s) => expect.stringMatching(new RegExp(`\\t${s.count}$`))));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'statistics-mla-de');
    await context.close();
  });

  it("draws a victim coordinator's handoff figures: by status, by form, the median hours to acceptance; in Russian too", async () => {
    const { handoffStatistics: expected } = await figuresOf<{
      handoffStatistics: { byStatus: { key: string; count: number }[]; byExploitationForm: { key: string; count: number }[] };
    }>('victim_coordinator.md@demo.example', HANDOFF_STATISTICS);
    expect(expected.byStatus.length).toBeGreaterThan(0);

    const { context, page } = await harness.open();
    await signInAs(page, 'victim_coordinator.md@demo.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('heading', { name: 'Victim handoffs', level: 2 }).waitFor();
    expect(await page.getByRole('heading', { name: 'MLA requests' }).count()).toBe(0);

    await page.getByTestId('handoffs-by-status-chart').locator('.recharts-pie-sector').first().waitFor();
    expect(await page.getByTestId('handoffs-by-status-chart').locator('.recharts-pie-sector').count()).toBe(expected.byStatus.length);
    expect(await page.getByTestId('handoffs-by-form-chart').locator('.recharts-bar-rectangle').count()).toBe(expected.byExploitationForm.length);
    const statuses = expected.byStatus.map((s) => `${HANDOFF_STATUS[s.key]}\t${s.count}`);
    expect((await tableRows(page, 'handoffs-by-status')).sort()).toEqual(statuses.sort());
    expect(await tableRows(page, 'handoffs-by-form')).toEqual(expected.byExploitationForm.map((s) => `${FORM[s.key]}\t${s.count}`));
    const total = expected.byStatus.reduce((sum, s) => sum + s.count, 0);
    expect(await page.getByTestId('handoffs-total').innerText()).toMatch(new RegExp(`^Handoffs in all\\s+${total}$`));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'statistics-handoffs');

    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: 'Передачи пострадавших', level: 2 }).waitFor();
    await page.getByLabel('Показать цифры в виде таблиц').check();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'statistics-handoffs-ru');
    await context.close();
  });

  it('offers no statistics to a liaison officer, whom the API refuses them too', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'liaison_officer.de@demo.example');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Statistics' }).count()).toBe(0);
    await page.goto('/statistics');
    await page.getByText('Your role has no figures here', { exact: false }).waitFor();
    const token = await harness.stack.signIn('liaison_officer.de@demo.example');
    expect((await harness.stack.gql(MLA_STATISTICS, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await harness.stack.gql(HANDOFF_STATISTICS, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await context.close();
  });
});
