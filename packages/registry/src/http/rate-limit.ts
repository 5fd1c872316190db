import { createHmac } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import type { Database } from '../db/database.js';
import type { RegistrySettings } from '../settings.js';
import {
  type BucketCount,
  countRequest,
  countVisitorRequest,
  rateLimitSalt,
  sweepRateLimits,
} from '../store/rate-limits.js';
import { CountBatcher } from './count-batcher.js';
import { Problem } from './problem.js';

/** Every window is one minute (the `w` of `RateLimit-Policy`). */
const WINDOW_SECONDS = 60;

/** One named quota as the `RateLimit-Policy` / `RateLimit` fields describe it. */
interface Quota {
  readonly name: string;
  readonly limit: number;
  readonly used: BucketCount;
}

/**
 * The `RateLimit-Policy` and `RateLimit` fields (draft-ietf-httpapi-ratelimit-headers-10: a list of
 * named policies with `q` quota and `w` window, and for each the `r` remaining and `t` seconds to reset).
 */
function rateLimitHeaders(quotas: readonly Quota[]): Record<string, string> {
  return {
    'ratelimit-policy': quotas.map((q) => `"${q.name}";q=${q.limit};w=${WINDOW_SECONDS}`).join(', '),
    ratelimit: quotas
      .map((q) => `"${q.name}";r=${Math.max(0, q.limit - q.used.count)};t=${Math.max(1, q.used.reset)}`)
      .join(', '),
  };
}

// One salt read per database handle; the salt never changes for a database.
const salts = new WeakMap<Database, Promise<string>>();
function saltOf(db: Database): Promise<string> {
  let salt = salts.get(db);
  if (!salt) {
    salt = rateLimitSalt(db);
    salts.set(db, salt);
    salt.catch(() => salts.delete(db));
  }
  return salt;
}

// Concurrent counts of one bucket share one statement (per database handle: see CountBatcher).
type Counted = Awaited<ReturnType<typeof countRequest>>;
type VisitorCounted = Awaited<ReturnType<typeof countVisitorRequest>>;
const batchers = new WeakMap<
  Database,
  { own: CountBatcher<Counted>; visitor: CountBatcher<VisitorCounted> }
>();
function batchersOf(db: Database) {
  let found = batchers.get(db);
  if (!found) {
    found = { own: new CountBatcher(), visitor: new CountBatcher() };
    batchers.set(db, found);
  }
  return found;
}

/** Counts one request in `bucket`, coalesced with the concurrent ones: this request's count. */
async function countOne(db: Database, bucket: string): Promise<BucketCount | undefined> {
  const { result, index, size } = await batchersOf(db).own.count(bucket, (n) => countRequest(db, bucket, n));
  return result && { count: result.count - size + index + 1, reset: result.reset };
}

/** Counts one visitor's request, coalesced with the same visitor's concurrent ones. */
async function countOneVisitor(
  db: Database,
  keyBucket: string,
  visitorBucket: string,
  visitorLimit: number,
): Promise<{ visitor: BucketCount; key: BucketCount }> {
  const { result, index, size } = await batchersOf(db).visitor.count(
    `${visitorBucket} ${visitorLimit}`,
    (n) => countVisitorRequest(db, keyBucket, visitorBucket, visitorLimit, n),
  );
  // The first `keyAdded` of the batch were within the visitor's limit, so counted in the key's bucket too.
  const inKey = index < result.keyAdded;
  return {
    visitor: { count: result.visitor.count - size + index + 1, reset: result.visitor.reset },
    key: {
      count: inKey ? result.key.count - result.keyAdded + index + 1 : result.key.count,
      reset: result.key.reset,
    },
  };
}

/**
 * The calling client's address: the socket's peer, or, when `trustProxy` is set, the last address of
 * `X-Forwarded-For` (the one the trusted proxy in front appended; earlier entries are the client's own
 * say and could be forged). Undefined when neither is known (an in-process `app.request()`).
 */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * Limits requests per minute, in buckets counted in the database so that every registry process on one
 * PostgreSQL shares them. Secret keys and staff tokens: one bucket per credential
 * (`rateLimitPerMinute`). Publishable keys: one bucket per key and visitor address
 * (`publicRateLimitPerVisitorPerMinute`) and, for the requests a visitor's own bucket admitted, one per
 * key (`publicRateLimitPerKeyPerMinute`), so that one visitor cannot exhaust a company's widget for the
 * others. The address is never stored or logged: only an HMAC of it under the database's secret salt.
 * Every response carries `RateLimit-Policy` and `RateLimit`; a 429 also `Retry-After`.
 *
 * @example
 * ```ts
 * app.use('/v1/*', rateLimit(settings));
 * ```
 */
export function rateLimit(settings: RegistrySettings): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // `0` is the one switch that turns every limit off (benchmarks, trusted test rigs), as it always did.
    if (settings.rateLimitPerMinute <= 0) return next();
    const principal = c.var.principal;
    const quotas: Quota[] = [];
    if (principal.kind === 'publishable') {
      const perVisitor = settings.publicRateLimitPerVisitorPerMinute;
      const perKey = settings.publicRateLimitPerKeyPerMinute;
      const address = perVisitor > 0 ? clientAddress(c, settings.trustProxy) : undefined;
      if (address !== undefined) {
        const salt = await saltOf(c.var.database);
        const hashed = createHmac('sha256', salt).update(address).digest('base64url').slice(0, 22);
        const counted = await countOneVisitor(
          c.var.database,
          principal.keyId,
          `${principal.keyId}:v:${hashed}`,
          perVisitor,
        );
        quotas.push({ name: 'visitor', limit: perVisitor, used: counted.visitor });
        if (perKey > 0) quotas.push({ name: 'key', limit: perKey, used: counted.key });
      } else if (perKey > 0) {
        const used = await countOne(c.var.database, principal.keyId);
        quotas.push({ name: 'key', limit: perKey, used: used ?? { count: 0, reset: WINDOW_SECONDS } });
      }
    } else {
      const used = await countOne(c.var.database, principal.keyId);
      quotas.push({
        name: 'credential',
        limit: settings.rateLimitPerMinute,
        used: used ?? { count: 0, reset: WINDOW_SECONDS },
      });
    }
    if (quotas.length === 0) return next();
    const headers = rateLimitHeaders(quotas);
    const exceeded = quotas.filter((q) => q.used.count > q.limit);
    if (exceeded.length > 0) {
      const retry = Math.max(1, ...exceeded.map((q) => q.used.reset));
      const which = exceeded.map((q) => q.name).join(' and ');
      throw new Problem('rate-limited', `Over the ${which} limit of requests in a minute.`, {
        headers: { ...headers, 'retry-after': String(retry) },
      });
    }
    // Old windows are swept now and then, by whichever process happens to draw it.
    if (quotas[0]!.used.count === 1 && Math.random() < 0.05) {
      await sweepRateLimits(c.var.database);
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
