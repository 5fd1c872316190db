import type { Context } from 'hono';
import { CredentialCache } from '../auth/credential-cache.js';
import type { AppEnv } from '../context.js';
import type { Database } from '../db/database.js';
import { PublicAnswerCache } from './public-answer-cache.js';

// One set of caches per database handle, so that every app this process builds over one database (tests
// build several) forgets a revoked key together.
const credentialCaches = new WeakMap<Database, CredentialCache>();
const publicCaches = new WeakMap<Database, PublicAnswerCache>();

/** The credential cache of the database handle `db` (one per handle in this process). */
export function credentialCacheOf(db: Database): CredentialCache {
  let cache = credentialCaches.get(db);
  if (!cache) {
    cache = new CredentialCache();
    credentialCaches.set(db, cache);
  }
  return cache;
}

/** The public answer cache of the database handle `db` (one per handle in this process). */
export function publicAnswerCacheOf(db: Database): PublicAnswerCache {
  let cache = publicCaches.get(db);
  if (!cache) {
    cache = new PublicAnswerCache();
    publicCaches.set(db, cache);
  }
  return cache;
}

/**
 * Call from a handler that revokes, rotates or changes a credential, a user or an organisation's role
 * or origins: this process forgets every resolved credential now, and again once the request's
 * transaction has committed (`authenticate` does it after the handler), so that no lookup that read the
 * state before the commit is kept.
 *
 * @example
 * ```ts
 * await revokeKey(c.var.db, id);
 * forgetCredentials(c);
 * ```
 */
export function forgetCredentials(c: Context<AppEnv>): void {
  credentialCacheOf(c.var.database).invalidate();
  c.set('credentialsChanged', true);
}
