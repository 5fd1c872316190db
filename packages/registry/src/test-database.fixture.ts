/**
 * Test databases: a PostgreSQL database of its own per suite (on the server of `DATABASE_URL`), and the
 * prepared demo programme both backends start from, so that a suite does not run initdb, the migrations
 * and the seed each time. PGlite loads the registry's own demo snapshot (`demoCacheDir`, the same code path
 * `pnpm start` uses); PostgreSQL copies a template database holding the migrated schema and the programme
 * without keys (`CREATE DATABASE … TEMPLATE`). Either way the start then issues the suite's own keys with
 * `startDemo`, as a snapshot start does. The template's name carries the snapshot key (migrations, seed and
 * the code of core and the registry), so a change to any of them builds a new one.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { generateProgramme } from '@nayabato/core/synthetic';
import pg from 'pg';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { DEMO_SEED, type DemoProgrammeInfo, demoProgrammeInfo, writeDemoProgramme } from './seed/demo.js';
import { demoSnapshotKey, openDemoSnapshot } from './seed/demo-snapshot.js';

/** Where the PGlite demo snapshots of the tests are kept (the same place `pnpm start` keeps its own). */
export const TEST_DEMO_CACHE_DIR = fileURLToPath(
  new URL('../../../node_modules/.cache/nayabato', import.meta.url),
);

const TEMPLATE_PREFIX = 'nb_tpl_';

async function admin<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `databaseUrl` with its database name replaced. */
function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Template names already checked in this process (a worker runs several suites). */
const ready = new Map<string, Promise<DemoProgrammeInfo>>();

/**
 * The template database holding the migrated schema and the demo programme of `participants`, built once
 * per snapshot key on the server (under an advisory lock, so parallel workers build it once); its name and
 * the programme's record (kept as the database's comment). An older template of the same size is dropped when a new one is
 * built.
 */
export function demoTemplate(
  databaseUrl: string,
  participants: number,
): Promise<{ name: string; info: DemoProgrammeInfo }> {
  const name = `${TEMPLATE_PREFIX}${participants}_${demoSnapshotKey(participants).slice(0, 24)}`;
  let info = ready.get(name);
  if (!info) {
    info = buildTemplate(databaseUrl, name, participants);
    ready.set(name, info);
    info.catch(() => ready.delete(name));
  }
  return info.then((i) => ({ name, info: i }));
}

async function buildTemplate(databaseUrl: string, name: string, participants: number) {
  return admin(databaseUrl, async (client) => {
    // One builder at a time on this server; the others wait, then find it built.
    await client.query('select pg_advisory_lock(hashtext($1))', ['nayabato test demo template']);
    try {
      const found = await client.query<{ info: string | null }>(
        `select shobj_description(oid, 'pg_database') as info from pg_database where datname = $1`,
        [name],
      );
      const kept = found.rows[0]?.info;
      if (kept) return JSON.parse(kept) as DemoProgrammeInfo;
      // A template left half-built (no comment: the comment is written last) is built again.
      await client.query(`drop database if exists ${name} with (force)`);
      // Templates of other sizes stay (suites of several sizes run at once); an older one of this size goes.
      const stale = await client.query<{ datname: string }>(
        'select datname from pg_database where datname like $1 or datname ~ $2',
        [`${TEMPLATE_PREFIX}${participants}\\_%`, `^${TEMPLATE_PREFIX}[0-9a-f]{24}$`],
      );
      for (const row of stale.rows) await client.query(`drop database if exists ${row.datname} with (force)`);
      await client.query(`create database ${name}`);
      const programme = generateProgramme({ seed: DEMO_SEED, participants });
      const db = await openDatabase({ databaseUrl: withDatabase(databaseUrl, name) });
      try {
        await migrate(db);
        await db.transaction((tx) => writeDemoProgramme(tx, programme, participants));
      } finally {
        await db.close();
      }
      const info = demoProgrammeInfo(programme);
      const literal = JSON.stringify(info).replaceAll("'", "''");
      await client.query(`comment on database ${name} is '${literal}'`);
      return info;
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', ['nayabato test demo template']);
    }
  });
}

/**
 * Creates a database with a unique name on the server of `databaseUrl` (empty, or a copy of `template`);
 * returns its URL and a dropper.
 */
export async function createDatabase(
  databaseUrl: string,
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `nb_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin(databaseUrl, (client) =>
    client.query(`create database ${name}${template ? ` template ${template}` : ''}`),
  );
  return {
    url: withDatabase(databaseUrl, name),
    drop: async () => {
      await admin(databaseUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * A database holding the migrated schema and the demo programme of `participants` without keys, opened
 * straight (no registry): PGlite from the demo snapshot, PostgreSQL (`databaseUrl`) as a copy of the
 * template in a database of its own. `drop` closes it and drops the copy.
 */
export async function openDemoDatabase(
  participants: number,
  databaseUrl?: string,
): Promise<{ db: Database; info: DemoProgrammeInfo; drop: () => Promise<void> }> {
  if (!databaseUrl) {
    const { db, info } = await openDemoSnapshot({ cacheDir: TEST_DEMO_CACHE_DIR, participants });
    return { db, info, drop: () => db.close() };
  }
  const template = await demoTemplate(databaseUrl, participants);
  const created = await createDatabase(databaseUrl, template.name);
  const db = await openDatabase({ databaseUrl: created.url });
  return {
    db,
    info: template.info,
    drop: async () => {
      await db.close();
      await created.drop();
    },
  };
}
