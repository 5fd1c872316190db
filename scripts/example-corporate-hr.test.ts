/**
 * The corporate site's HR page as the company's HR person meets it: the registry with the demo programme,
 * the examples served as `pnpm start` serves them with the company's session route (a staff token issued
 * with the secret key, server side), `/examples/corporate-site/hr.html` (a strict CSP with Trusted Types,
 * the editor by one script tag) opened in real Chromium through Playwright. HR writes an offer, saves and
 * publishes it, and it then appears on the public careers page; no secret key reaches the page.
 */
import { MINIMUM_WAGE } from '@nayabato/core';
import type { BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPORATE_SESSION_PATH, corporateSessionRoute } from './example-corporate-session.ts';
import {
  axeViolations,
  type ExampleWalk,
  expectRegistryOnly,
  pageLog,
  startExampleWalk,
} from './example-page.fixture.ts';

let walk: ExampleWalk;
let context: BrowserContext;
const log = pageLog();

beforeAll(async () => {
  walk = await startExampleWalk({ routes: corporateSessionRoute });
  context = await walk.browser.newContext();
}, 180_000);

afterAll(async () => {
  await walk?.close();
});

const company = () => walk.registry.demo!.organizations.find((o) => o.role === 'corporate')!;

async function open(path: string, ready: string): Promise<Page> {
  const page = await walk.newPage(context, log, {
    console: 'warning',
    bodies: (response) => /json|javascript|html/.test(response.headers()['content-type'] ?? ''),
  });
  await page.goto(`${walk.registry.url}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  return page;
}

const editor = (page: Page) => page.locator('nb-job-offer-editor');
const notice = (page: Page) => editor(page).locator('[part~="notice"]');

describe('examples/corporate-site/hr.html (the offer editor, strict CSP)', () => {
  it('lets HR write and publish an offer that then appears on the careers page', async () => {
    const page = await open('/examples/corporate-site/hr.html', 'nb-job-offer-editor form');
    const title = `Cutting-floor assistant ${Date.now().toString(36)}`;
    const form = editor(page);
    await form.locator('[name="title"]').fill(title);
    await form.locator('[name="description"]').fill('Lay out fabric and cut to pattern. Training given.');
    await form.locator('[name="trade"]').selectOption('tailoring');
    await form.locator('[name="skills"]').fill('measuring\ncutting');
    await form.locator('[name="district"]').selectOption('Kaski');
    await form.locator('[name="wageMin"]').fill(String(MINIMUM_WAGE.monthly + 1000));
    await form.locator('[name="wageMax"]').fill(String(MINIMUM_WAGE.monthly + 3000));
    await form.locator('[name="trainingProvided"]').check();
    // The live preview already shows it as the board will.
    await expect(form.locator('[part~="preview"] [part~="offer-title"]').textContent()).resolves.toBe(title);
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await expect.poll(() => notice(page).textContent(), { timeout: 20_000 }).toBe('Saved.');
    await form.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => notice(page).textContent(), { timeout: 20_000 }).toBe('The offer is now: Open.');

    const careers = await open('/examples/corporate-site/careers.html', 'nb-job-board [part="list"]');
    await expect
      .poll(() => careers.locator('nb-job-board [part="offer"] h3').allTextContents(), { timeout: 20_000 })
      .toContain(title);
    expect(log.problems).toEqual([]);
    expectRegistryOnly(log);
    // The company's secret key never reached a page: not in any document, script or answer.
    expect(log.bodies.length).toBeGreaterThan(0);
    for (const body of log.bodies) expect(body).not.toContain(company().secretKey);
    await careers.close();
    await page.close();
  });

  it('issues tokens to the page’s own origin only', async () => {
    const url = `${walk.registry.url}${CORPORATE_SESSION_PATH}`;
    const own = await fetch(url, { method: 'POST', headers: { origin: new URL(walk.registry.url).origin } });
    expect(own.status).toBe(200);
    const { token } = (await own.json()) as { token: string };
    expect(token).toMatch(/^st_/);
    const foreign = await fetch(url, { method: 'POST', headers: { origin: 'https://elsewhere.example' } });
    expect(foreign.status).toBe(403);
    expect((await fetch(url, { method: 'POST' })).status).toBe(403);
  });

  it('is accessible in English and Nepali (axe-core)', async () => {
    // axe-core is injected as a script, which the page's policy rightly refuses: this check alone bypasses it.
    const previous = context;
    context = await walk.browser.newContext({ bypassCSP: true });
    const page = await open('/examples/corporate-site/hr.html', 'nb-job-offer-editor form');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('button[data-lang="ne"]').click();
    await expect.poll(() => editor(page).locator('h2').first().textContent()).toBe('रोजगार प्रस्तावहरू');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    context = previous;
  });
});
