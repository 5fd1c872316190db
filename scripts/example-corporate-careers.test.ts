/**
 * The corporate site's careers page as a visitor meets it: the registry with the demo programme, the
 * examples served as `pnpm start` serves them, `/examples/corporate-site/careers.html` (a strict CSP with
 * Trusted Types, the job board by one script tag) opened in real Chromium through Playwright. The offers
 * must be the registry's, every one with its JSON-LD in the page; the page must raise no CSP violation or
 * error, also with the script included twice beside the elements' bundle; a network cut must show a
 * friendly state and recover; axe-core must find nothing in either language.
 */
import { createClient } from '@nayabato/client';
import type { BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExampleDemoConfig } from './example-assets.ts';
import {
  axeViolations,
  type ExampleWalk,
  expectRegistryOnly,
  pageLog,
  startExampleWalk,
} from './example-page.fixture.ts';

/**
 * The README's policy, sent as a header. A page that also loads the elements' own bundle adds
 * 'allow-duplicates': two copies of Lit, two `lit-html` policies.
 */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types nayabato-job-widget lit-html";

let walk: ExampleWalk;
let context: BrowserContext;
let demo: ExampleDemoConfig;
const log = pageLog();

beforeAll(async () => {
  walk = await startExampleWalk({
    routes: (app) => {
      // A page of this test: the script twice and the elements' bundle, under a CSP sent as a header.
      app.get('/test/twice.html', (c) => {
        const elements = c.req.query('elements') === '1';
        return c.html(
          `<!doctype html><html lang="en"><head><title>Twice</title><link rel="icon" href="data:,">
          <script src="/examples/_shared/job-widget.js"></script>
          <script src="/examples/_shared/job-widget.js"></script>
          ${elements ? '<script type="module" src="/examples/_shared/elements.js"></script>' : ''}</head>
          <body><main><nb-job-board organization="${demo.organization.id}" registry="${demo.registry}" publishable-key="${demo.publishableKey}"></nb-job-board></main></body></html>`,
          200,
          { 'content-security-policy': elements ? `${STRICT_CSP} 'allow-duplicates'` : STRICT_CSP },
        );
      });
    },
  });
  demo = (await (await fetch(`${walk.registry.url}/examples/_shared/demo.json`)).json()) as ExampleDemoConfig;
  // The company publishes a few offers (with its secret key, from this server side), the page reads them.
  const company = walk.registry.demo!.organizations.find((o) => o.id === demo.organization.id)!;
  const staff = createClient({ baseUrl: walk.registry.url, apiKey: company.secretKey });
  for (const [i, district] of ['Kaski', 'Kathmandu', 'Morang'].entries()) {
    const offer = await staff.jobOffers.create({
      title: `Machine operator ${i + 1}`,
      description: 'Cutting-floor work.\n\nTraining on the job.',
      trade: 'tailoring',
      skills: ['sewing'],
      district,
      employmentType: 'FULL_TIME',
      wage: { minMonthlyNpr: 19550, maxMonthlyNpr: 24000 },
      openings: 2,
      trainingProvided: true,
      accommodationProvided: false,
      transportProvided: true,
      validThrough: '2030-06-30',
    } as never);
    await staff.jobOffers.publish(offer.id);
  }
  context = await walk.browser.newContext();
}, 180_000);

afterAll(async () => {
  await walk?.close();
});

async function open(path: string): Promise<Page> {
  const page = await walk.newPage(context, log, { console: 'warning' });
  await page.goto(`${walk.registry.url}${path}`);
  await shows(page, '[part="list"], [part~="state-empty"]');
  return page;
}

/** Waits until the board's shadow root holds `selector` and no loading state. */
function shows(page: Page, selector: string) {
  return page.waitForFunction(
    (s) => {
      const root = document.querySelector('nb-job-board')?.shadowRoot;
      return !!root?.querySelector(s) && !root.querySelector('[part~="state-loading"]');
    },
    selector,
    { timeout: 60_000 },
  );
}

