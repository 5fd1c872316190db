import { randomBytes } from 'node:crypto';
import { newCredential } from '../auth/keys.js';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { iso, isoOrNull } from './rows.js';

/** A row of `api_keys`. */
export interface ApiKeyRow {
  id: string;
  org_id: string;
  kind: 'secret' | 'publishable';
  hint: string;
  seq: number;
  created_at: Date;
  revoked_at: Date | null;
  /** Set when a rotation replaced the key: it keeps working until then (a grace period). */
  expires_at: Date | null;
  replaced_by: string | null;
}

/** The API representation of a key: never the key itself. */
export function toApiKey(row: ApiKeyRow) {
  return {
    id: row.id,
    organizationId: row.org_id,
    kind: row.kind,
    hint: row.hint,
    createdAt: iso(row.created_at),
    revokedAt: isoOrNull(row.revoked_at),
    expiresAt: isoOrNull(row.expires_at),
    replacedBy: row.replaced_by ?? null,
  };
}

/**
 * Creates a key for an organisation and returns it with its secret, which is never stored or shown again.
 *
 * @example
 * ```ts
 * const { key, secret } = await insertKey(db, orgId, 'secret'); // secret 'sk_...'
 * ```
 */
export async function insertKey(
  db: Queryable,
  orgId: string,
  kind: 'secret' | 'publishable',
): Promise<{ key: ReturnType<typeof toApiKey>; secret: string }> {
  const credential = newCredential(kind);
  const id = `key_${randomBytes(10).toString('hex')}`;
  const [row] = await db.query<ApiKeyRow>(
    'insert into api_keys (id, org_id, kind, hash, hint) values ($1, $2, $3, $4, $5) returning *',
    [id, orgId, kind, credential.hash, credential.hint],
  );
  return { key: toApiKey(row!), secret: credential.token };
}

/**
 * One key by id, or undefined, locked for the rest of the transaction so that two rotations or a
 * rotation and a revocation of one key do not interleave.
 */
export async function findKeyForUpdate(
  db: Queryable,
  id: string,
): Promise<(ApiKeyRow & { active: boolean }) | undefined> {
  // `active`: it still authenticates (neither revoked nor past the grace period of a rotation).
  const [row] = await db.query<ApiKeyRow & { active: boolean }>(
    `select *, (revoked_at is null and (expires_at is null or expires_at > now())) as active
     from api_keys where id = $1 for update`,
    [id],
  );
  return row;
}

/** A page of an organisation's keys. */
export function listKeys(db: Queryable, orgId: string, page: KeysetPage): Promise<ApiKeyRow[]> {
  return keysetList<ApiKeyRow>(db, { from: 'api_keys', where: ['org_id = $1'], params: [orgId] }, page);
}

/** Revokes a key at once and returns its row. */
export async function revokeKey(db: Queryable, id: string): Promise<ApiKeyRow> {
  const [row] = await db.query<ApiKeyRow>(
    'update api_keys set revoked_at = now() where id = $1 returning *',
    [id],
  );
  return row!;
}

/**
 * Marks key `id` replaced by `replacedBy`: it keeps working for `graceSeconds` (0: revoked at once). A
 * repeated rotation keeps the first expiry, so the grace period cannot be stretched.
 */
export async function markKeyReplaced(
  db: Queryable,
  id: string,
  replacedBy: string,
  graceSeconds: number,
): Promise<void> {
  await db.query(
    `update api_keys set replaced_by = $2,
       expires_at = case when $3::int > 0 then coalesce(expires_at, now() + make_interval(secs => $3)) else expires_at end,
       revoked_at = case when $3::int > 0 then revoked_at else now() end
     where id = $1`,
    [id, replacedBy, graceSeconds],
  );
}

/** Which of the key hashes `hashes` still authenticate (neither revoked nor past a rotation's grace period). */
export async function activeKeyHashes(db: Queryable, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db.query<{ hash: string }>(
    `select hash from api_keys where hash = any($1) and revoked_at is null
     and (expires_at is null or expires_at > now())`,
    [hashes],
  );
  return new Set(rows.map((r) => r.hash));
}

/** Revokes at once the keys of hashes `hashes` that are not revoked yet. */
export async function revokeKeysByHash(db: Queryable, hashes: readonly string[]): Promise<void> {
  await db.query('update api_keys set revoked_at = now() where hash = any($1) and revoked_at is null', [
    hashes,
  ]);
}
