import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { MIGRATION_LOCK, migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { MIGRATIONS } from '../migrations/index.js';
import { type Backend, backends, createTestDatabase, reportPostgresNotRun } from '../registry.fixture.js';

const VERSIONS = MIGRATIONS.map((m) => m.version);

const recorded = async (db: Database) =>
  (await db.query<{ version: number }>('select version from schema_migrations order by version')).map((r) =>
    Number(r.version),
  );

const tables = async (db: Database) =>
  (
    await db.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    )
  ).map((r) => r.table_name);

/** A fresh, empty database of `backend`, closed (and dropped) after the test. */
function freshDatabases(backend: Backend) {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    /** One empty database, and `connections` pools on it (like as many registry processes). */
    async open(connections = 1): Promise<{ dbs: Database[]; url?: string }> {
      if (backend === 'pglite') {
        const db = await openDatabase();
        cleanups.push(() => db.close());
        return { dbs: [db] };
      }
      const created = await createTestDatabase();
      cleanups.push(created.drop);
      const dbs: Database[] = [];
      for (let i = 0; i < connections; i++) {
        const db = await openDatabase({ databaseUrl: created.url });
        cleanups.push(() => db.close());
        dbs.push(db);
      }
      return { dbs, url: created.url };
    },
  };
}

for (const backend of backends()) {
  describe(`migrate() [${backend}]`, () => {
    const fresh = freshDatabases(backend);

    it('applies every migration to a fresh database, then nothing on a second run', async () => {
      expect(VERSIONS.slice(0, 2)).toEqual([1, 2]);
      const {
        dbs: [db],
      } = await fresh.open();
      expect(await tables(db!)).toEqual([]);
      expect(await migrate(db!)).toEqual(VERSIONS);
      expect(await recorded(db!)).toEqual(VERSIONS);
      const created = await tables(db!);
      for (const table of ['participants', 'consents', 'referrals', 'audit_log', 'schema_migrations'])
        expect(created).toContain(table);
      const names = await db!.query<{ name: string }>('select name from schema_migrations order by version');
      expect(names.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));

      expect(await migrate(db!)).toEqual([]);
      expect(await recorded(db!)).toEqual(VERSIONS);
      expect(await tables(db!)).toEqual(created);
    });

    it('applies only the pending migrations of a partly migrated database', async () => {
      const {
        dbs: [db],
      } = await fresh.open();
      expect(await migrate(db!, MIGRATIONS.slice(0, 1))).toEqual([1]);
      expect(await recorded(db!)).toEqual([1]);
      expect(await migrate(db!)).toEqual(VERSIONS.slice(1));
      expect(await recorded(db!)).toEqual(VERSIONS);
    });

    it('rolls a failing run back whole: nothing recorded, nothing created', async () => {
      const {
        dbs: [db],
      } = await fresh.open();
      const broken = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'select * from no_such_table' }];
      await expect(migrate(db!, broken)).rejects.toThrow();
      expect(await tables(db!)).toEqual([]);
      expect(await migrate(db!)).toEqual(VERSIONS);
    });

    if (backend === 'postgres') {
      it('two processes migrating one fresh database at once: one waits for the other, versions once', async () => {
        const { dbs, url } = await fresh.open(2);
        // A third session holds the lock first, so that both calls are seen waiting for it; then it lets go.
        const gate = new pg.Client({ connectionString: url });
        await gate.connect();
        let runs: Promise<number[]>[] = [];
        try {
          await gate.query('begin');
          await gate.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
          runs = dbs.map((db) => migrate(db));
          const waiting = async () =>
            Number(
              (
                await gate.query(
                  `select count(*) as n from pg_locks where locktype = 'advisory' and not granted
                   and objid = $1 and database = (select oid from pg_database where datname = current_database())`,
                  [MIGRATION_LOCK],
                )
              ).rows[0].n,
            );
          const deadline = Date.now() + 10_000;
          while ((await waiting()) < 2) {
            if (Date.now() > deadline) throw new Error('the two migrate() calls never waited for the lock');
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          // Nothing was created while they waited.
          expect(await tables(dbs[0]!)).toEqual([]);
          await gate.query('commit');
          const results = await Promise.all(runs);
          // The first to get the lock applies everything; the other, once it gets it, finds nothing to do.
          expect(results.map((r) => r.length).sort()).toEqual([0, VERSIONS.length]);
          expect(results.flat()).toEqual(VERSIONS);
        } finally {
          await gate.end();
          // On failure too: no migrate() may outlive the test (and its database).
          await Promise.allSettled(runs);
        }
        for (const db of dbs) expect(await recorded(db)).toEqual(VERSIONS);
        const [counts] = await dbs[0]!.query<{ n: number; distinct: number }>(
          'select count(*) as n, count(distinct version) as distinct from schema_migrations',
        );
        expect(counts).toEqual({ n: VERSIONS.length, distinct: VERSIONS.length });
      });

      it('two processes migrating one fresh database at once, without a gate: both succeed', async () => {
        const { dbs } = await fresh.open(2);
        const results = await Promise.all(dbs.map((db) => migrate(db)));
        expect(results.map((r) => r.length).sort()).toEqual([0, VERSIONS.length]);
        expect(await recorded(dbs[1]!)).toEqual(VERSIONS);
      });
    }
  });
}

reportPostgresNotRun('migrate() under concurrency');
