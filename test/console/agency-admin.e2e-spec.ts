import { ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';
import { createPrivateDatabase } from '../support/private-database';
import { uniqueSuffix } from '../support/stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

// Its own database: the journey locks, disables and notifies in the DE police's agency.
describe('web console: agency administrators (browser)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let harness: ConsoleHarness;

  beforeAll(async () => {
    database = await createPrivateDatabase('agency_admin_console');
    harness = await startConsole({ DATABASE_URL: database.url });
  }, 90_000);
  afterAll(async () => {
    await harness?.close();
    await database?.drop();
  });

  const signInWith = (email: string, password: string) => harness.stack.gql(SIGN_IN, { input: { email, password } });

  it('lists the users, creates one with a set-password link the new user opens, grants a role, disables and enables, and unlocks after the lock-out notification', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'agency_admin.de@demo.example');
    await page.getByRole('link', { name: 'Users of the agency' }).click();
    await page.getByRole('heading', { name: 'Users of your agency' }).waitFor();
    const table = page.getByTestId('agency-users');
    await table.getByRole('link', { name: /liaison officer/i }).first().waitFor();
    expect(await table.innerText()).not.toMatch(/@demo\.example.*\.(md|ro)@/);
    // Mails that never arrived: none yet; then one refused after every attempt, with the server's answer.
    await page.getByTestId('mail-failures-none').waitFor();
    await harness.stack.db.query(
      `INSERT INTO mail_delivery (recipient_user_id, digest_until, status, attempts, last_error, finished_at)
       SELECT id, now(), 'FAILED', 6, '550 mailbox unavailable', now() FROM app_user WHERE email = 'liaison_officer.de@demo.example'`,
    );
    await page.reload();
    await page.getByTestId('mail-failures').getByText('550 mailbox unavailable').waitFor();
    expect(await page.getByTestId('mail-failures').innerText()).toMatch(/liaison_officer\.de@demo\.example.*Daily summary.*6/s);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'agency-users');

    // The form says what is missing before anything is sent.
    await page.getByRole('link', { name: 'New user' }).click();
    await page.getByRole('button', { name: 'Create the user' }).click();
    await page.getByText('Give an e-mail address, e.g. name@agency.example.').waitFor();
    await page.getByText('Give the full name.').waitFor();
    await page.getByText('Choose at least one role.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const email = `new.officer.${uniqueSuffix()}@example.test`;
    const password = 'chosen-by-nina-2026';
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Full name').fill('Nina Neumann');
    await page.getByRole('checkbox', { name: 'Liaison officer' }).check();
    await page.getByRole('button', { name: 'Create the user' }).click();
    const shown = page.getByTestId('shown-once');
    await shown.waitFor();
    const link = (await page.getByTestId('shown-once-value').innerText()).trim();
    expect(link).toMatch(new RegExp(`^${harness.stack.url}/set-password\\?token=[A-Za-z0-9_-]{43}$`));
    await shown.getByRole('button', { name: 'Copy' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'agency-user-created');

    // The new user opens the link without a session and chooses a password, once.
    const newcomer = await harness.open();
    await newcomer.page.goto(link);
    await newcomer.page.getByLabel('Language').selectOption('de');
    await newcomer.page.getByRole('heading', { name: 'Wählen Sie Ihr Passwort' }).waitFor();
    expect(newcomer.page.url()).not.toContain('token=');
    await newcomer.page.getByLabel(/^Neues Passwort(?! wiederholen)/).fill('too-short');
    await newcomer.page.getByRole('button', { name: 'Passwort festlegen' }).click();
    await newcomer.page.getByText('Verwenden Sie mindestens 12 Zeichen.', { exact: true }).waitFor();
    expect(await seriousViolations(newcomer.page)).toEqual([]);
    await screenshot(newcomer.page, 'set-password-de');
    await newcomer.page.getByLabel(/^Neues Passwort(?! wiederholen)/).fill(password);
    await newcomer.page.getByLabel('Neues Passwort wiederholen').fill(password);
    await newcomer.page.getByRole('button', { name: 'Passwort festlegen' }).click();
    await newcomer.page.getByText('Ihr Passwort ist festgelegt.', { exact: false }).waitFor();
    await newcomer.page.goto(link);
    await newcomer.page.getByLabel(/^Neues Passwort(?! wiederholen)/).fill('another-password-2026');
    await newcomer.page.getByLabel('Neues Passwort wiederholen').fill('another-password-2026');
    await newcomer.page.getByRole('button', { name: 'Passwort festlegen' }).click();
    await newcomer.page.getByText('Dieser Link ist unbekannt, wurde schon benutzt oder ist abgelaufen.', { exact: false }).waitFor();
    await newcomer.context.close();
    expect((await signInWith(email, password)).errors).toBeUndefined();

    // The user's page: grant a role, disable (confirmed) and enable again.
    await shown.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('heading', { name: 'Nina Neumann' }).waitFor();
    const roles = page.getByTestId('agency-user-roles');
    await page.getByLabel('Role to grant').selectOption('VICTIM_COORDINATOR');
    await page.getByRole('button', { name: 'Grant the role' }).click();
    await roles.getByRole('button', { name: 'Revoke Victim coordinator' }).waitFor();
    await page.getByRole('button', { name: 'Disable the account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Please confirm' });
    await dialog.getByText('Disable the account of Nina Neumann?', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Yes, go ahead' }).click();
    const facts = page.getByTestId('agency-user-facts');
    await facts.getByText('Disabled').waitFor();
    expect((await signInWith(email, password)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.getByRole('button', { name: 'Enable the account' }).click();
    await facts.getByText('Active').waitFor();

    // Someone guesses the password: the account locks and the admin hears of it on the desk.
    for (let i = 0; i < harness.stack.config.LOCKOUT_THRESHOLD; i++) await signInWith(email, 'a-wrong-guess-of-the-password');
    await page.getByRole('link', { name: 'My desk' }).click();
    const notice = page.getByTestId('desk-notifications').getByRole('link', { name: 'An account of your agency was locked' });
    for (let tries = 0; !(await notice.isVisible()) && tries < 20; tries++) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByTestId('who-am-i').waitFor();
    }
    await notice.click();
    await page.getByRole('heading', { name: 'Nina Neumann' }).waitFor();
    await facts.getByText('Locked', { exact: true }).waitFor();
    await page.getByTestId('locked-hint').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'agency-user-locked');
    await page.getByRole('button', { name: 'Unlock the account' }).click();
    await facts.getByText('Active').waitFor();
    expect((await signInWith(email, password)).errors).toBeUndefined();

    // The list in German, with the status filter in the address bar.
    await page.getByRole('link', { name: 'Back to the users' }).click();
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { name: 'Benutzer Ihrer Behörde' }).waitFor();
    await page.getByLabel('Status').selectOption('ACTIVE');
    await page.waitForURL(/status=ACTIVE/);
    await page.getByTestId('agency-users').getByText('Nina Neumann').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'agency-users-de');
    await context.close();
    // A long journey: twice the browser files' limit, for a machine shared with other work.
  }, 240_000);

  it("shows another agency's admin nothing of this agency, and other roles no users page", async () => {
    const [{ id: deOfficer }] = await harness.stack.db.query(`SELECT id FROM app_user WHERE email = 'liaison_officer.de@demo.example'`);
    const ro = await harness.open();
    await signInAs(ro.page, 'agency_admin.ro@demo.example');
    await ro.page.getByRole('link', { name: 'Users of the agency' }).click();
    const table = ro.page.getByTestId('agency-users');
    await table.getByText('agency_admin.ro@demo.example').waitFor();
    expect(await table.innerText()).not.toMatch(/\.(de|md)@demo\.example/);
    await ro.page.goto(`/agency/users/${deOfficer}`);
    await ro.page.getByText('Not found, or not shared with you.').waitFor();
    expect(await seriousViolations(ro.page)).toEqual([]);
    await ro.context.close();

    const officer = await harness.open();
    await signInAs(officer.page, 'liaison_officer.de@demo.example');
    expect(await officer.page.getByRole('link', { name: 'Users of the agency' }).count()).toBe(0);
    await officer.page.goto('/agency/users');
    await officer.page.getByRole('alert').waitFor();
    expect(await officer.page.getByTestId('agency-users').count()).toBe(0);
    await officer.context.close();
  });
});
