/**
 * Cold start of the registry with the demo seed, measured as a user meets it: a new process
 * (`nayabato-registry --seed demo`, what `pnpm start` runs), from spawn until `/ready` answers with the seed
 * loaded, with its phases (engine, migrations, listen, seed) and resident memory; beside a baseline in the
 * same run: a process that only opens a bare `new PGlite()` and runs `select 1`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const registryDir = fileURLToPath(new URL('..', import.meta.url));

/** One measured start. */
export interface ColdStart {
  readonly ms: number;
  readonly rssMiB: number;
  readonly phases?: Record<'engine' | 'migrations' | 'listen' | 'seed', number>;
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Math.round(Number(line[1]) / 1024) : Number.NaN;
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  let output = '';
  return new Promise((resolve, reject) => {
    const check = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) resolve(match);
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}:\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Options of {@link measureRegistryStart}. */
export interface RegistryStartOptions {
  /** A snapshot cache directory; without it the database is created, migrated and seeded at start. */
  readonly cacheDir?: string;
  /** A PostgreSQL URL (each start then seeds that database again). */
  readonly databaseUrl?: string;
}

/**
 * Spawns `nayabato-registry --seed demo` from source and times it until `/ready` answers after the seed.
 *
 * @example
 * ```ts
 * const { ms, phases } = await measureRegistryStart({ cacheDir });
 * ```
 */
export async function measureRegistryStart(options: RegistryStartOptions = {}): Promise<ColdStart> {
  const { DATABASE_URL: _db, NAYABATO_CACHE_DIR: _cache, ...env } = process.env;
  const args = [
    '--conditions=@nayabato/source',
    '--import',
    'tsx',
    'src/cli.ts',
    '--seed',
    'demo',
    '--port',
    '0',
  ];
  // An empty --cache-dir turns the snapshot off: the database is created, migrated and seeded.
  args.push(`--cache-dir=${options.cacheDir ?? ''}`);
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: registryDir,
    env: { ...env, ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}) },
  });
  try {
    const phases = await waitForLine(
      child,
      /engine (\d+) ms, migrations (\d+) ms, listen (\d+) ms, seed (\d+) ms[^\n]*\n[\s\S]*?(http:\/\/127\.0\.0\.1:\d+)\/reference/,
    );
    const res = await fetch(`${phases[5]}/ready`);
    if (res.status !== 200) throw new Error(`/ready answered ${res.status}`);
    const ms = performance.now() - t0;
    const [engine, migrations, listen, seed] = phases.slice(1, 5).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    return { ms, rssMiB: rssMiB(child.pid!), phases: { engine, migrations, listen, seed } };
  } finally {
    await stop(child);
  }
}

/**
 * The baseline: a process that opens a bare `new PGlite()` in memory and runs `select 1`, from spawn.
 *
 * @example
 * ```ts
 * const { ms } = await measureBarePglite();
 * ```
 */
export async function measureBarePglite(): Promise<ColdStart> {
  const script = `import { PGlite } from '@electric-sql/pglite';
const db = new PGlite(); await db.query('select 1'); console.log('ready'); setInterval(() => {}, 1000);`;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: registryDir });
  try {
    await waitForLine(child, /ready/);
    return { ms: performance.now() - t0, rssMiB: rssMiB(child.pid!) };
  } finally {
    await stop(child);
  }
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
