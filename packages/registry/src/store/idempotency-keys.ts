import type { Queryable } from '../db/database.js';

/** Who an idempotency key belongs to: the organisation and the credential (a staff token's user, else the key). */
export interface KeyOwner {
  readonly orgId: string;
  readonly scope: string;
}

/** A stored response (status 0 while its request is still running in another transaction). */
export interface StoredResponse {
  request_hash: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Claims `key` for a request of hash `hash`: true when this request is the first (or the stored one
 * expired after `lifetimeSeconds` and is taken over). Inserting first makes a concurrent duplicate wait
 * on the primary key until this transaction ends; it then sees the stored response.
 */
export async function claimIdempotencyKey(
  tx: Queryable,
  owner: KeyOwner,
  key: string,
  hash: string,
  lifetimeSeconds: number,
): Promise<boolean> {
  const inserted = await tx.query(
    `insert into idempotency_keys (org_id, scope, key, request_hash, status, headers, body)
     values ($1, $2, $3, $4, 0, '{}', '')
     on conflict (org_id, scope, key) do update
       set request_hash = excluded.request_hash, status = 0, headers = '{}', body = '', created_at = now()
       where idempotency_keys.created_at <= now() - make_interval(secs => $5)
     returning key`,
    [owner.orgId, owner.scope, key, hash, lifetimeSeconds],
  );
  return inserted.length > 0;
}

/**
 * Deletes up to 500 responses older than `lifetimeSeconds` (they may hold personal data). Rows another
 * transaction holds are left for the next sweep.
 */
export async function sweepIdempotencyKeys(tx: Queryable, lifetimeSeconds: number): Promise<void> {
  await tx.query(
    `delete from idempotency_keys where (org_id, scope, key) in (
       select org_id, scope, key from idempotency_keys where created_at <= now() - make_interval(secs => $1)
       limit 500 for update skip locked)`,
    [lifetimeSeconds],
  );
}

/** The response stored under `key`, or undefined. */
export async function findStoredResponse(
  tx: Queryable,
  owner: KeyOwner,
  key: string,
): Promise<StoredResponse | undefined> {
  const [row] = await tx.query<StoredResponse>(
    'select request_hash, status, headers, body from idempotency_keys where org_id = $1 and scope = $2 and key = $3',
    [owner.orgId, owner.scope, key],
  );
  return row;
}

/** Stores the response of the request that claimed `key`. */
export async function storeResponse(
  tx: Queryable,
  owner: KeyOwner,
  key: string,
  response: { status: number; headers: Record<string, string>; body: string },
): Promise<void> {
  await tx.query(
    'update idempotency_keys set status = $4, headers = $5, body = $6 where org_id = $1 and scope = $2 and key = $3',
    [owner.orgId, owner.scope, key, response.status, JSON.stringify(response.headers), response.body],
  );
}
