import type { Page } from 'playwright-core';
import { browserStorage, ConsoleHarness, screenshot, seriousViolations, signInAs, startConsole } from '../support/browser';

describe('web console: sign-in, language, who I am, session (browser)', () => {
  let harness: ConsoleHarness;

  beforeAll(async () => {
    harness = await startConsole({ CONSOLE_IDLE_LOCK_SECONDS: '12' });
  }, 60_000);
  afterAll(() => harness?.close());

  const whoAmI = (page: Page) => page.getByTestId('who-am-i').innerText();

  it('serves the console at / and any route of it, the API beside it', async () => {
    const index = await fetch(`${harness.stack.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    const deep = await fetch(`${harness.stack.url}/cases/some-id`);
    expect(await deep.text()).toContain('<div id="root">');
    expect((await fetch(`${harness.stack.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${harness.stack.url}/health/ready`)).status).toBe(200);
  });

  it('signs in, shows who I am, keeps the session over a reload, signs out, and keeps nothing in storage', async () => {
    const { context, page, cspViolations } = await harness.open();
    await page.goto('/');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
    await signInAs(page, 'prosecutor.de@demo.example');
    const who = await whoAmI(page);
    expect(who).toContain('Prosecutor');
    expect(who).toContain('Germany');
    expect(await seriousViolations(page)).toEqual([]);

    const cookies = await context.cookies();
    const refresh = cookies.find((c) => c.name === 'cbc_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
    expect(await page.evaluate<string>('document.cookie')).not.toContain('cbc_refresh');

    await page.reload();
    expect(await whoAmI(page)).toContain('Prosecutor');

    const storage = await browserStorage(page);
    expect(storage).not.toMatch(/prosecutor|eyJ|Bearer|LKA|case/i);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    expect((await context.cookies()).find((c) => c.name === 'cbc_refresh')).toBeUndefined();
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('refuses a wrong password with a clear message, and the fields say what is missing', async () => {
    const { context, page } = await harness.open();
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your e-mail address.').waitFor();
    await page.getByLabel('E-mail').fill('liaison_officer.md@demo.example');
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'locked' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('switches language (Russian) and keeps the choice', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'liaison_officer.md@demo.example');
    await page.getByTestId('language').selectOption('ru');
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    expect(await whoAmI(page)).toContain('Офицер связи');
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('ru');
    await page.reload();
    await page.getByRole('link', { name: 'Мой рабочий стол' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('a second tab shares the session, and signing out in one signs out both', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'central_authority_officer.md@demo.example');
    const second = await context.newPage();
    await second.goto('/');
    await second.getByTestId('who-am-i').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await second.getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('warns before an idle session ends, and ends it', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'prosecutor.de@demo.example');
    await page.getByText('Still there?').waitFor({ timeout: 12_000 });
    await screenshot(page, 'idle-warning');
    await page.getByText('You were signed out after a time without activity.').waitFor({ timeout: 12_000 });
    await context.close();
  });
});

describe('web console: short-lived tokens, throttled sign-in (browser)', () => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsole({
      ACCESS_TOKEN_TTL_SECONDS: '60',
      SIGN_IN_FAILURES_PER_ACCOUNT: '2',
      QUEUE_PREFIX: `cthr${Date.now().toString(36)}`,
    });
  }, 60_000);

  it('renews the access token silently before it expires, the user none the wiser', async () => {
    const { context, page } = await harness.open();
    await signInAs(page, 'liaison_officer.de@demo.example');
    const renewed = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('RefreshSession'), {
      timeout: 20_000,
    });
    expect((await (await renewed).json()).data.refreshSession.accessToken).toBeTruthy();
    // Answered with the renewed token: the list, or its empty state (whatever other test files left), never a refusal.
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByTestId('cases-table').or(page.getByText('No case matches.')).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByTestId('who-am-i').innerText()).toContain('Liaison officer');
    await context.close();
  });
  afterAll(() => harness?.close());

  it('says in words that there were too many attempts, and when to try again', async () => {
    const { context, page } = await harness.open({ locale: 'de-DE' });
    await page.goto('/');
    for (let i = 0; i < 3; i++) {
      await page.getByLabel('E-Mail').fill('prosecutor.ro@demo.example');
      await page.getByRole('textbox', { name: 'Passwort' }).fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByRole('alert').waitFor();
    }
    await page.getByRole('alert').filter({ hasText: 'Zu viele Anmeldeversuche' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
