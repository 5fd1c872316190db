/**
 * The corporate site's HR page as the company's HR person meets it: the registry with the demo programme,
 * the examples served as `pnpm start` serves them with the company's session route (a staff token issued
 * with the secret key, server side), `/examples/corporate-site/hr.html` (a strict CSP with Trusted Types,
 * the editor by one script tag) opened in real Chromium through Playwright. HR writes an offer, saves and
 * publishes it, and it then appears on the public careers page; no secret key reaches the page.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MINIMUM_WAGE } from '@nayabato/core';
import {
  exampleRoutes,
  findExamples,
  landingRoutes,
  type RunningRegistry,
  startRegistry,
} from '@nayabato/registry';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';
import { exampleAssetRoutes } from './example-assets.ts';
import { CORPORATE_SESSION_PATH, corporateSessionRoute } from './example-corporate-session.ts';

const examplesDir = fileURLToPath(new URL('../examples', import.meta.url));
const axePath = createRequire(new URL('../packages/elements/package.json', import.meta.url)).resolve(
  'axe-core/axe.min.js',
);

let registry: RunningRegistry;
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];
const refused: string[] = [];
const bodies: string[] = [];

beforeAll(async () => {
  const examples = findExamples(examplesDir);
  let credentials: RunningRegistry['demo'];
  registry = await startRegistry({
    port: 0,
    host: '127.0.0.1',
    seed: 'demo',
    demoCacheDir: fileURLToPath(new URL('../node_modules/.cache/nayabato', import.meta.url)),
    logger: () => undefined,
    extend: (app, url) => {
      exampleAssetRoutes(app, url, () => credentials);
      corporateSessionRoute(app, url, () => credentials);
      exampleRoutes(app, examplesDir, examples);
      landingRoutes(app, () => ({ demo: credentials, examples }));
    },
  });
  credentials = registry.demo;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
  context = await browser.newContext();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await registry?.close();
});

const company = () => registry.demo!.organizations.find((o) => o.role === 'corporate')!;

async function open(path: string, ready: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (/json|javascript|html/.test(type)) bodies.push(await response.text().catch(() => ''));
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${registry.url}/`)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  await page.goto(`${registry.url}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  return page;
}

const editor = (page: Page) => page.locator('nb-job-offer-editor');
const notice = (page: Page) => editor(page).locator('[part~="notice"]');

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Violation = { id: string; nodes: { target: string[] }[] };
    const axe = (
      window as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

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
    expect(problems).toEqual([]);
    expect(refused).toEqual([]);
    // The company's secret key never reached a page: not in any document, script or answer.
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body).not.toContain(company().secretKey);
    await careers.close();
    await page.close();
  });

  it('issues tokens to the page’s own origin only', async () => {
    const url = `${registry.url}${CORPORATE_SESSION_PATH}`;
    const own = await fetch(url, { method: 'POST', headers: { origin: new URL(registry.url).origin } });
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
    context = await browser.newContext({ bypassCSP: true });
    const page = await open('/examples/corporate-site/hr.html', 'nb-job-offer-editor form');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('button[data-lang="ne"]').click();
    await expect.poll(() => editor(page).locator('h2').first().textContent()).toBe('रोजगार प्रस्तावहरू');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    context = previous;
  });
});
