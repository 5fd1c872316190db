/**
 * A prepared, seeded PGlite database for the demo, so that an in-memory start loads a data directory
 * snapshot instead of running initdb, the migrations and the seed every time. See
 * docs/decisions/2026-12-06-demo-start.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProgramme } from '@nayabato/core/synthetic';
import { migrate } from '../db/migrate.js';
import { openPglite, type PgliteDatabase } from '../db/pglite.js';
import { MIGRATIONS, type Migration } from '../migrations/index.js';
import { DEMO_SEED, type DemoProgrammeInfo, demoProgrammeInfo, writeDemoProgramme } from './demo.js';

/** Bumped when what a snapshot holds changes in a way the fingerprint below would not see. */
const SNAPSHOT_FORMAT = 3;

const require = createRequire(import.meta.url);

/** The directory of an installed package (its exports need not include `package.json`). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json of ${name} not found`);
    dir = up;
  }
}

/** Adds every file under `dir` (name and content, in a fixed order) to `hash`. */
function hashTree(hash: ReturnType<typeof createHash>, dir: string, root = dir): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    // Tests do not change what a snapshot holds; editing one should not rebuild it.
    if (entry.name === 'node_modules' || /\.test\.[cm]?[jt]s$/.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, path, root);
    else if (entry.isFile()) hash.update(`${relative(root, path)}\0`).update(readFileSync(path));
  }
}

/**
 * The snapshot's key: the PGlite version, the migrations, the seed and its size, and the code of core (the
 * programme's generator) and of the registry (how the seed writes it), sources and builds alike. Any change
 * to one of them gives a new key, so a stale snapshot is never loaded.
 *
 * @example
 * ```ts
 * demoSnapshotKey(250); // 'a3f0…' (hex SHA-256)
 * ```
 */
export function demoSnapshotKey(participants: number, migrations: readonly Migration[] = MIGRATIONS): string {
  const hash = createHash('sha256');
  const pglite = JSON.parse(readFileSync(join(packageDir('@electric-sql/pglite'), 'package.json'), 'utf8'));
  hash.update(JSON.stringify({ SNAPSHOT_FORMAT, pglite: pglite.version, DEMO_SEED, participants }));
  for (const m of migrations) hash.update(`${m.version}\0${m.name}\0${m.sql}\0`);
  const core = dirname(require.resolve('@nayabato/core/package.json'));
  for (const part of ['src', 'dist']) hashTree(hash, join(core, part));
  // This file sits in src/seed/ when run from source, in dist/ when built: hash that whole tree.
  const here = dirname(fileURLToPath(import.meta.url));
  hashTree(hash, here.endsWith(`${join('src', 'seed')}`) ? dirname(here) : here);
  return hash.digest('hex');
}

/**
 * Writes a snapshot and its record of the programme under temporary names and renames them into place,
 * so that a concurrent start never reads half a snapshot; removes the cache's older snapshots.
 */
async function writeSnapshot(
  cacheDir: string,
  participants: number,
  file: string,
  tarball: Blob,
  info: DemoProgrammeInfo,
) {
  const bytes = Buffer.from(await tarball.arrayBuffer());
  mkdirSync(cacheDir, { recursive: true });
  const name = basename(file);
  for (const old of readdirSync(cacheDir)) {
    // Snapshots of other sizes stay (tests and starts of several sizes share a cache); an older one of
    // this size, or one named in an earlier format, goes.
    const sameSize = old.startsWith(`demo-${participants}-`);
    const earlierFormat = !/^demo-\d+-/.test(old);
    if (
      old.startsWith('demo-') &&
      (sameSize || earlierFormat) &&
      !old.startsWith(name) &&
      !old.endsWith('.tmp')
    ) {
      rmSync(join(cacheDir, old), { force: true });
    }
  }
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(`${tmp}.json`, JSON.stringify(info));
  writeFileSync(tmp, bytes);
  // The record first: a reader needs both, and the tarball, renamed last, completes the pair.
  renameSync(`${tmp}.json`, `${file}.json`);
  renameSync(tmp, file);
}

/** A demo database opened from a snapshot (or built, and then kept as one). */
export interface DemoSnapshot {
  readonly db: PgliteDatabase;
  readonly info: DemoProgrammeInfo;
  /** `loaded` from the cache, or `built` now (and written to the cache). */
  readonly source: 'loaded' | 'built';
}

/** Options of {@link openDemoSnapshot}. */
export interface DemoSnapshotOptions {
  /** Where snapshots are kept, e.g. `node_modules/.cache/nayabato`. */
  readonly cacheDir: string;
  /** How many participants the programme has. */
  readonly participants: number;
}

/**
 * Opens an in-memory PGlite holding the migrated schema and the demo programme without keys: loaded from
 * `cacheDir` when a snapshot with the current key is there, else built (migrations and seed) and written
 * there for the next start. Snapshots hold no keys: each start issues its own (see `startDemo`).
 *
 * @example
 * ```ts
 * const { db, info } = await openDemoSnapshot({ cacheDir: 'node_modules/.cache/nayabato', participants: 250 });
 * ```
 */
export async function openDemoSnapshot(options: DemoSnapshotOptions): Promise<DemoSnapshot> {
  const key = demoSnapshotKey(options.participants);
  const file = join(options.cacheDir, `demo-${options.participants}-${key.slice(0, 32)}.tar`);
  const infoFile = `${file}.json`;
  if (existsSync(file) && existsSync(infoFile)) {
    try {
      const info = JSON.parse(readFileSync(infoFile, 'utf8')) as DemoProgrammeInfo;
      const db = await openPglite(undefined, { loadDataDir: new Blob([readFileSync(file)]) });
      return { db, info, source: 'loaded' };
    } catch {
      // A damaged or unreadable snapshot is rebuilt below.
      rmSync(file, { force: true });
    }
  }
  const programme = generateProgramme({ seed: DEMO_SEED, participants: options.participants });
  const db = await openPglite();
  try {
    await migrate(db);
    await db.transaction((tx) => writeDemoProgramme(tx, programme, options.participants));
    const info = demoProgrammeInfo(programme);
    try {
      await writeSnapshot(options.cacheDir, options.participants, file, await db.dumpDataDir(), info);
    } catch {
      // The cache only saves time: a start whose snapshot cannot be written still runs.
    }
    return { db, info, source: 'built' };
  } catch (error) {
    await db.close();
    throw error;
  }
}
