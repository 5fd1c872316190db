/**
 * The corporate-site example as a visitor meets it: the registry with the demo programme and the examples
 * served as `pnpm start` serves them (on port 0), `/examples/corporate-site/` opened in real Chromium through
 * Playwright. The figures must be the registry's published ones with withheld cells as words, the stories
 * the published ones, the language switch must reach the elements, axe-core must find nothing in either
 * language, and the page may ask nothing of any host but the registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExampleDemoConfig } from './example-assets.ts';
import {
  axeViolations,
  type ExampleWalk,
  examplesDir,
  expectListedExample,
  expectRegistryOnly,
  pageLog,
  startExampleWalk,
} from './example-page.fixture.ts';

let walk: ExampleWalk;
let page: Page;
let demo: ExampleDemoConfig;
const log = pageLog();

beforeAll(async () => {
  walk = await startExampleWalk();
  demo = (await (await fetch(`${walk.registry.url}/examples/_shared/demo.json`)).json()) as ExampleDemoConfig;
  page = await walk.newPage(walk.browser, log, { failedAnswers: true });
  await page.goto(`${walk.registry.url}/examples/corporate-site/`);
  await settled();
}, 180_000);

afterAll(async () => {
  await walk?.close();
});

/** Waits until every data element on the page has left its loading state. */
async function settled(): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('nb-impact-stats, nb-story-gallery')].every((element) => {
        const root = element.shadowRoot;
        return (
          !!root?.querySelector('section, [part~="state"], [part="list"]') &&
          !root.querySelector('[part~="state-loading"]')
        );
      }),
    undefined,
    { timeout: 60_000 },
  );
}

/** The cells of one `<nb-impact-stats>` table, as shown. */
const cells = (id: string) =>
  page.locator(`#${id} tbody td`).evaluateAll((tds) => tds.map((td) => td.textContent!.trim()));

/**
 * What the element should show: the bundle's own `impactFigures` over the registry's answer, worked out in
 * the page. Passed as source text: Vitest would rewrite a dynamic `import()` inside a function.
 */
const expectedCells = (organization?: string): Promise<string[]> => {
  const query = new URLSearchParams({
    from: demo.from,
    to: demo.to,
    ...(organization ? { organization } : {}),
  });
  return page.evaluate(`(async () => {
    const response = await fetch(${JSON.stringify(`/v1/indicators?${query}`)}, {
      headers: { authorization: ${JSON.stringify(`Bearer ${demo.publishableKey}`)} },
    });
    const { impactFigures } = await import('/examples/_shared/elements.js');
    return impactFigures(await response.json()).map((f) =>
      f.value === undefined ? 'withheld' : f.value.toLocaleString('en-IN'),
    );
  })()`);
};

describe('examples/corporate-site', () => {
  it('is linked from the start output and the landing page', async () => {
    await expectListedExample(walk.registry, 'corporate-site');
  });

  it('learns the registry and a publishable key from the sandbox, never a secret key', async () => {
    expect(demo.registry).toBe(walk.registry.url);
    expect(demo.publishableKey).toMatch(/^pk_/);
    const secrets = walk.registry.demo!.organizations.map((o) => o.secretKey);
    // A key's random part may contain "sk_", so look for a key's start and for every actual secret.
    expect(JSON.stringify(demo)).not.toMatch(/(^|[^A-Za-z0-9_-])sk_/);
    for (const secret of secrets) expect(JSON.stringify(demo)).not.toContain(secret);
    const publicDir = join(examplesDir, 'corporate-site', 'public');
    for (const file of readdirSync(publicDir)) {
      const text = readFileSync(join(publicDir, file), 'utf8');
      expect(text, file).not.toMatch(/\b(sk|pk)_[A-Za-z0-9_-]{16,}/);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    expect(await page.locator('nb-provider').getAttribute('publishable-key')).toBe(demo.publishableKey);
  });

  it('shows the published figures, withheld cells as the word', async () => {
    const programme = await cells('programme-stats');
    expect(programme).toHaveLength(4);
    expect(programme).toEqual(await expectedCells());
    expect(programme.some((c) => /^\d[\d,]*$/.test(c))).toBe(true);
    const partner = await cells('partner-stats');
    expect(partner).toEqual(await expectedCells(demo.partner!.id));
    // The partner's own figures describe fewer people: the demo withholds some of them.
    const withheld = [...programme, ...partner].filter((c) => c === 'withheld');
    expect(withheld.length).toBeGreaterThan(0);
    for (const cell of [...programme, ...partner]) expect(cell).toMatch(/^(withheld|\d[\d,]*)$/);
  });

  it('shows the published stories', async () => {
    const answer = (await (
      await fetch(`${walk.registry.url}/v1/stories?limit=6`, {
        headers: { authorization: `Bearer ${demo.publishableKey}` },
      })
    ).json()) as { items: { id: string; text?: string }[] };
    expect(answer.items.length).toBeGreaterThan(0);
    const shown = await page
      .locator('nb-story-gallery [part="story"]')
      .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.id));
    expect(shown).toEqual(answer.items.map((s) => s.id));
    const first = answer.items[0]!;
    if (first.text) {
      expect(await page.locator(`nb-story-gallery [data-id="${first.id}"] [part="text"]`).textContent()).toBe(
        first.text,
      );
    }
  });

  it('is clean under axe-core in English', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to Nepali at run time, the page and the elements together', async () => {
    await page.getByRole('button', { name: 'नेपाली' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ne');
    expect(await page.getByRole('button', { name: 'नेपाली' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('h1').textContent()).toBe('सीप, रोजगारी र नयाँ सुरुवात');
    await page.waitForFunction(() =>
      document.querySelector('#programme-stats')?.shadowRoot?.querySelector('section[lang="ne"]'),
    );
    const shown = [...(await cells('programme-stats')), ...(await cells('partner-stats'))];
    for (const cell of shown) expect(cell).not.toMatch(/[0-9]/);
    expect(shown).toContain('गोप्य राखिएको');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').textContent()).toBe('Skills, jobs and a fresh start');
    await page.waitForFunction(() =>
      document.querySelector('#programme-stats')?.shadowRoot?.querySelector('section[lang="en"]'),
    );
    expect(await cells('programme-stats')).toEqual(await expectedCells());
  });

  it('offers the quick exit', async () => {
    expect(await page.locator('nb-quick-exit').getByRole('link').isVisible()).toBe(true);
    expect(await page.locator('nb-quick-exit').getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('asked nothing of any host but the registry, and logged no error', () => {
    expect(log.requests.length).toBeGreaterThan(3);
    expectRegistryOnly(log);
    // The synthetic stories name photos (`photoRef`) that the demo seed never uploads: the registry answers
    // 404 for those, the gallery shows the story without a photo, and Chromium logs the failed load. That
    // is the only error allowed.
    const missingPhotos = log.problems.filter((p) =>
      new RegExp(`^404 ${walk.registry.url}/v1/stories/sty_[a-z0-9]+/photo$`).test(p),
    );
    const failedLoads = log.problems.filter((p) =>
      p.startsWith('Failed to load resource: the server responded with a status of 404'),
    );
    expect(failedLoads.length).toBe(missingPhotos.length);
    expect(log.problems.filter((p) => !missingPhotos.includes(p) && !failedLoads.includes(p))).toEqual([]);
  });
});
