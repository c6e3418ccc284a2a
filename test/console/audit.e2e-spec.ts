import { readFileSync } from 'node:fs';
import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';
import { createPrivateDatabase } from '../support/private-database';
import { eventually } from '../support/stack';

const SHARE = `mutation($input: ShareCaseInput!) { shareCase(input: $input) { id } }`;

describe("web console: the auditors' view of the trail (browser)", () => {
  let harness: ConsoleHarness;
  let database: { url: string; drop: () => Promise<void> };
  let shareId: string;

  beforeAll(async () => {
    // A database of its own: the test shares a card of a demo case and reads its State's whole trail.
    database = await createPrivateDatabase('audit_console');
    harness = await startConsole({ DATABASE_URL: database.url, AUDIT_CHECKPOINT_INTERVAL_SECONDS: '1' });
    const { stack } = harness;
    // A read of DE's data by a user of MD: a card DE's prosecutor shares with MD's police, who open it.
    const prosecutor = await stack.signIn('prosecutor.de@demo.example');
    const police = await stack.signIn('liaison_officer.md@demo.example');
    const cases = await stack.gql<{ cases: { edges: { node: { id: string } }[] } }>(`{ cases(first: 1) { edges { node { id } } } }`, {}, prosecutor);
    const me = await stack.gql<{ me: { agency: { id: string } } }>(`{ me { agency { id } } }`, {}, police);
    const input = { caseId: cases.data!.cases.edges[0].node.id, recipientAgencyId: me.data!.me.agency.id, summary: 'Card for the MD police', contactPoint: 'DE desk', handlingCode: 'H0' };
    const shared = await stack.gql<{ shareCase: { id: string } }>(SHARE, { input }, prosecutor);
    shareId = shared.data!.shareCase.id;
    await stack.gql(`query($id: ID!) { sharedCase(id: $id) { id } }`, { id: shareId }, police);
    // More than a page of one action, to page through.
    for (let i = 0; i < 55; i++) await stack.gql(`{ cases(first: 1) { edges { node { id } } } }`, {}, prosecutor);
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
    await database?.drop();
  });

  it("lets DE's auditor filter the trail, open a record, see the chain's state and export the selection", async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'auditor.de@demo.example');
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { name: 'Audit trail of Germany' }).waitFor();
    const chain = page.getByTestId('chain-state');
    await chain.getByTestId('checkpoint-holds').waitFor();
    expect(await chain.getByTestId('chain-sealed').innerText()).toMatch(/events are sealed in the tamper-evident hash chain/);

    // Filters go into the address bar; the read by MD's police is in DE's trail, marked as another State's.
    await page.getByLabel('Target ID').fill(shareId);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(new RegExp(`targetId=${shareId}`));
    const row = page.getByTestId('audit-events').locator('tbody tr').filter({ hasText: 'case-share.read' });
    expect(await row.innerText()).toMatch(/MD.*Another State.*case-share\.read.*Done.*case-share/is);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'audit-trail');

    // The export carries the same filter, and downloads as a file.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('audit-DE.csv');
    const lines = readFileSync(await csv.path()).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,occurredAt,actorUserId/);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1).every((line) => line.includes(shareId))).toBe(true);
    const [jsonl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-jsonl').click()]);
    expect(jsonl.suggestedFilename()).toBe('audit-DE.jsonl');
    const events = readFileSync(await jsonl.path()).toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { targetId: string });
    expect(events).toHaveLength(lines.length - 1);

    // One row opens its full record.
    await row.getByRole('link', { name: /^Open event/ }).click();
    await page.getByRole('heading', { name: /^Audit event \d+$/ }).waitFor();
    const record = page.getByTestId('audit-event');
    expect(await record.innerText()).toMatch(/State of the user\s*MD.*State the target belongs to\s*DE/s);
    expect(await record.innerText()).toMatch(/Request ID\s*\S+/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'audit-event');

    // The whole chain, verified on request.
    await page.getByRole('link', { name: 'Back to the audit trail' }).click();
    await page.getByRole('button', { name: 'Verify the whole chain' }).click();
    await page.getByTestId('chain-state').locator('[data-testid="chain-intact"], [data-testid="chain-broken"]').waitFor();
    await context.close();
  });

  it('pages forward and back by cursor, keeping the filter', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'auditor.de@demo.example');
    await page.goto('/audit?action=case.list');
    const table = page.getByTestId('audit-events');
    await table.waitFor();
    // Rows of one minute read alike: each is told apart by the event its link opens.
    const eventIds = () => table.getByRole('link', { name: /^Open event/ }).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
    const firstPage = await eventIds();
    expect(firstPage).toHaveLength(50);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/after=/);
    const secondPage = await eventually(async () => {
      const ids = await eventIds();
      return ids.length > 0 && ids[0] !== firstPage[0] ? ids : null;
    });
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    expect(page.url()).toContain('action=case.list');
    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL((url) => !url.searchParams.has('after'));
    await eventually(async () => (await eventIds())[0] === firstPage[0]);
    await context.close();
  });

  it('reads in German, shows RO’s auditor nothing of DE’s card, and gives other roles no audit page', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'auditor.de@demo.example');
    await page.goto('/audit');
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { name: 'Protokoll für Deutschland' }).waitFor();
    await page.getByTestId('chain-state').getByTestId('checkpoint-holds').waitFor();
    await page.getByTestId('audit-events').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'audit-trail-de');
    await context.close();

    const ro = await harness.open();
    await signInAs(ro.page, 'auditor.ro@demo.example');
    await ro.page.goto(`/audit?targetType=case-share&targetId=${shareId}`);
    await ro.page.getByTestId('audit-empty').waitFor();
    await ro.context.close();

    const prosecutor = await harness.open();
    await signInAs(prosecutor.page, 'prosecutor.de@demo.example');
    expect(await prosecutor.page.getByRole('link', { name: 'Audit trail' }).count()).toBe(0);
    await prosecutor.page.goto('/audit');
    await prosecutor.page.getByRole('alert').first().waitFor();
    expect(await prosecutor.page.getByTestId('audit-events').count()).toBe(0);
    await prosecutor.context.close();
  });
});
