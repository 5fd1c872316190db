/**
 * `pnpm --filter @nayabato/registry run bench`: cold start with the demo seed (see cold-start.ts), then
 * requests per second and latency of list endpoints on PGlite (in memory), with a fetch loop on loopback at
 * 1 and 10 concurrent clients. Writes the `<!-- bench:registry -->` section of docs/benchmarks.md.
 */
import { writeBenchSection } from '../../../scripts/bench-section.ts';
import { startRegistry } from '../src/index.js';
import { coldStartSection } from './cold-start-table.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const coldStart = await coldStartSection(Number(process.env.BENCH_COLD_RUNS ?? 5));
console.log(coldStart);

async function load(url: string, key: string, clients: number) {
  const latencies: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const res = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`status ${res.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  return { rps: Math.round(latencies.length / SECONDS), p50: at(0.5), p99: at(0.99) };
}

const registry = await startRegistry({ seed: 'demo', logger: () => {}, settings: { rateLimitPerMinute: 0 } });
const ngo = registry.demo!.organizations.find((o) => o.role === 'ngo')!;
const rows: string[] = [];
for (const [name, path] of [
  ['organisation directory (20 per page)', '/v1/organizations?limit=20'],
  ['participants visible to an NGO (audited)', '/v1/participants'],
  ['health (no database)', '/health'],
] as const) {
  for (const clients of [1, 10]) {
    await load(`${registry.url}${path}`, ngo.secretKey, 1); // warm-up
    const r = await load(`${registry.url}${path}`, ngo.secretKey, clients);
    rows.push(`| ${name} | ${clients} | ${r.rps} | ${r.p50} | ${r.p99} |`);
    console.log(rows.at(-1));
  }
}
const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
await registry.close();

writeBenchSection(
  'registry',
  'pnpm --filter @nayabato/registry run bench',
  `${coldStart}

### Throughput

Embedded PGlite in memory, demo seed, fetch loop on loopback for ${SECONDS} s per row (client and server
in one process, so figures are a floor). Resident memory after the run: ${rss} MiB.

| endpoint | clients | requests/s | p50 ms | p99 ms |
| --- | --- | --- | --- | --- |
${rows.join('\n')}`,
);
