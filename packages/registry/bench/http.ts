/**
 * `pnpm --filter @nayabato/registry run bench` (second part): the registry's HTTP read path and
 * per-request overhead under load (issue 12), with autocannon at 50 connections against the registry
 * and, in the same run, a bare Hono hello. Each server runs in a child process (bench/http-server.ts),
 * the load generator in this one. PGlite always; PostgreSQL when `DATABASE_URL` is set (in a database of
 * its own, dropped afterwards). Writes the `<!-- bench:registry-http -->` section of docs/benchmarks.md.
 *
 * Env: BENCH_HTTP_SECONDS (seconds per measured run, default 3), BENCH_HTTP_PAIRS (Hono hello and public
 * read pairs per public read, default 3).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { writeBenchSection } from '../../../scripts/bench-section.ts';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
/** Alternating pairs (Hono hello, then the public read) per public read; its row is the median pair's. */
const PAIRS = Number(process.env.BENCH_HTTP_PAIRS ?? 3);
const CONNECTIONS = 50;
const registryDir = fileURLToPath(new URL('..', import.meta.url));

interface Started {
  readonly child: ChildProcess;
  readonly info: Record<string, string>;
}

function start(args: string[]): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@nayabato/source', 'bench/http-server.ts', ...args],
    { cwd: registryDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, info: JSON.parse(line) });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** One measured path. */
interface Row {
  readonly path: string;
  readonly backend: string;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** The bare Hono hello's requests/s measured just before this row, for a public read's ratio. */
  readonly baseline?: number;
  /** A public read's ratio to the Hono hello before it, in each pair, in percent (lowest first). */
  readonly ratios?: readonly number[];
  /** The highest p99 of those pairs. */
  readonly worstP99?: number;
}

/**
 * One autocannon run, then one request more, awaited: the server still works through what the closed
 * connections had sent, and that backlog must not count against the next run.
 */
async function load(options: autocannon.Options, seconds = SECONDS): Promise<autocannon.Result> {
  const result = await autocannon({ connections: CONNECTIONS, duration: seconds, timeout: 10, ...options });
  const drained = await fetch(options.url, {
    method: options.method ?? 'GET',
    headers: options.headers as Record<string, string>,
    ...(options.body ? { body: options.body as string } : {}),
  });
  await drained.arrayBuffer();
  return result;
}

async function measure(name: string, backend: string, options: autocannon.Options): Promise<Row> {
  await load(options, 1); // warm-up: JIT, caches, connection pool
  const r = await load(options);
  const row = {
    path: name,
    backend,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
  console.log(JSON.stringify(row));
  return row;
}

/**
 * A public read measured right after the bare Hono hello, which stays running: the machine's speed drifts
 * over a run (a shared host), so the ratio is taken against the baseline of the same minute. The pair is
 * measured {@link PAIRS} times, alternating, and the row is the pair of the median ratio, with every
 * pair's ratio and the worst p99 beside it.
 */
async function measureBeside(
  honoUrl: string,
  name: string,
  backend: string,
  options: autocannon.Options,
): Promise<Row> {
  const pairs: Row[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const baseline = await measure('bare Hono hello', 'none', { url: `${honoUrl}/` });
    pairs.push({ ...(await measure(name, backend, options)), baseline: baseline.rps });
  }
  const ratioOf = (r: Row) => (100 * r.rps) / r.baseline!;
  const sorted = [...pairs].sort((a, b) => ratioOf(a) - ratioOf(b));
  return {
    ...sorted[Math.floor(sorted.length / 2)]!,
    ratios: sorted.map(ratioOf),
    worstP99: Math.max(...pairs.map((r) => r.p99)),
  };
}

async function benchRegistry(
  honoUrl: string,
  backend: 'PGlite' | 'PostgreSQL',
  databaseUrl?: string,
): Promise<Row[]> {
  const { child, info } = await start(databaseUrl ? ['registry', databaseUrl] : ['registry']);
  // The setup wrote much WAL (a new database, the demo seed): checkpoint it now, so that the checkpoint it
  // would request does not run during the measurements.
  if (databaseUrl) await checkpoint(databaseUrl);
  try {
    const auth = (key: string) => ({ authorization: `Bearer ${key}` });
    return [
      await measureBeside(honoUrl, 'organisation directory (publishable key)', backend, {
        url: `${info.url}/v1/organizations?limit=20`,
        headers: auth(info.publishableKey!),
      }),
      // As a browser asks for it: the kept answer goes out gzip-compressed (8.7 kB, 1.7 kB on the wire).
      await measureBeside(honoUrl, 'organisation directory (publishable key, gzip)', backend, {
        url: `${info.url}/v1/organizations?limit=20`,
        headers: { ...auth(info.publishableKey!), 'accept-encoding': 'gzip, deflate, br' },
      }),
      await measureBeside(honoUrl, 'job offers (publishable key)', backend, {
        url: `${info.url}/v1/job-offers?limit=20`,
        headers: auth(info.publishableKey!),
      }),
      await measure('an NGO’s participants (limit 20, audited)', backend, {
        url: `${info.url}/v1/participants?limit=20`,
        headers: auth(info.ngoKey!),
      }),
      await measure('create a referral (draft)', backend, {
        url: `${info.url}/v1/referrals`,
        method: 'POST',
        headers: { ...auth(info.ngoKey!), 'content-type': 'application/json' },
        body: JSON.stringify({
          participantId: info.participantId,
          toOrganizationId: info.receiverId,
          serviceType: 'vocational_training',
          reason: 'Course',
        }),
      }),
    ];
  } finally {
    await stop(child);
  }
}

/** Runs a `CHECKPOINT` (the bench's role must be a superuser or hold `pg_checkpoint`). */
async function checkpoint(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [before] = (await client.query('select checkpoints_req from pg_stat_bgwriter')).rows;
    await client.query('checkpoint');
    console.log(JSON.stringify({ checkpoint: 'done', requestedBefore: before?.checkpoints_req }));
  } finally {
    await client.end();
  }
}

