import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DEMO_PASSWORD, Stack, startStack } from './stack';

/** Debian's Chromium, never a downloaded browser; without background networking it tries no outside host. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

// A journey in a real browser takes 10–20 s here, and several times that when the two cores
// are shared with other work: the project's 30 s per test would fail it for the machine's load.
jest.setTimeout(120_000);

/** Where the browser tests leave pictures of the pages: `npm run screenshots` sets docs/screenshots for the README. */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'cbc-console-screenshots');

export interface ConsoleHarness {
  stack: Stack;
  browser: Browser;
  /** A fresh browser context (its own cookies and storage), in `locale`, on the console. */
  open(options?: { locale?: string; timezoneId?: string }): Promise<{ context: BrowserContext; page: Page; cspViolations: string[] }>;
  close(): Promise<void>;
}

/** The real gateway (serving the built console) and worker on the demo world, and a headless Chromium. */
export async function startConsole(overrides: Record<string, string> = {}): Promise<ConsoleHarness> {
  const stack = await startStack({ worker: true, overrides });
  // Playwright gives the browser a fresh, temporary profile, and each context its own cookies and storage.
  const browser = await chromium
    .launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS })
    .catch(async (error: unknown) => {
      await stack.close();
      throw error;
    });
  return {
    stack,
    browser,
    open: async ({ locale = 'en-GB', timezoneId = 'Europe/Berlin' } = {}) => {
      const context = await browser.newContext({ baseURL: stack.url, locale, timezoneId, viewport: { width: 1280, height: 860 } });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      // What the browser refused under the Content-Security-Policy (there must be nothing).
      const cspViolations: string[] = [];
      context.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      return { context, page, cspViolations };
    },
    close: async () => {
      await browser.close();
      await stack.close();
    },
  };
}

export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/e-mail|электронная почта/i).fill(email);
  await page.getByLabel(/^(password|passwort|parolă|пароль)/i).fill(password);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('who-am-i').waitFor();
}

/** axe-core on the page as it is now: the serious and critical violations (there must be none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A dialog fading in is checked once it is shown in full: half-transparent text fails contrast
  // for as long as the transition lasts, which on a loaded machine is longer than axe takes.
  // (A spinner turns for ever: only animations that end are waited for.) Polled from here: the
  // console's Content-Security-Policy refuses the page-side eval waitForFunction needs.
  const settled = 'document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity)';
  for (let tries = 0; tries < 100 && !(await page.evaluate<boolean>(settled)); tries++) await new Promise((r) => setTimeout(r, 50));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Everything the page keeps in localStorage, sessionStorage and IndexedDB, as one text to search. */
export async function browserStorage(page: Page): Promise<string> {
  // Written as browser code in a string: the tests are compiled without the DOM's types.
  return page.evaluate<string>(`(async () => {
    const dump = (storage) => Object.entries({ ...storage }).join('\\n');
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return [dump(localStorage), dump(sessionStorage), databases.map((d) => d.name).join('\\n')].join('\\n');
  })()`);
}
