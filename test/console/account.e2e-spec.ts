import { hashPassword, totpCode } from '@app/identity';
import { Page } from 'playwright-core';
import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';
import { uniqueSuffix } from '../support/stack';

const PASSWORD = 'account-journey-first-2026';
const NEW_PASSWORD = 'account-journey-second-2026';
const ME = `query { me { id } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

describe('web console: my account (browser)', () => {
  let harness: ConsoleHarness;

  // Auditors must enrol a second factor in this file's gateway: the setup step is tested with
  // them, while every other role signs in with a password alone, as the other files expect.
  beforeAll(async () => {
    harness = await startConsole({ SECOND_FACTOR_REQUIRED_ROLES: 'AUDITOR' });
  }, 60_000);
  afterAll(() => harness?.close());

  /** A user of the test's own (enrolling or changing a password must not touch the demo accounts other files use). */
  async function freshUser(roles: string[]): Promise<{ id: string; email: string }> {
    const [agency] = await harness.stack.db.query(`SELECT id FROM agency WHERE state_code = 'DE' AND kind = 'POLICE' ORDER BY name LIMIT 1`);
    const email = `console.${uniqueSuffix()}@example.test`;
    const [user] = await harness.stack.db.query(
      `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles) VALUES ($1, 'Console Account Test', $2, $3, $4) RETURNING id`,
      [email, await hashPassword(PASSWORD), agency.id, roles],
    );
    return { id: user.id as string, email };
  }

  async function fillCredentials(page: Page, email: string, password: string): Promise<void> {
    await page.goto('/');
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    await page.locator('button[type=submit]').click();
  }

  /** Enrols through the page: reads the key it shows, as an authenticator app would, and answers the recovery codes. */
  async function enrolOnPage(page: Page): Promise<string[]> {
    await page.getByRole('button', { name: 'Set up a second factor' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = await page.getByTestId('totp-secret').innerText();
    await page.getByRole('textbox', { name: 'One-time code' }).fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Confirm' }).click();
    const codes = page.getByTestId('recovery-codes');
    await codes.waitFor();
    return (await codes.locator('li').allInnerTexts()).map((code) => code.trim());
  }

  it('changes the password, enrols a second factor with recovery codes, ends another session, and then signs in with a code', async () => {
    const user = await freshUser(['PROSECUTOR']);
    const elsewhere = await harness.stack.signIn(user.email, PASSWORD);
    const { context, page } = await harness.open();
    await signInAs(page, user.email, PASSWORD);
    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();

    // Both sessions are listed; the other one is ended from here and stops working at once.
    const sessions = page.getByTestId('sessions');
    await sessions.locator('tbody tr').nth(1).waitFor();
    expect(await sessions.locator('tbody tr').count()).toBe(2);
    await sessions.getByText('This session', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await sessions.getByRole('button', { name: 'End this session' }).click();
    await sessions.getByRole('button', { name: 'End this session' }).waitFor({ state: 'detached' });
    expect((await harness.stack.gql(ME, {}, elsewhere)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A wrong current password is said at its field; the right one changes it.
    await page.getByLabel('Current password').fill('not-the-password-at-all');
    await page.getByLabel(/^New password(?! again)/).fill(NEW_PASSWORD);
    await page.getByLabel('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('This is not your current password.').waitFor();
    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByLabel(/^New password(?! again)/).fill(NEW_PASSWORD);
    await page.getByLabel('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed.', { exact: false }).waitFor();

    const recoveryCodes = await enrolOnPage(page);
    expect(recoveryCodes).toHaveLength(10);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'account');
    await page.getByRole('button', { name: 'I have stored them' }).click();
    await page.getByText('A second factor is set up', { exact: false }).waitFor();

    // Signing in again asks for the code once the password is right; a wrong code is refused.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await fillCredentials(page, user.email, NEW_PASSWORD);
    await page.getByText('Your account has a second factor', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: 'One-time code' }).fill('000000');
    await page.locator('button[type=submit]').click();
    await page.getByText('E-mail, password or one-time code is wrong', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'One-time code' }).fill(recoveryCodes[0]);
    await page.locator('button[type=submit]').click();
    await page.getByTestId('who-am-i').waitFor();
    await context.close();
  });

  it("after an administrator's reset, asks for a new password before anything else", async () => {
    const user = await freshUser(['LIAISON_OFFICER']);
    const admin = await harness.stack.signIn('agency_admin.de@demo.example');
    const reset = await harness.stack.gql<{ resetUserPassword: { password: string } }>(
      `mutation($id: ID!) { resetUserPassword(userId: $id) { password } }`,
      { id: user.id },
      admin,
    );
    const temporary = reset.data!.resetUserPassword.password;
    const { context, page } = await harness.open();
    await fillCredentials(page, user.email, temporary);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'account-password-reset');
    await page.getByLabel('Current password').fill(temporary);
    await page.getByLabel(/^New password(?! again)/).fill(NEW_PASSWORD);
    await page.getByLabel('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByTestId('who-am-i').waitFor();
    const signedIn = await harness.stack.gql<{ signIn: { accessToken: string } }>(SIGN_IN, { input: { email: user.email, password: NEW_PASSWORD } });
    expect(signedIn.errors).toBeUndefined();
    await context.close();
  });

  it('has a user whose role requires a second factor enrol it before the console opens, in Russian too', async () => {
    const user = await freshUser(['AUDITOR']);
    const { context, page } = await harness.open({ locale: 'ru-RU' });
    await page.goto('/');
    await page.getByRole('combobox').selectOption('en');
    await fillCredentials(page, user.email, PASSWORD);
    await page.getByRole('heading', { name: 'Set up a second factor' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('combobox').selectOption('ru');
    await page.getByRole('heading', { name: 'Настройте второй фактор' }).waitFor();
    await page.getByRole('combobox').selectOption('en');
    await enrolOnPage(page);
    await page.getByRole('button', { name: 'I have stored them' }).click();
    await page.getByTestId('who-am-i').waitFor();
    await context.close();
  });
});
