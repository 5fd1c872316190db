import type { Queryable } from '../db/database.js';

/**
 * Stores a staff token by its hash, valid for `ttlSeconds` from now, and sweeps tokens expired for
 * more than a day: whichever request issues a token cleans up, so no background job is needed.
 *
 * @example
 * ```ts
 * const expiresAt = await insertStaffToken(db, { hash, orgId, userId, keyId, ttlSeconds: 3600 });
 * ```
 */
export async function insertStaffToken(
  db: Queryable,
  token: { hash: string; orgId: string; userId: string; keyId: string; ttlSeconds: number },
): Promise<Date> {
  const [row] = await db.query<{ expires_at: Date }>(
    `insert into staff_tokens (hash, org_id, user_id, key_id, expires_at)
     values ($1, $2, $3, $4, now() + make_interval(secs => $5)) returning expires_at`,
    [token.hash, token.orgId, token.userId, token.keyId, token.ttlSeconds],
  );
  await db.query("delete from staff_tokens where expires_at < now() - interval '1 day'");
  return row!.expires_at;
}