async function withPostgresDatabase<T>(url: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `nb_bench_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  try {
    return await fn(own.toString());
  } finally {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  }
}

const loadBefore = loadavg()[0]!.toFixed(1);
const hono = await start(['hono']);
const honoUrl = hono.info.url!;
const honoRow = await measure('bare Hono hello', 'none', { url: `${honoUrl}/` });
const rows = [honoRow];
const DATABASE_URL = process.env.DATABASE_URL;
try {
  rows.push(...(await benchRegistry(honoUrl, 'PGlite')));
  if (DATABASE_URL)
    rows.push(
      ...(await withPostgresDatabase(DATABASE_URL, (url) => benchRegistry(honoUrl, 'PostgreSQL', url))),
    );
} finally {
  await stop(hono.child);
}

const ratio = (r: Row) => `${((100 * r.rps) / (r.baseline ?? honoRow.rps)).toFixed(1)}%`;
const table = rows
  .map(
    (r) =>
      `| ${r.path} | ${r.backend} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.max} | ${ratio(r)} | ${r.baseline ?? ''} | ${r.ratios ? `${r.ratios.map((x) => x.toFixed(1)).join(', ')}; p99 ≤ ${r.worstP99}` : ''} | ${r.errors}/${r.timeouts}/${r.non2xx} |`,
  )
  .join('\n');
console.log(table);
const loadAfter = loadavg()[0]!.toFixed(1);

writeBenchSection(
  'registry-http',
  'pnpm --filter @nayabato/registry run bench',
  `autocannon ${CONNECTIONS} connections, ${SECONDS} s per row after a 1 s warm-up, on loopback; each server
in a child process of its own (the load generator in the bench's process, on the same cores). The bare
Hono hello is measured first and again just before each public read, whose ratio is taken against that
adjacent run ("Hono beside"): the machine's speed drifts during a run. Each public read is measured in
${PAIRS} such pairs, alternating, and its row is the pair of the median ratio. Other rows' ratios use the first. The
registry runs the demo seed, with rate limits counted but set too high to refuse, and its log lines built
but given to a sink that drops them. On PostgreSQL, a \`CHECKPOINT\` follows the seed: the setup's WAL (a
new database and the demo's data) would otherwise request a checkpoint during the measurements. Goals (issue 12):
public reads at least 30% of the bare Hono hello with p99 under 50 ms; an NGO's audited list p99 under
100 ms on PostgreSQL, under 250 ms on PGlite, no request over 1 s; creating referrals p99 under 100 ms on
PostgreSQL. ${DATABASE_URL ? '' : 'PostgreSQL rows NOT RUN: `DATABASE_URL` was unset.'}
Machine load (1-minute load average) at the start and end of this run: ${loadBefore} and ${loadAfter} on
${cpus().length} cores; above the core count, every figure is a floor and the ratios are noisy.

| path | database | requests/s | p50 ms | p99 ms | max ms | of Hono | Hono beside | every pair: % of Hono; worst p99 ms | errors/timeouts/non-2xx |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${table}`,
);
