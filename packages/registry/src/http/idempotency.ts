import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import type { Queryable } from '../db/database.js';
import {
  claimIdempotencyKey,
  findStoredResponse,
  type KeyOwner,
  storeResponse,
  sweepIdempotencyKeys,
} from '../store/idempotency-keys.js';
import { Problem } from './problem.js';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const REPLAYED_HEADERS = ['content-type', 'location'];

/** Thrown inside the transaction to roll it back while keeping the response already built. */
class Rollback extends Error {}

async function claim(
  tx: Queryable,
  owner: KeyOwner,
  key: string,
  hash: string,
  lifetimeSeconds: number,
): Promise<Response | undefined> {
  // A concurrent duplicate waits until this transaction ends, then sees the stored response instead
  // of creating anything twice. An expired row is taken over as if it were not there.
  if (await claimIdempotencyKey(tx, owner, key, hash, lifetimeSeconds)) {
    // Expired responses (they may hold personal data) are swept by whichever request claims a new key:
    // no background job to run.
    await sweepIdempotencyKeys(tx, lifetimeSeconds);
    return undefined;
  }
  const row = await findStoredResponse(tx, owner, key);
  if (!row || row.request_hash !== hash) {
    throw new Problem('idempotency-key-reused', 'This Idempotency-Key was used with a different request.');
  }
  return new Response(row.body === '' ? null : row.body, {
    status: row.status,
    headers: { ...row.headers, 'idempotent-replayed': 'true' },
  });
}

/**
 * Runs every write (POST, PUT, PATCH, DELETE) in one database transaction, the audit rows included, and
 * makes POSTs idempotent: with an `Idempotency-Key` header, the first response is stored in the same
 * transaction, so a retry (after a timeout, a restart, on another process) gets it back and nothing is
 * created twice. Keys belong to one credential (the user of a staff token, else the key): another user
 * of the organisation reusing a key gets nothing of the first response. The same key with a different
 * method, path or body is a 409. Responses of 5xx, 401 and 429, and those of errors other than a
 * `Problem` (a value the database refused), are not stored (the transaction rolls back) so that the retry
 * can succeed. Stored responses live `settings.idempotencyKeySeconds` (24 hours
 * by default): after that the key is new again, and expired rows are swept.
 *
 * @example
 * ```ts
 * app.use('/v1/*', transactionalWrites());
 * ```
 */
export function transactionalWrites(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') {
      c.set('db', c.get('database'));
      return next();
    }
    const key = c.req.method === 'POST' ? c.req.header('idempotency-key') : undefined;
    if (key !== undefined && !KEY.test(key)) {
      throw new Problem('bad-request', 'Idempotency-Key must be 8 to 128 letters, digits or `._:-`.');
    }
    const body = key === undefined ? '' : await c.req.text();
    const hash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    const { principal } = c.var;
    const owner: KeyOwner = { orgId: principal.orgId, scope: principal.userId ?? principal.keyId };
    try {
      await c.get('database').transaction(async (tx) => {
        c.set('db', tx);
        if (key !== undefined) {
          const replay = await claim(tx, owner, key, hash, c.get('settings').idempotencyKeySeconds);
          if (replay) {
            c.res = replay;
            return;
          }
        }
        await next();
        const status = c.res.status;
        // An error that is not a Problem (e.g. a value the database refused, answered 400) may have aborted
        // the transaction: roll it back, and do not store the answer under the key.
        const failed = c.error !== undefined && !(c.error instanceof Problem);
        if (failed || status >= 500 || status === 401 || status === 429) throw new Rollback();
        if (key === undefined) return;
        const headers: Record<string, string> = {};
        for (const name of REPLAYED_HEADERS) {
          const value = c.res.headers.get(name);
          if (value) headers[name] = value;
        }
        // A response carrying a secret (a new key or token) is marked no-store: the secret is never kept,
        // so a retry learns that the request was done, not the secret.
        let stored = { status, text: '' };
        if (c.res.headers.get('cache-control')?.includes('no-store')) {
          const done = new Problem('secret-not-replayed', 'The request was done; its secret was shown once.');
          stored = { status: done.status, text: JSON.stringify(done.toBody(c.req.path, c.get('requestId'))) };
          headers['content-type'] = 'application/problem+json';
          delete headers.location;
        } else {
          stored.text = await c.res.clone().text();
        }
        await storeResponse(tx, owner, key, { status: stored.status, headers, body: stored.text });
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  };
}
