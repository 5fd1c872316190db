/**
 * `<nb-intake-form>` through a real network cut: a registry with the demo programme serves a page that
 * loads the intake form bundled from the workspace's sources; Playwright drives that page in Chromium as a
 * counsellor would, reloads it (the encrypted draft comes back), cuts the connection with
 * `context.setOffline(true)` (not a fetch stub) during the submission, checks that the form says "queued"
 * and never "sent" and that the registry has nothing, then restores the connection and counts the
 * participants through the API: exactly one with the synthetic code written into the notes.
 */
import { fileURLToPath } from 'node:url';
import { createClient, type NayaBatoClient } from '@nayabato/client';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExampleWalk, expectRegistryOnly, pageLog, startExampleWalk } from './example-page.fixture.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intake</title></head>
<body><main><h1>Intake</h1><nb-intake-form></nb-intake-form></main>
<script type="module">import * as nb from './elements.js'; window.nb = nb;</script></body></html>`;

let walk: ExampleWalk;
let context: BrowserContext;
let page: Page;
let token: string;
let api: NayaBatoClient;
const log = pageLog();

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "export * from '@nayabato/elements/intake-form';\nexport { createClient } from '@nayabato/client';",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@nayabato/source'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  const code = await bundle();
  walk = await startExampleWalk({
    examples: false,
    routes: (app) => {
      app.get('/intake-test/', (c) => c.html(PAGE));
      app.get('/intake-test/elements.js', (c) =>
        c.body(code, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
      );
    },
  });
  const registry = walk.registry;
  const ngo = registry.demo!.organizations.find((o) => o.role === 'ngo')!;
  const headers = { authorization: `Bearer ${ngo.secretKey}`, 'content-type': 'application/json' };
  const originsUrl = `${registry.url}/v1/organizations/${ngo.id}/allowed-origins`;
  const { origins } = (await (await fetch(originsUrl, { headers })).json()) as { origins: string[] };
  const origin = new URL(registry.url).origin;
  if (!origins.includes(origin)) {
    await fetch(originsUrl, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ origins: [...origins, origin] }),
    });
  }
  const issued = await fetch(`${registry.url}/v1/tokens`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ userId: ngo.users[0]!.id, ttlSeconds: 1800 }),
  });
  token = ((await issued.json()) as { token: string }).token;
  // Staff tokens are accepted from registered origins: Node says which, as the browser would.
  api = createClient({
    baseUrl: registry.url,
    apiKey: token,
    fetch: (input, init) => {
      const request = new Request(input, init);
      request.headers.set('origin', origin);
      return fetch(request);
    },
  });
  context = await walk.browser.newContext();
  // Nothing but the registry: no run depends on a network, and the page asks nothing of anyone else.
  page = await walk.newPage(context, log);
}, 180_000);

afterAll(async () => {
  await walk?.close();
});

/** Opens the page and gives the form its client (the token never goes into the URL). */
async function open(): Promise<void> {
  await page.goto(`${walk.registry.url}/intake-test/`);
  await page.waitForFunction(() => 'nb' in window);
  await page.evaluate(
    ([baseUrl, apiKey]) => {
      const { nb } = window as unknown as { nb: { createClient: (o: object) => unknown } };
      (document.querySelector('nb-intake-form') as unknown as { client: unknown }).client = nb.createClient({
        baseUrl,
        apiKey,
      });
    },
    [walk.registry.url, token] as const,
  );
}

const form = () => page.locator('nb-intake-form');
const heading = () => form().locator('h2 .title').textContent();
const next = async (expected: string) => {
  await form().locator('button[type="submit"]').click();
  await expect.poll(heading).toBe(expected);
};

/** Participants of the NGO whose notes carry `code`, through the API. */
async function withCode(code: string): Promise<number> {
  const all = await api.participants.list().toArray({ limit: 100_000 });
  return all.filter((p) => p.notes === code).length;
}

describe('<nb-intake-form> offline', () => {
  it('keeps the draft over a reload, queues while offline, and creates exactly one participant once back online', async () => {
    const code = `SYN-OFFLINE-${Date.now().toString(36)}`;
    await open();
    await form().locator('#f-category').selectOption('survivor');
    await form().locator('#f-traffickingStatus').selectOption('actual_victim');
    await form().locator('#f-gender').selectOption('masculine');
    await form().locator('#f-ageBand').selectOption('21-23');
    await form().locator('#f-originDistrict').selectOption('Makwanpur');
    await form().locator('#f-currentDistrict').selectOption('Lalitpur');
    await form().locator('#f-languages-ne').check();
    await form().locator('#f-notes').fill(code);
    await next('Documents');
    await form().locator('#f-citizenshipStatus').selectOption('yes');
    await form().locator('#f-issuingDistrict').selectOption('Makwanpur');
    await next('Consent');
    for (const box of await form().locator('[data-group="checks"]').all()) await box.check();
    await form().locator('#f-purposes-services').check();
    await next('Needs assessment');
    await form().locator('[name="level:safety"]').selectOption('urgent');
    await page.evaluate(() =>
      (document.querySelector('nb-intake-form') as unknown as { saveNow(): Promise<void> }).saveNow(),
    );

    // A reload brings the draft back, at the step it was on.
    await page.reload();
    await open();
    await expect.poll(heading).toBe('Needs assessment');
    expect(await form().locator('[name="level:safety"]').inputValue()).toBe('urgent');
    expect(await form().locator('.restored').textContent()).toContain('restored');

    await page.evaluate(() => {
      const w = window as unknown as { submitted: number };
      w.submitted = 0;
      document.addEventListener('nb-intake-submitted', () => w.submitted++);
    });
    await context.setOffline(true);
    await form().locator('button[type="submit"]').click();
    const status = form().locator('[part~="status"]');
    await expect.poll(() => status.getAttribute('data-state')).toBe('queued');
    expect(await status.textContent()).toContain('Queued, will send');
    // Offline: nothing reached the registry, and the page said nothing of "sent".
    expect(await withCode(code)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { submitted: number }).submitted)).toBe(0);
    expect(await status.getAttribute('data-state')).toBe('queued');
    // What waits on the device is encrypted: the code is nowhere in storage in readable form.
    const stored = await page.evaluate(async () => {
      const decoder = new TextDecoder();
      const text = (v: unknown): string =>
        v instanceof Uint8Array || v instanceof ArrayBuffer
          ? decoder.decode(v)
          : v && typeof v === 'object'
            ? Object.values(v).map(text).join(' ')
            : String(v);
      const out: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
      for (const { name } of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const r = indexedDB.open(name!);
          r.onsuccess = () => resolve(r.result);
        });
        for (const store of db.objectStoreNames) {
          const all = await new Promise<unknown[]>((resolve) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => resolve(r.result);
          });
          out.push(...all.map(text));
        }
        db.close();
      }
      return out.join('\n');
    });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain('Makwanpur');

    await context.setOffline(false);
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('sent');
    expect(await withCode(code)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { submitted: number }).submitted)).toBe(1);
    expect(log.problems).toEqual([]);
    expectRegistryOnly(log);
  }, 120_000);
});
