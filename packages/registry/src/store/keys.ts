import { randomBytes } from 'node:crypto';
import { newCredential } from '../auth/keys.js';
import type { Queryable } from '../db/database.js';
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

/** One key by id, or undefined. */
export async function findKey(db: Queryable, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.query<ApiKeyRow>('select * from api_keys where id = $1', [id]);
  return row;
}
