import { hashPassword } from '@app/identity';
import { NotificationKind } from '@app/notifications';
import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';
import { uniqueSuffix } from '../support/stack';

const PASSWORD = 'mail-preferences-2026';

describe('web console: notifications by e-mail on My account (browser)', () => {
  let harness: ConsoleHarness;

  beforeAll(async () => {
    harness = await startConsole();
  }, 60_000);
  afterAll(() => harness?.close());

  /** A user of the test's own: its choices must not change the demo accounts other files read. */
  async function freshUser(): Promise<{ id: string; email: string }> {
    const [agency] = await harness.stack.db.query(`SELECT id FROM agency WHERE state_code = 'MD' AND kind = 'CENTRAL_AUTHORITY' ORDER BY name LIMIT 1`);
    const email = `mail.${uniqueSuffix()}@example.test`;
    const [user] = await harness.stack.db.query(
      `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles) VALUES ($1, 'Mail Preferences Test', $2, $3, '{CENTRAL_AUTHORITY_OFFICER}') RETURNING id`,
      [email, await hashPassword(PASSWORD), agency.id],
    );
    return { id: user.id as string, email };
  }

  it('shows the default of every kind, and saves a choice and the language of the mails', async () => {
    const user = await freshUser();
    const { context, page } = await harness.open();
    await signInAs(page, user.email, PASSWORD);
    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('heading', { name: 'Notifications by e-mail' }).waitFor();

    const messages = page.getByTestId('mail-MLA_MESSAGE');
    expect(await messages.inputValue()).toBe('DAILY_DIGEST');
    expect(await page.getByTestId('mail-MLA_DEADLINE_REMINDER').inputValue()).toBe('AT_ONCE');
    expect(await page.getByRole('combobox', { name: 'New message on an MLA request' }).inputValue()).toBe('DAILY_DIGEST');
    // Every kind, none chosen yet.
    expect(await page.getByText('Default', { exact: true }).count()).toBe(Object.values(NotificationKind).length);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'account-notification-mail');

    await messages.selectOption('AT_ONCE');
    await page.getByText('Your choice is saved.').waitFor();
    await page.getByTestId('mail-language').selectOption('RO');
    const stored = async () =>
      (await harness.stack.db.query(
        `SELECT u.language, p.delivery FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = 'MLA_MESSAGE' WHERE u.id = $1`,
        [user.id],
      ))[0] as { language: string; delivery: string };
    for (let i = 0; i < 50 && (await stored()).language !== 'ro'; i += 1) await page.waitForTimeout(100);
    expect(await stored()).toEqual({ language: 'ro', delivery: 'AT_ONCE' });

    // As it stays after a reload: the choice is no longer the default.
    await page.reload();
    await page.getByRole('heading', { name: 'Notifications by e-mail' }).waitFor();
    expect(await page.getByTestId('mail-MLA_MESSAGE').inputValue()).toBe('AT_ONCE');
    expect(await page.getByTestId('mail-language').inputValue()).toBe('RO');
    expect(await page.getByText('Default', { exact: true }).count()).toBe(Object.values(NotificationKind).length - 1);
    await context.close();
  });

  it('reads in German, axe-clean', async () => {
    const user = await freshUser();
    const { context, page } = await harness.open();
    await signInAs(page, user.email, PASSWORD);
    await page.getByTestId('language').selectOption('de');
    await page.getByRole('link', { name: 'Mein Konto' }).click();
    await page.getByRole('heading', { name: 'Benachrichtigungen per E-Mail' }).waitFor();
    expect(await page.getByText('Voreinstellung', { exact: true }).count()).toBe(Object.values(NotificationKind).length);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'account-notification-mail-de');
    await context.close();
  });
});
