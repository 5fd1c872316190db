import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { hashCredential, newCredential } from '../auth/keys.js';
import type { Queryable } from '../db/database.js';
import { bulkInsert } from '../store/bulk.js';
import { activeKeyHashes, revokeKeysByHash } from '../store/keys.js';

/** One demo organisation's keys. */
export interface DemoKeys {
  readonly secretKey: string;
  readonly publishableKey: string;
}

/**
 * The file, inside a kept PGlite data directory, that holds its demo keys in plain text so that every start
 * shows the same keys (the registry itself keeps only hashes). It goes when the data directory goes.
 */
export const DEMO_KEY_FILE = 'nayabato-demo-keys.json';

/** Demo keys' ids start with this, so the keys table says which keys the demo seed issued. */
export const DEMO_KEY_ID_PREFIX = 'key_demo_';

/**
 * Reads a demo key file; a missing or unreadable file counts as empty (new keys are then issued).
 *
 * @example
 * ```ts
 * readDemoKeyFile('.pglite-data/nayabato-demo-keys.json').get('org_…')?.secretKey;
 * ```
 */
export function readDemoKeyFile(file: string): Map<string, DemoKeys> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { keys?: Record<string, DemoKeys> };
    return new Map(
      Object.entries(parsed.keys ?? {}).filter(
        ([, k]) => typeof k?.secretKey === 'string' && typeof k?.publishableKey === 'string',
      ),
    );
  } catch {
    return new Map();
  }
}

/**
 * Writes a demo key file, readable by its owner only.
 *
 * @example
 * ```ts
 * writeDemoKeyFile(file, keys);
 * ```
 */
export function writeDemoKeyFile(file: string, keys: ReadonlyMap<string, DemoKeys>): void {
  const body = {
    note: 'Demo keys of synthetic organisations in this data directory; for a local sandbox only.',
    keys: Object.fromEntries(keys),
  };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/**
 * Gives every demo organisation a working secret and publishable key: the `kept` ones while both are
 * still active in this database, else new ones (ids `key_demo_…`), revoking the kept pair they replace
 * so that keys do not pile up across starts.
 *
 * @returns the keys by organisation id, and whether any are new (the key file should then be rewritten)
 */
export async function issueDemoKeys(
  tx: Queryable,
  organizationIds: readonly string[],
  kept: ReadonlyMap<string, DemoKeys> = new Map(),
): Promise<{ keys: Map<string, DemoKeys>; changed: boolean }> {
  const keptHashes = [...kept.values()].flatMap((k) => [
    hashCredential(k.secretKey),
    hashCredential(k.publishableKey),
  ]);
  const active = await activeKeyHashes(tx, keptHashes);
  const keys = new Map<string, DemoKeys>();
  const stale: string[] = [];
  const rows: unknown[][] = [];
  for (const id of organizationIds) {
    const old = kept.get(id);
    const oldHashes = old ? [hashCredential(old.secretKey), hashCredential(old.publishableKey)] : [];
    if (old && oldHashes.every((h) => active.has(h))) {
      keys.set(id, old);
      continue;
    }
    stale.push(...oldHashes);
    const secret = newCredential('secret');
    const publishable = newCredential('publishable');
    keys.set(id, { secretKey: secret.token, publishableKey: publishable.token });
    for (const [kind, c] of [
      ['secret', secret],
      ['publishable', publishable],
    ] as const) {
      rows.push([`${DEMO_KEY_ID_PREFIX}${randomBytes(10).toString('hex')}`, id, kind, c.hash, c.hint]);
    }
  }
  if (stale.length > 0) {
    await revokeKeysByHash(tx, stale);
  }
  await bulkInsert(
    tx,
    'api_keys',
    [
      { name: 'id', type: 'text' },
      { name: 'org_id', type: 'text' },
      { name: 'kind', type: 'text' },
      { name: 'hash', type: 'text' },
      { name: 'hint', type: 'text' },
    ],
    rows,
  );
  return { keys, changed: rows.length > 0 };
}
