/**
 * `pnpm --filter @nayabato/job-widget bench`: time to first render of 50 offers in Chromium. The registry
 * (demo programme, 50 more open offers for the demo company) serves a page that loads the one-tag script
 * and adds `<nb-job-board page-size="50">`; the time runs from adding the element to the 50th offer in its
 * shadow root. Baseline in the same run: the same page fetches the same 50 offers with `fetch` and writes
 * them as a plain `<ul>` (no Lit, no client, no JSON-LD). Medians of several runs, each on a fresh page;
 * writes the `job-widget` section of docs/benchmarks.md.
 */
import { gzipSync } from 'node:zlib';
import { createClient } from '@nayabato/client';
import { startRegistry } from '@nayabato/registry';
import { chromium } from 'playwright';
import { writeBenchSection } from '../../../scripts/bench-section.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.ts';
import { bundleJobWidget } from '../scripts/bundle.ts';

const RUNS = 7;
const script = await bundleJobWidget();
const registry = await startRegistry({
  port: 0,
  host: '127.0.0.1',
  seed: 'demo',
  demoCacheDir: new URL('../../../node_modules/.cache/nayabato', import.meta.url).pathname,
  logger: () => undefined,
  extend: (app) => {
    app.get('/bench/job-widget.js', (c) =>
      c.body(script, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
    );
    app.get('/bench/', (c) =>
      c.html('<!doctype html><html lang="en"><title>bench</title><body></body></html>'),
    );
  },
});
const company = registry.demo!.organizations.find((o) => o.role === 'corporate')!;
const staff = createClient({ baseUrl: registry.url, apiKey: company.secretKey });
for (let i = 0; i < 50; i += 1) {
  const offer = await staff.jobOffers.create({
    title: `Bench offer ${i}`,
    description: `Work ${i}.\n\nA second paragraph.`,
    trade: 'tailoring',
    skills: ['sewing'],
    district: 'Kaski',
    employmentType: 'FULL_TIME',
    wage: { minMonthlyNpr: 20000, maxMonthlyNpr: 24000 },
    openings: 2,
    trainingProvided: true,
    accommodationProvided: false,
    transportProvided: false,
    validThrough: '2030-01-31',
  } as never);
  await staff.jobOffers.publish(offer.id);
}

const found = findChromium();
const browser = await chromium.launch({
  executablePath: 'path' in found && found.path ? found.path : '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS],
});
const config = { registry: registry.url, pk: company.publishableKey, org: company.id };

async function once(kind: 'board' | 'baseline'): Promise<number> {
  const page = await browser.newPage();
  await page.goto(`${registry.url}/bench/`);
  if (kind === 'board') await page.addScriptTag({ url: '/bench/job-widget.js' });
  // Source text, not a function: tsx would wrap named functions in a helper the page does not have.
  const ms = (await page.evaluate(`(async () => {
    const { kind, registry, pk, org } = ${JSON.stringify({ kind, ...config })};
    const start = performance.now();
    const done = (count) => new Promise((resolve) => {
      const tick = () => (count() >= 50 ? resolve(performance.now() - start) : requestAnimationFrame(tick));
      tick();
    });
    if (kind === 'baseline') {
      const response = await fetch(registry + '/v1/job-offers?limit=50&organizationId=' + org, {
        headers: { authorization: 'Bearer ' + pk },
      });
      const { items } = await response.json();
      const ul = document.createElement('ul');
      for (const o of items) {
        const li = document.createElement('li');
        li.textContent = o.title;
        ul.append(li);
      }
      document.body.append(ul);
      return done(() => document.querySelectorAll('li').length);
    }
    const board = document.createElement('nb-job-board');
    board.setAttribute('page-size', '50');
    board.setAttribute('organization', org);
    board.setAttribute('registry', registry);
    board.setAttribute('publishable-key', pk);
    document.body.append(board);
    return done(() => board.shadowRoot?.querySelectorAll('[part="offer"]').length ?? 0);
  })()`)) as number;
  await page.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times = { board: [] as number[], baseline: [] as number[] };
await once('board');
await once('baseline');
for (let i = 0; i < RUNS; i += 1) {
  times.baseline.push(await once('baseline'));
  times.board.push(await once('board'));
}
await browser.close();
await registry.close();

const b = median(times.board);
const base = median(times.baseline);
const body = `Time to first render of 50 offers in Chromium (headless), median of ${RUNS} runs each on a fresh page,
after one warm-up; the registry on loopback (PGlite, demo programme).

| what | median | ratio |
| --- | --- | --- |
| baseline: \`fetch\` of the same 50 offers, written as a plain \`<ul>\` | ${base.toFixed(1)} ms | 1× |
| \`<nb-job-board page-size="50">\` (client, organisation and partners, 50 cards, 50 JSON-LD scripts) | ${b.toFixed(1)} ms | ${(b / base).toFixed(2)}× |

The script itself (\`dist/job-widget.js\`, minified IIFE, everything included): ${(gzipSync(script, { level: 9 }).length / 1000).toFixed(2)} kB gzip
(budget 20 kB not met: see docs/decisions/2026-12-06-job-widget-script.md).`;
writeBenchSection('job-widget', 'pnpm --filter @nayabato/job-widget bench', body);
console.log(body);
