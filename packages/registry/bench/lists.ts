/**
 * `pnpm --filter @nayabato/registry run bench` (after run.ts): the cost of one page of the main lists as
 * the query the route sends, with the synthetic programme at 250 and at 100,000 participants, on PGlite
 * (in memory) and on PostgreSQL when `DATABASE_URL` is set (a database of its own, dropped after). The
 * goal of issue 12 is a page at 100k within 1.5x of one at 250: every list served by an index. Writes the
 * `<!-- bench:registry-lists -->` section of docs/benchmarks.md.
 *
 * Env: BENCH_LISTS_SIZES (default `250,100000`), BENCH_LISTS_RUNS (timed runs per list, default 60).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { writeBenchSection } from '../../../scripts/bench-section.ts';
import { LIST_CASES, openProgrammeDatabase } from '../src/store/list-plans.fixture.ts';

const SIZES = (process.env.BENCH_LISTS_SIZES ?? '250,100000').split(',').map(Number);
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

/** Median milliseconds of one page of each measured list, and the seed time, at `participants`. */
async function measure(engine: 'pglite' | 'postgres', participants: number) {
  const created = engine === 'postgres' ? await postgresDatabase() : undefined;
  const started = performance.now();
  const { db, orgs } = await openProgrammeDatabase({
    participants,
    ...(created ? { databaseUrl: created.url } : {}),
  });
  const seedSeconds = (performance.now() - started) / 1000;
  const medians = new Map<string, number>();
  try {
    for (const [fn, name] of MEASURED) {
      const list = LIST_CASES[fn]!.find((c) => c.name === name)!;
      for (let i = 0; i < 5; i++) await list.run(db, orgs); // warm-up
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await list.run(db, orgs);
        times.push(performance.now() - t);
      }
      medians.set(name, median(times));
    }
  } finally {
    await db.close();
    await created?.drop();
  }
  return { seedSeconds, medians };
}

const engines: ('pglite' | 'postgres')[] = DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
const tables: string[] = [];
for (const engine of engines) {
  const results: ({ size: number } & Awaited<ReturnType<typeof measure>>)[] = [];
  for (const size of SIZES) {
    const result = await measure(engine, size);
    console.log(
      engine,
      size,
      `seeded in ${result.seedSeconds.toFixed(1)} s`,
      Object.fromEntries(result.medians),
    );
    results.push({ size, ...result });
  }
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
  `Cost of one page of the main lists as the store's query (median of ${RUNS} runs each, after a warm-up;
no HTTP), with the synthetic programme of \`@nayabato/core/synthetic\` at each size plus four synthetic audit
rows per participant, analysed. Each list is served by an index (\`src/store/list-plans.test.ts\` checks the
plans), so a page should cost about the same whatever the size: the goal is a ratio (largest over smallest)
of at most 1.5x.${DATABASE_URL ? '' : ' PostgreSQL not measured: `DATABASE_URL` was unset.'}

${tables.join('\n\n')}`,
);
