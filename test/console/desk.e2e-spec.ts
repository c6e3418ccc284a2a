import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';

describe('web console: My desk (browser)', () => {
  let harness: ConsoleHarness;

  beforeAll(async () => {
    harness = await startConsole();
  }, 60_000);
  afterAll(() => harness?.close());

  it('shows the MD central authority the incoming request waiting for its step, with its deadline, in at most 3 GraphQL requests', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'central_authority_officer.md@demo.example');
    await page.getByTestId('desk-loaded').waitFor();
    // Other test files share the database and add requests of their own: the demo's is looked at.
    const table = page.getByTestId('desk-mla');
    const demo = table.getByRole('link', { name: 'MLA-DE-2026-000001' });
    await demo.waitFor();
    const row = await table.locator('tbody tr').filter({ has: page.getByRole('link', { name: 'MLA-DE-2026-000001' }) }).innerText();
    expect(row).toMatch(/Incoming from Germany/);
    expect(row).toMatch(/\d{4}/); // the deadline's absolute date
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'my-desk');

    // A reload restores the session from the cookie and loads the desk: count what it asks.
    let graphqlRequests = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) graphqlRequests += 1;
    });
    await page.reload();
    await page.getByTestId('desk-loaded').waitFor();
    expect(graphqlRequests).toBeLessThanOrEqual(3);

    await demo.click();
    await page.waitForURL(/\/mla\/[0-9a-f-]{36}$/);
    await context.close();
  });

  it('shows the DE prosecutor the hits with MD (whom to contact, no MD data) and unread notifications, and marks them read', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'prosecutor.de@demo.example');
    const hits = page.getByTestId('desk-hits');
    await hits.getByText(/Contact: .*@demo\.example/).first().waitFor();
    const text = await hits.innerText();
    expect(text).toMatch(/STA-BLN/);
    expect(text).toMatch(/Moldova/);
    expect(text).toMatch(/phone number|IBAN/);
    const notifications = page.getByTestId('desk-notifications');
    // The hits' notices, or newer ones other test files caused: a kind said in words, never the server's text.
    await notifications.locator('li').first().waitFor();
    expect(await notifications.innerText()).toMatch(/New hit on one of your cases|MLA request|reference card/);
    expect(await seriousViolations(page)).toEqual([]);

    // A lost connection: a banner, the failure said in words, and back to normal once it returns.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Mark these as read' }).click();
    await page.getByText('The connection to the server is lost. Retrying…').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.setOffline(false);
    await page.getByText('The connection to the server is lost. Retrying…').waitFor({ state: 'detached', timeout: 20_000 });

    // Each click marks the notices shown; other test files may have left more behind them.
    const empty = page.getByText('No unread notifications.');
    for (let i = 0; i < 50 && !(await empty.isVisible()); i++) {
      await page.getByRole('button', { name: 'Mark these as read' }).click();
      await page.getByRole('button', { name: 'Mark these as read' }).or(empty).first().waitFor();
      await page.waitForTimeout(200);
    }
    await empty.waitFor();
    await context.close();
  });

  it('reads in Russian, and an uninvolved State’s officer sees an empty desk', async () => {
    const { context, page } = await harness.open({ locale: 'ru-RU' });
    await signInAs(page, 'liaison_officer.at@demo.example');
    await page.getByText('Совпадений по вашим делам нет.').waitFor();
    await page.getByText('Все карточки, переданные вашему ведомству, подтверждены.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'my-desk-ru');
    await context.close();
  });
});
