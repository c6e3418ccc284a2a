import { DEMO_MLA_REQUEST_ID } from '@app/demo';
import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';
import { createPrivateDatabase } from '../support/private-database';

const MESSAGE = `mutation($input: PostMlaMessageInput!) { postMlaMessage(input: $input) { id } }`;

/**
 * The console kept current over the live connection: the other side's message reaches the bell,
 * My desk and the request's page without a reload. Its own database: it writes to the demo request.
 */
describe('web console: live updates (browser)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let harness: ConsoleHarness;

  beforeAll(async () => {
    database = await createPrivateDatabase('live_console');
    harness = await startConsole({ DATABASE_URL: database.url });
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
    await database?.drop();
  });

  it("shows the DE prosecutor's new message to the MD officer at once: bell, desk and the request's page", async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'central_authority_officer.md@demo.example');
    await page.getByTestId('desk-loaded').waitFor();
    const bell = page.getByTestId('notification-bell');
    await bell.getByText(/Notifications: \d+\+? unread/).waitFor();
    const before = Number(/(\d+)/.exec(await bell.innerText())?.[1]);

    const prosecutor = await harness.stack.signIn('prosecutor.de@demo.example');
    const post = (body: string) => harness.stack.gql(MESSAGE, { input: { requestId: DEMO_MLA_REQUEST_ID, body } }, prosecutor);
    // The live connection opens with the bell's subscription; the worker then writes the notice.
    await page.waitForTimeout(500);
    expect((await post('Live: please confirm receipt of the records')).errors).toBeUndefined();
    await bell.getByText(`Notifications: ${before + 1} unread`).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('desk-notifications').innerText()).toMatch(/MLA request/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'desk-live-notification');

    await page.goto(`/mla/${DEMO_MLA_REQUEST_ID}`);
    await page.getByRole('heading', { name: /MLA-DE-2026-000001/ }).waitFor();
    await page.waitForTimeout(500);
    expect((await post('Live: the second message')).errors).toBeUndefined();
    await page.getByText('Live: the second message').waitFor({ timeout: 20_000 });
    await context.close();
  });
});