/** The registry's answer to the company's publishable key: its open offers, newest first. */
async function openOffers(): Promise<{ id: string; title: string }[]> {
  const response = await fetch(`${walk.registry.url}/v1/job-offers?limit=10&sort=newest`, {
    headers: { authorization: `Bearer ${demo.publishableKey}` },
  });
  return ((await response.json()) as { items: { id: string; title: string }[] }).items;
}

const shownIds = (page: Page) =>
  page
    .locator('nb-job-board [part="offer"]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
const jsonLd = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('nb-job-board > script[type="application/ld+json"]')].map(
      (s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>,
    ),
  );

describe('examples/corporate-site/careers.html (the job board by script tag, strict CSP)', () => {
  it('is linked from the corporate page', async () => {
    const index = await (await fetch(`${walk.registry.url}/examples/corporate-site/`)).text();
    expect(index).toContain('href="careers.html"');
  });

  it('shows the company’s open offers with a JobPosting for each, and no CSP violation', {
    timeout: 120_000,
  }, async () => {
    const page = await open('/examples/corporate-site/careers.html');
    const offers = await openOffers();
    expect(offers.length).toBeGreaterThan(0);
    expect(await shownIds(page)).toEqual(offers.map((o) => o.id));
    const postings = await jsonLd(page);
    expect(postings.map((p) => (p.identifier as { value: string }).value)).toEqual(offers.map((o) => o.id));
    for (const p of postings) {
      expect(p).toMatchObject({
        '@type': 'JobPosting',
        directApply: false,
        hiringOrganization: { name: demo.organization.name },
      });
      for (const key of ['title', 'description', 'datePosted', 'employmentType', 'jobLocation', 'baseSalary'])
        expect(p[key], key).toBeDefined();
    }
    expect(log.problems).toEqual([]);
    expectRegistryOnly(log);
    await page.close();
  });

  it.each([
    ['/test/twice.html', 'the script twice'],
    ['/test/twice.html?elements=1', 'the script twice beside the elements’ bundle'],
  ])('breaks nothing with %s (%s)', { timeout: 120_000 }, async (path) => {
    const page = await open(path);
    const offers = await openOffers();
    expect(await shownIds(page)).toEqual(offers.map((o) => o.id));
    expect(await page.locator('nb-job-board').count()).toBe(1);
    if (path.includes('elements'))
      expect(await page.evaluate(() => !!customElements.get('nb-provider'))).toBe(true);
    expect((await jsonLd(page)).length).toBe(offers.length);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  it('shows a friendly state when the network is cut and recovers', { timeout: 120_000 }, async () => {
    const page = await open('/examples/corporate-site/careers.html');
    await context.setOffline(true);
    await shows(page, '[part~="state-offline"]');
    const text = await page.locator('nb-job-board [part~="state-offline"]').textContent();
    expect(text).toMatch(/offline|internet|connection/i);
    await context.setOffline(false);
    await shows(page, '[part="list"]');
    expect((await shownIds(page)).length).toBeGreaterThan(0);
    // The browser's own "failed to load" lines while offline are expected; nothing else is.
    expect(
      log.problems.filter(
        (p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/.test(p),
      ),
    ).toEqual([]);
    await page.close();
  });

  it('is accessible in English and Nepali (axe-core)', { timeout: 120_000 }, async () => {
    // axe-core is injected as a script, which the page's policy rightly refuses: this check alone bypasses it.
    const previous = context;
    context = await walk.browser.newContext({ bypassCSP: true });
    const page = await open('/examples/corporate-site/careers.html');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('button[data-lang="ne"]').click();
    await page.waitForFunction(() =>
      document
        .querySelector('nb-job-board')
        ?.shadowRoot?.querySelector('h2')
        ?.textContent?.includes('रोजगारी'),
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    context = previous;
  });
});
