import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashCredential } from '../auth/keys.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { type DemoCredentials, seedDemo } from './demo.js';
import { DEMO_KEY_FILE, readDemoKeyFile } from './demo-keys.js';

/** Demo keys on a kept data directory: the same at every seed while active, replaced (not added) when not. */
const PARTICIPANTS = 12;
const dir = mkdtempSync(join(tmpdir(), 'nb-demo-keys-'));
let db: Database;

beforeAll(async () => {
  db = await openPglite(dir);
  await migrate(db);
}, 120_000);
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const keysOf = (demo: DemoCredentials) =>
  Object.fromEntries(demo.organizations.map((o) => [o.id, [o.secretKey, o.publishableKey]]));
const activeCounts = async () =>
  db.query<{ org_id: string; kind: string; n: number }>(
    `select org_id, kind, count(*)::int as n from api_keys where revoked_at is null group by org_id, kind`,
  );

describe('demo keys on a kept data directory', () => {
  it('are the same at every seed, one active pair per organisation, kept in the data directory', async () => {
    const first = await seedDemo(db, { dataDir: dir, participants: PARTICIPANTS });
    const second = await seedDemo(db, { dataDir: dir, participants: PARTICIPANTS });
    expect(keysOf(second)).toEqual(keysOf(first));
    const counts = await activeCounts();
    expect(counts).toHaveLength(first.organizations.length * 2);
    for (const row of counts) expect(Number(row.n)).toBe(1);
    const file = readDemoKeyFile(join(dir, DEMO_KEY_FILE));
    expect(Object.fromEntries([...file].map(([id, k]) => [id, [k.secretKey, k.publishableKey]]))).toEqual(
      keysOf(first),
    );
    const ids = await db.query<{ id: string }>('select id from api_keys');
    for (const { id } of ids) expect(id).toMatch(/^key_demo_[0-9a-f]{20}$/);
  });

  it('replaces a pair one of whose keys was revoked, revoking the other, and keeps the rest', async () => {
    const before = await seedDemo(db, { dataDir: dir, participants: PARTICIPANTS });
    const [target, ...others] = before.organizations;
    await db.query('update api_keys set revoked_at = now() where hash = $1', [
      hashCredential(target!.secretKey),
    ]);
    const after = await seedDemo(db, { dataDir: dir, participants: PARTICIPANTS });
    const changed = after.organizations.find((o) => o.id === target!.id)!;
    expect(changed.secretKey).not.toBe(target!.secretKey);
    expect(changed.publishableKey).not.toBe(target!.publishableKey);
    const [oldPublishable] = await db.query<{ revoked: boolean }>(
      'select revoked_at is not null as revoked from api_keys where hash = $1',
      [hashCredential(target!.publishableKey)],
    );
    expect(oldPublishable?.revoked).toBe(true);
    for (const o of others) expect(keysOf(after)[o.id]).toEqual([o.secretKey, o.publishableKey]);
    for (const row of await activeCounts()) expect(Number(row.n)).toBe(1);
  });

  it('without a data directory, issues new keys at every seed', async () => {
    const a = await seedDemo(db, { participants: PARTICIPANTS });
    const b = await seedDemo(db, { participants: PARTICIPANTS });
    for (const o of b.organizations) expect(keysOf(a)[o.id]).not.toEqual([o.secretKey, o.publishableKey]);
  });
});
