/**
 * The cold-start part of the registry bench: several runs of each way to start, medians in a table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PARTICIPANTS } from '../src/index.js';
import { type ColdStart, measureBarePglite, measureRegistryStart, median } from './cold-start.ts';

const seconds = (ms: number) => (ms / 1000).toFixed(1);

function row(name: string, runs: readonly ColdStart[]): string {
  const ms = median(runs.map((r) => r.ms));
  const rss = median(runs.map((r) => r.rssMiB));
  const phase = (p: 'engine' | 'migrations' | 'listen' | 'seed') =>
    runs[0]?.phases ? seconds(median(runs.map((r) => r.phases![p]))) : '–';
  return `| ${name} | ${runs.length} | ${seconds(ms)} | ${phase('engine')} | ${phase('migrations')} | ${phase('seed')} | ${phase('listen')} | ${rss} |`;
}

/**
 * Measures, in turns so that a busy machine weighs on each alike: the bare PGlite baseline, a start from
 * the demo snapshot (`pnpm start`'s default), a start that creates, migrates and seeds the database (no
 * snapshot), and the first start that builds the snapshot; and a start on PostgreSQL when `DATABASE_URL`
 * is set. Returns the section's text.
 *
 * @example
 * ```ts
 * console.log(await coldStartSection(5));
 * ```
 */
export async function coldStartSection(runs: number): Promise<string> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'nb-bench-cache-'));
  const results: Record<string, ColdStart[]> = { bare: [], snapshot: [], fresh: [], build: [], postgres: [] };
  const databaseUrl = process.env.DATABASE_URL;
  try {
    results.build!.push(await measureRegistryStart({ cacheDir }));
    for (let i = 0; i < runs; i++) {
      results.bare!.push(await measureBarePglite());
      results.snapshot!.push(await measureRegistryStart({ cacheDir }));
      results.fresh!.push(await measureRegistryStart());
      if (databaseUrl) results.postgres!.push(await measureRegistryStart({ databaseUrl }));
      console.log(`cold start run ${i + 1} of ${runs} done`);
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  // A shared machine inflates every figure: the ratios to the baseline are what compare between runs.
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');
  const snapshotMs = median(results.snapshot!.map((r) => r.ms));
  const ratio = snapshotMs / median(results.bare!.map((r) => r.ms));
  const fresh = snapshotMs / median(results.fresh!.map((r) => r.ms));
  return `### Cold start to \`/ready\` with the demo seed

A new process each time, from spawn until \`/ready\` answers with the seed loaded (${DEMO_PARTICIPANTS} participants), run
from source through tsx as \`pnpm start\` runs it; phases as the registry reports them; resident memory at
ready. Median of ${runs} runs of each, taken in turns. The snapshot start took ${ratio.toFixed(2)} × the time of a bare
\`new PGlite()\` + \`select 1\` in the same run, and ${fresh.toFixed(2)} × the time of a start without the snapshot. Load
average at the end of these runs (1, 5, 15 min) on ${cpus().length} cores: ${load}.

| start | runs | to /ready s | engine s | migrations s | seed s | listen s | RSS MiB |
| --- | --- | --- | --- | --- | --- | --- | --- |
${row('baseline: bare `new PGlite()` + `select 1` (plain node)', results.bare!)}
${row('PGlite from the demo snapshot (`pnpm start`)', results.snapshot!)}
${row('PGlite created, migrated and seeded (no snapshot)', results.fresh!)}
${row('PGlite, first start: builds and caches the snapshot', results.build!)}
${databaseUrl ? row('PostgreSQL server (`DATABASE_URL`), seed again', results.postgres!) : '| PostgreSQL server | not run: `DATABASE_URL` unset | | | | | | |'}`;
}
