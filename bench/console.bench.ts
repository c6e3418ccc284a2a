import { chromium, Page, Response } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { Bench, percentile } from './harness';

const RUNS = 5;

/** The bodies of the scripts a page loads, as they arrive. */
function scriptsOf(page: Page): Promise<Buffer>[] {
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (response: Response) => {
    if (response.url().endsWith('.js')) scripts.push(response.body());
  });
  return scripts;
}

async function sizes(scripts: Promise<Buffer>[]): Promise<{ jsBytes: number; jsGzipBytes: number }> {
  const bodies = await Promise.all(scripts);
  return {
    jsBytes: bodies.reduce((sum, body) => sum + body.length, 0),
    jsGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
  };
}

/**
 * The web console as its user meets it: Chromium opens My desk of a signed-in central
 * authority officer (the session restored from its cookie, as after a reload) and waits
 * until the desk shows its data. Reports the median time of RUNS navigations, the
 * JavaScript loaded (as sent and gzipped) and the GraphQL requests it took.
 */
export const consoleBench: Bench = async (ctx) => {
  // localhost, not 127.0.0.1: the production cookie is Secure, which Chromium accepts over plain HTTP only there.
  const origin = new URL(ctx.gatewayUrl).origin.replace('127.0.0.1', 'localhost');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ baseURL: origin });
    const signIn = await context.newPage();
    const signInScripts = scriptsOf(signIn);
    await signIn.goto('/');
    await signIn.getByLabel('E-mail').waitFor();
    const signInJs = await sizes(signInScripts);
    await signIn.getByLabel('E-mail').fill('central_authority_officer.md@demo.example');
    await signIn.getByRole('textbox', { name: 'Password' }).fill(ctx.config.DEMO_PASSWORD);
    await signIn.locator('button[type=submit]').click();
    await signIn.getByTestId('desk-loaded').waitFor();
    await signIn.close();

    const times: number[] = [];
    let last = { jsBytes: 0, jsGzipBytes: 0, graphqlRequests: 0 };
    for (let run = 0; run < RUNS; run++) {
      // A fresh page without the browser's cache: every run loads everything.
      const page = await context.newPage();
      await page.route('**/*', (route) => route.continue({ headers: { ...route.request().headers(), 'cache-control': 'no-cache' } }));
      const scripts = scriptsOf(page);
      let graphqlRequests = 0;
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql')) graphqlRequests += 1;
      });
      const started = Date.now();
      await page.goto('/');
      await page.getByTestId('desk-loaded').waitFor();
      times.push(Date.now() - started);
      last = { ...(await sizes(scripts)), graphqlRequests };
      await page.close();
    }
    times.sort((a, b) => a - b);
    process.stdout.write(
      `console: navigation to My desk with its data ${percentile(times, 50)} ms (median of ${RUNS}: ${times.join(', ')} ms); ` +
        `JavaScript ${(last.jsBytes / 1024).toFixed(0)} KiB, ${(last.jsGzipBytes / 1024).toFixed(0)} KiB gzipped (target < 200 KB); ` +
        `${last.graphqlRequests} GraphQL requests (target <= 3); ` +
        `sign-in page JavaScript ${(signInJs.jsBytes / 1024).toFixed(0)} KiB, ${(signInJs.jsGzipBytes / 1024).toFixed(0)} KiB gzipped\n`,
    );
    return [];
  } finally {
    await browser.close();
  }
};
