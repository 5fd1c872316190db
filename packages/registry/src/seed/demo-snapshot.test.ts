import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../migrations/index.js';
import { startRegistry } from '../server.js';
import { demoSnapshotKey, openDemoSnapshot } from './demo-snapshot.js';

/** A small programme keeps these starts short; the snapshot logic does not depend on its size. */
const PARTICIPANTS = 12;
/** Each test opens PGlite once or twice; on a busy shared machine that takes far longer than usual. */
const SLOW = 240_000;
const cacheDir = mkdtempSync(join(tmpdir(), 'nb-snapshot-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const counts = async (db: { query: <T>(sql: string) => Promise<T[]> }) =>
  (
    await db.query<{ t: string; n: number }>(
      `select 'participants' as t, count(*)::int as n from participants
       union all select 'referrals', count(*)::int from referrals
       union all select 'placements', count(*)::int from placements
       union all select 'stories', count(*)::int from stories
       union all select 'users', count(*)::int from users
       union all select 'api_keys', count(*)::int from api_keys
       union all select 'migrations', count(*)::int from schema_migrations`,
    )
  ).map((r) => [r.t, Number(r.n)]);

describe('demoSnapshotKey', () => {
  it('changes with the programme size and with any migration, and is stable otherwise', () => {
    const key = demoSnapshotKey(PARTICIPANTS);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(demoSnapshotKey(PARTICIPANTS)).toBe(key);
    expect(demoSnapshotKey(PARTICIPANTS + 1)).not.toBe(key);
    const last = MIGRATIONS.at(-1)!;
    const edited = [...MIGRATIONS.slice(0, -1), { ...last, sql: `${last.sql}\n-- edited` }];
    expect(demoSnapshotKey(PARTICIPANTS, edited)).not.toBe(key);
    expect(
      demoSnapshotKey(PARTICIPANTS, [...MIGRATIONS, { version: 999, name: 'more', sql: 'select 1' }]),
    ).not.toBe(key);
  });
});

describe('openDemoSnapshot', () => {
  it(
    'builds the seeded database once, then loads the same data from the cache, without keys',
    async () => {
      writeFileSync(join(cacheDir, 'demo-0000stale.tar'), 'a snapshot named in an earlier format');
      writeFileSync(join(cacheDir, `demo-${PARTICIPANTS}-0000stale.tar`), 'an older snapshot of this size');
      const otherSize = `demo-${PARTICIPANTS + 1}-0000other.tar`;
      writeFileSync(join(cacheDir, otherSize), 'a snapshot of another size');
      const built = await openDemoSnapshot({ cacheDir, participants: PARTICIPANTS });
      const builtCounts = await counts(built.db);
      await built.db.close();
      expect(built.source).toBe('built');
      // Older snapshots of this size are removed, another size's kept; the new one and its record are there.
      expect(readdirSync(cacheDir).sort()).toEqual([
        `demo-${PARTICIPANTS}-${demoSnapshotKey(PARTICIPANTS).slice(0, 32)}.tar`,
        `demo-${PARTICIPANTS}-${demoSnapshotKey(PARTICIPANTS).slice(0, 32)}.tar.json`,
        otherSize,
      ]);
      rmSync(join(cacheDir, otherSize));
      const loaded = await openDemoSnapshot({ cacheDir, participants: PARTICIPANTS });
      try {
        expect(loaded.source).toBe('loaded');
        expect(await counts(loaded.db)).toEqual(builtCounts);
        expect(Object.fromEntries(builtCounts)).toMatchObject({ participants: PARTICIPANTS, api_keys: 0 });
        expect(loaded.info).toEqual(built.info);
      } finally {
        await loaded.db.close();
      }
    },
    SLOW,
  );

  it(
    'rebuilds a damaged snapshot instead of failing',
    async () => {
      const file = join(cacheDir, `demo-${PARTICIPANTS}-${demoSnapshotKey(PARTICIPANTS).slice(0, 32)}.tar`);
      writeFileSync(file, 'not a tarball');
      const again = await openDemoSnapshot({ cacheDir, participants: PARTICIPANTS });
      try {
        expect(again.source).toBe('built');
        expect(Object.fromEntries(await counts(again.db))).toMatchObject({ participants: PARTICIPANTS });
      } finally {
        await again.db.close();
      }
      expect(existsSync(file)).toBe(true);
    },
    SLOW,
  );
});

describe('startRegistry with demoCacheDir', () => {
  it(
    'starts from the snapshot with keys of its own at every start',
    async () => {
      const options = {
        seed: 'demo',
        demoParticipants: PARTICIPANTS,
        demoCacheDir: cacheDir,
        logger: () => {},
      } as const;
      const first = await startRegistry(options);
      const firstKeys = first.demo!.organizations.map((o) => o.secretKey);
      await first.close();
      const second = await startRegistry(options);
      try {
        expect(second.startup.snapshot).toBe('loaded');
        const keys = second.demo!.organizations.map((o) => o.secretKey);
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of keys) expect(firstKeys).not.toContain(key);
        const ngo = second.demo!.organizations.find((o) => o.role === 'ngo')!;
        const res = await fetch(`${second.url}/v1/participants?limit=100`, {
          headers: { authorization: `Bearer ${ngo.secretKey}` },
        });
        expect(res.status).toBe(200);
        const page = (await res.json()) as { items: { id: string }[] };
        expect(page.items.length).toBeGreaterThan(0);
        for (const item of page.items) expect(second.demo!.participantIds).toContain(item.id);
        // The registry's own URL is a browser origin of every demo organisation, as without a snapshot.
        const origins = await second.db.query<{ allowed_origins: string[] }>(
          'select allowed_origins from organizations',
        );
        for (const o of origins) expect(o.allowed_origins).toContain(second.url);
      } finally {
        await second.close();
      }
    },
    SLOW,
  );
});
