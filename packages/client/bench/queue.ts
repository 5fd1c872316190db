/**
 * `pnpm --filter @nayabato/client bench:queue`: time to flush 1,000 queued intakes on loopback, on
 * PGlite and (when DATABASE_URL is set) PostgreSQL. Writes the `queue` section of docs/benchmarks.md.
 */
import { writeBenchSection } from '../../../scripts/bench-section.ts';
import { engines } from '../test/queue/registry.fixture.js';
import { measureQueueFlush, type QueueFlushResult } from './queue-flush.js';
import { measureQueueBundle } from './queue-size.js';

const INTAKES = Number(process.env.BENCH_INTAKES ?? 1000);
const GOAL_MS = 10_000;

const results: QueueFlushResult[] = [];
for (const engine of engines()) {
  for (const concurrency of [1, 8]) results.push(await measureQueueFlush(engine, INTAKES, concurrency));
}

const size = await measureQueueBundle();
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows = results.map(
  (r) =>
    `| ${r.engine} | ${r.concurrency} | ${r.intakes} (${r.sent} writes) | ${s(r.enqueueMs)} | **${s(r.flushMs)}** (${(r.flushMs / r.sent).toFixed(1)} ms a write) | ${r.directPerWriteMs.toFixed(1)} ms | < 10 s (${r.flushMs < GOAL_MS ? 'meets the goal' : '**misses the goal**'}) |`,
);
const skipped = engines().includes('postgres') ? '' : '\nPostgreSQL was not run: DATABASE_URL is unset.\n';
const body = `| engine | intakes at a time | intakes | enqueue (encrypt + file store) | flush | same writes without the queue, a write | goal |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${skipped}
Each intake is three writes (participant, consent, needs assessment), the later two referring to the
participant's id through the queue; one flush sends them, each with its idempotency key, and deletes each
entry once the registry confirmed it. With 1 intake at a time every write goes out in queue order; with 8
(\`concurrency: 8\`), eight intakes overlap, each still in its own order. Queue in Node with the file store
(AES-GCM per entry), registry on the same machine over loopback, rate limit off.
The floor is the registry's own time per write (the column without the queue) × 3,000 on this shared
2-core machine, client and registry in one process: the 10 s goal needs writes of about 3 ms, or a
batch operation in the registry. The load of other work on the machine moves these figures by ±50 %.`;

const sizeLine = `Browser bundle of \`createQueue\` and \`openIndexedDbQueue\` (with \`idb\` and eventemitter3), esbuild
minified, gzip -9: **${(size.queueGzip / 1024).toFixed(2)} kB** (size-limit budget 6.75 kB). Modules of the queue in
\`createClient\`'s bundle: **${size.queueModulesInClient}** (goal 0: the queue is a separate entry).`;

writeBenchSection('queue', 'pnpm --filter @nayabato/client bench:queue', `${body}\n\n${sizeLine}`);
console.log(body, sizeLine);
