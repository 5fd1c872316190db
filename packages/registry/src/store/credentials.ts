import type { OrganizationRoleValue } from '@nayabato/core';
import { hashCredential } from '../auth/keys.js';
import type { Queryable } from '../db/database.js';

/** What a live credential resolves to: its key, organisation and (for a staff token) user. */
export interface CredentialRow {
  org_id: string;
  role: OrganizationRoleValue;
  key_id: string;
  kind: 'secret' | 'publishable' | 'staff';
  allowed_origins: string[];
  user_id?: string;
  permissions?: string[];
  /** When the credential stops working by itself (a rotated key's grace, a staff token's lifetime). */
  expires_at: Date | null;
}

const KEY_SQL = `select k.id as key_id, k.kind, o.id as org_id, o.role, o.allowed_origins, k.expires_at
  from api_keys k join organizations o on o.id = k.org_id
  where k.hash = $1 and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())`;

// A staff token dies with its user (disabled) and with the key that issued it (revoked).
const TOKEN_SQL = `select t.key_id, 'staff' as kind, o.id as org_id, o.role, o.allowed_origins, u.id as user_id, u.permissions,
    least(t.expires_at, k.expires_at) as expires_at
  from staff_tokens t
  join organizations o on o.id = t.org_id
  join users u on u.id = t.user_id and u.disabled_at is null
  join api_keys k on k.id = t.key_id and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())
  where t.hash = $1 and t.expires_at > now()`;

/**
 * The live key or staff token `token` (looked up by its hash), or undefined when it is unknown, revoked
 * or expired.
 *
 * @example
 * ```ts
 * const row = await findCredential(db, 'sk_...'); // { key_id, kind: 'secret', org_id, role, ... }
 * ```
 */
export async function findCredential(db: Queryable, token: string): Promise<CredentialRow | undefined> {
  const sql = token.startsWith('st_') ? TOKEN_SQL : KEY_SQL;
  const [row] = await db.query<CredentialRow>(sql, [hashCredential(token)]);
  return row;
}
