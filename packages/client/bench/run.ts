/**
 * `pnpm --filter @nayabato/client bench`: the client's overhead per request against raw fetch, and the
 * gzip size of its browser bundle. Writes the `client` section of docs/benchmarks.md.
 */
import { startRegistry } from '@nayabato/registry';
import { writeBenchSection } from '../../../scripts/bench-section.ts';
import { measureBundle } from './bundle-size.js';
import { measureOverhead } from './overhead.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const OVERHEAD_GOAL = 1.2;
const SIZE_GOAL = 8 * 1024;

// 1200 calls with one key in well under a minute would meet the registry's rate limit (600 a minute by
// default): the bench measures the client's overhead, not the limiter, so the limit is off.
const registry = await startRegistry({
  port: 0,
  seed: 'demo',
  logger: () => undefined,
  settings: { rateLimitPerMinute: 0 },
});
let overhead: Awaited<ReturnType<typeof measureOverhead>>;
try {
  const ngo = registry.demo?.organizations.find((o) => o.role === 'ngo');
  if (!ngo) throw new Error('The demo seed has no NGO');
  overhead = await measureOverhead(registry.url, ngo.secretKey, ngo.id, REQUESTS);
} finally {
  await registry.close();
}
const size = await measureBundle();

const ms = (x: number) => `${x.toFixed(3)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(2)} kB`;
const verdict = (ok: boolean) => (ok ? 'meets the goal' : '**misses the goal**');
const body = `| measure | result | goal |
| --- | --- | --- |
| median per request, raw \`fetch\` (${overhead.requests} after 100 warm-up) | ${ms(overhead.rawMedian)} | |
| median per request, \`client.organizations.get\` | ${ms(overhead.clientMedian)} | |
| client / raw | **${overhead.ratio.toFixed(3)}×** | ≤ ${OVERHEAD_GOAL}× (${verdict(overhead.ratio <= OVERHEAD_GOAL)}) |
| browser bundle of \`createClient\`, gzip -9 (minified ${kb(size.initialMinified)}) | **${kb(size.initialGzip)}** | < 8 kB (${verdict(size.initialGzip < SIZE_GOAL)}) |
| lazily loaded validation chunk (core's schemas), gzip -9 | ${kb(size.lazyGzip)} | not loaded with \`validate: false\` |

Both calls hit \`GET /v1/organizations/{id}\` on the same registry (PGlite) over loopback, interleaved.
The bundle is esbuild (bundle, minify, ESM, splitting) of the client's source. Its initial code, minified
before gzip, by part (esbuild's metafile): ${size.initialShares.map((s) => `${s.part} ${kb(s.minified)}`).join(', ')}.
The registry's rate limit is off for this run.`;

writeBenchSection('client', 'pnpm --filter @nayabato/client bench', body);
console.log(body);
