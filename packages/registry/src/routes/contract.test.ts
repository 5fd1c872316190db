/**
 * The API reference page as an integrator meets it: a registry on a free port, `/reference` opened in
 * real Chromium (Debian's, through Playwright), the rendered contract read from the page, and one call
 * made with "try it out". Every request the page makes is recorded; only the registry may be asked.
 */
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../../../scripts/chromium.ts';
import { type RunningRegistry, startRegistry } from '../index.js';

let registry: RunningRegistry;
let browser: Browser;
let page: Page;
/** Every URL the page asked for, in order. */
const requested: string[] = [];
/** Console errors and uncaught exceptions of the page (a CSP violation shows here). */
const problems: string[] = [];

beforeAll(async () => {
  registry = await startRegistry({
    port: 0,
    seed: 'demo',
    demoParticipants: 5,
    demoCacheDir: fileURLToPath(new URL('../../../../node_modules/.cache/nayabato', import.meta.url)),
    logger: () => undefined,
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
  page = await browser.newPage();
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // Anything not for the registry is refused here as well as recorded, so no run depends on a network.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(`${registry.url}/`) ? route.continue() : route.abort(),
  );
  await page.goto(`${registry.url}/reference`);
  await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await registry?.close();
});

describe('the API reference page', () => {
  it('renders every operation of the contract, grouped by tag', async () => {
    const doc = (await (await fetch(`${registry.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId: string; tags: string[] }>>;
    };
    const expected = Object.entries(doc.paths)
      .flatMap(([path, item]) =>
        Object.entries(item).map(
          ([method, op]) => `${op.tags[0]} ${method.toUpperCase()} ${path} ${op.operationId}`,
        ),
      )
      .sort();
    expect(expected.length).toBeGreaterThan(40);
    const rendered = await page.locator('.opblock-tag-section').evaluateAll((sections) =>
      sections.flatMap((section) => {
        const tag = section.querySelector('.opblock-tag')?.getAttribute('data-tag');
        return [...section.querySelectorAll('.opblock')].map((block) =>
          [
            tag,
            block.querySelector('.opblock-summary-method')?.textContent,
            block.querySelector('.opblock-summary-path')?.getAttribute('data-path'),
            block.querySelector('.opblock-summary-operation-id')?.textContent,
          ].join(' '),
        );
      }),
    );
    expect(rendered.sort()).toEqual(expected);
  });

  it('renders Markdown descriptions: code spans, not raw backticks', async () => {
    const description = page.locator('.information-container .info .description');
    const text = await description.textContent();
    expect(text).toContain('Authorization: Bearer <credential>');
    expect(text).not.toContain('`');
    const code = await description.locator('code').allTextContents();
    expect(code).toContain('Authorization: Bearer <credential>');
    expect(code).toContain('urn:nayabato:problem:rate-limited');
    expect(await page.locator('.information-container .info__license').textContent()).toContain('Apache-2.0');
  });

  it('shows the meaning of each error response, resolved from the shared responses', async () => {
    const op = page.locator('#operations-Organisations-listOrganizations');
    await op.locator('.opblock-summary-control').click();
    const row = (status: number) =>
      op.locator(`.responses-wrapper tr.response[data-code="${status}"] .response-col_description`);
    expect(await row(200).textContent()).toContain('Success.');
    expect(await row(400).textContent()).toContain('a bad query parameter');
    expect(await row(401).textContent()).toContain('No valid credential.');
    expect(await row(403).textContent()).toContain('may not take this action');
    const tooMany = await row(429).textContent();
    expect(tooMany).toContain('Rate limit exceeded: see Retry-After.');
    // The shared error body is shown with its schema, not left empty.
    expect(tooMany).toContain('application/problem+json');
  });

  it('tries a call against the registry itself with a publishable key', async () => {
    const ngo = registry.demo!.organizations.find((o) => o.role === 'ngo')!;
    await page.locator('.auth-wrapper button.authorize').click();
    const scheme = page.locator('.modal-ux .auth-container', { hasText: 'publishableKey' });
    await scheme.locator('input').fill(ngo.publishableKey);
    await scheme.locator('button.authorize').click();
    await page.locator('.modal-ux button.close-modal').click();

    const op = page.locator('#operations-Organisations-listOrganizations');
    await op.locator('button.try-out__btn').click();
    await op.locator('button.execute').click();
    const live = op.locator('.live-responses-table .response');
    await live.first().waitFor({ timeout: 15_000 });
    expect(await live.locator('.response-col_status').first().textContent()).toBe('200');
    const body =
      (await op.locator('.live-responses-table .response-col_description pre').first().textContent()) ?? '';
    expect(JSON.parse(body).items.some((o: { id: string }) => o.id === ngo.id)).toBe(true);
    // The call went to the registry's own origin, with the bearer credential typed into the page.
    const call = requested.filter((url) => url.startsWith(`${registry.url}/v1/organizations`));
    expect(call).toHaveLength(1);
    expect(await op.locator('.request-url pre').textContent()).toBe(`${registry.url}/v1/organizations`);
  });

  it('serves the page under a self-only CSP and only the listed Swagger UI files, by version', async () => {
    const res = await fetch(`${registry.url}/reference`);
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await res.text();
    const bundle = /src="(\/reference\/assets\/[^"]+\/swagger-ui-bundle\.js)"/.exec(html)?.[1];
    expect(bundle).toMatch(/^\/reference\/assets\/\d+\.\d+\.\d+\//);
    // Node's fetch asks for gzip and inflates the answer: the script arrives whole either way.
    const zipped = await fetch(`${registry.url}${bundle}`);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('cache-control')).toContain('immutable');
    const script = await zipped.text();
    const plain = await fetch(`${registry.url}${bundle}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
    expect(script).toContain('SwaggerUIBundle');
    const base = bundle!.slice(0, bundle!.lastIndexOf('/'));
    for (const refused of [
      `${base}/package.json`,
      `${base}/index.html`,
      `${base}/..%2Fpackage.json`,
      '/reference/assets/0.0.0/swagger-ui-bundle.js',
    ]) {
      const answer = await fetch(`${registry.url}${refused}`);
      expect(answer.status, refused).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('asks nothing of any host but the registry, and the page reports no error', () => {
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((url) => !url.startsWith(`${registry.url}/`))).toEqual([]);
    expect(new URL(registry.url).hostname).toBe('127.0.0.1');
    expect(problems).toEqual([]);
  });
});
