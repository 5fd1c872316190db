/**
 * `pnpm --filter @nayabato/registry run bench` (after run.ts): the cost of one page of the main lists as
 * the query the route sends, with the synthetic programme at 250 and at 100,000 participants, on PGlite
 * (in memory) and on PostgreSQL when `DATABASE_URL` is set (a database of its own, dropped after). The
 * goal of issue 12 is a page at 100k within 1.5x of one at 250: every list served by an index. Writes the
 * `<!-- bench:registry-lists -->` section of docs/benchmarks.md.
 *
 * Env: BENCH_LISTS_SIZES (default `250,100000`), BENCH_LISTS_PGLITE_SIZES (PGlite's, default the same),
 * BENCH_LISTS_RUNS (timed runs per list, default 60).
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { writeBenchSection } from '../../../scripts/bench-section.ts';
import { LIST_CASES, openProgrammeDatabase } from '../src/store/list-plans.fixture.ts';

const SIZES = (process.env.BENCH_LISTS_SIZES ?? '250,100000').split(',').map(Number);
/** PGlite's sizes, when another is wanted (it copies the programme several times slower than a server). */
const PGLITE_SIZES = process.env.BENCH_LISTS_PGLITE_SIZES?.split(',').map(Number) ?? SIZES;
const RUNS = Number(process.env.BENCH_LISTS_RUNS ?? 60);
const DATABASE_URL = process.env.DATABASE_URL;

/** The lists measured: the ones issue 12 names, through the case registry the plan test checks. */
const MEASURED: readonly [fn: string, name: string][] = [
  ['listVisibleParticipants', 'participants (ngo)'],
  ['listVisibleReferrals', 'referrals (ngo)'],
  ['listVisibleReferrals', 'referrals received (ngo)'],
  ['listVisibleDocuments', 'consents (ngo)'],
  ['listVisibleJobOffers', 'job offers by newest (ngo)'],
  ['listVisibleEnrolments', 'enrolments (ngo)'],
  ['listCareRecords', 'follow_ups (ngo2, shared)'],
  ['listAuditEvents', 'audit events (ngo)'],
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `nb_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A database holding the programme at `participants` (the 250 of the demo seed, copied in SQL beyond). */
async function programme(engine: 'pglite' | 'postgres', participants: number) {
  const created = engine === 'postgres' ? await postgresDatabase() : undefined;
  const started = performance.now();
  const opened = await openProgrammeDatabase({
    participants: Math.min(participants, 250),
    copies: Math.max(0, Math.round(participants / 250) - 1),
    ...(created ? { databaseUrl: created.url } : {}),
  });
  // As autovacuum would have by then on a live database: hint bits set and the visibility map written,
  // so that the first reads of a freshly copied table (which set them) are not what is measured.
  await opened.db.exec('vacuum analyze');
  const seedSeconds = (performance.now() - started) / 1000;
  console.log(engine, participants, `seeded in ${seedSeconds.toFixed(1)} s`);
  return {
    ...opened,
    seedSeconds,
    close: async () => {
      await opened.db.close();
      await created?.drop();
    },
  };
}

/**
 * Median milliseconds of one page of each measured list at each size. The sizes are measured in turns
 * (one run of each list at each size, then again), so that a change in the machine's load weighs on all
 * of them alike.
 */
async function measure(engine: 'pglite' | 'postgres') {
  const sizes = engine === 'pglite' ? PGLITE_SIZES : SIZES;
  const dbs: Awaited<ReturnType<typeof programme>>[] = [];
  for (const size of sizes) dbs.push(await programme(engine, size));
  const times = dbs.map(() => new Map(MEASURED.map(([, name]) => [name, [] as number[]])));
  try {
    for (let round = -5; round < RUNS; round++) {
      for (const [fn, name] of MEASURED) {
        const list = LIST_CASES[fn]!.find((c) => c.name === name)!;
        for (const [i, { db, orgs }] of dbs.entries()) {
          const t = performance.now();
          await list.run(db, orgs);
          if (round >= 0) times[i]!.get(name)!.push(performance.now() - t); // the first five warm up
        }
      }
    }
  } finally {
    for (const db of dbs) await db.close();
  }
  return sizes.map((size, i) => ({
    size,
    seedSeconds: dbs[i]!.seedSeconds,
    medians: new Map([...times[i]!].map(([name, values]) => [name, median(values)])),
  }));
}

const engines: ('pglite' | 'postgres')[] = DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
const tables: string[] = [];
for (const engine of engines) {
  const results = await measure(engine);
  for (const r of results) console.log(engine, r.size, Object.fromEntries(r.medians));
  const [small, large] = [results[0]!, results.at(-1)!];
  const header = `| list (first page of 20) | ${results.map((r) => `${r.size.toLocaleString('en')} participants ms`).join(' | ')} | ratio |`;
  const rows = MEASURED.map(([, name]) => {
    const ratio = large.medians.get(name)! / small.medians.get(name)!;
    return `| ${name} | ${results.map((r) => r.medians.get(name)!.toFixed(2)).join(' | ')} | ${ratio.toFixed(2)}x |`;
  });
  tables.push(`### ${engine === 'pglite' ? 'PGlite (in memory)' : 'PostgreSQL'}

Seed: ${results.map((r) => `${r.size.toLocaleString('en')} participants in ${r.seedSeconds.toFixed(0)} s`).join(', ')}.

${header}
| --- | ${results.map(() => '---').join(' | ')} | --- |
${rows.join('\n')}`);
}

writeBenchSection(
  'registry-lists',
  'pnpm --filter @nayabato/registry run bench',
  `Cost of one page of the main lists as the store's query (median of ${RUNS} runs each, after a warm-up,
the sizes measured in turns; no HTTP). The programme is the demo's (\`@nayabato/core/synthetic\`, 250
participants with their consents, assessments, plans, referrals, enrolments and care records), copied in
SQL up to each size (\`copyProgramme\`), plus four synthetic audit rows per participant, vacuumed and analysed. Each
list is served by an index (\`src/store/list-plans.test.ts\` checks the plans), so a page should cost about
the same whatever the size: the goal is a ratio (largest over smallest) of at most 1.5x. Load average at
the end of the run: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (other work on the machine slows
every figure alike; the ratios are what counts).${DATABASE_URL ? '' : ' PostgreSQL not measured: `DATABASE_URL` was unset.'}

${tables.join('\n\n')}`,
);
