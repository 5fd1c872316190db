import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
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
import { addAnswerHeaders } from './answer-headers.js';
import { Problem } from './problem.js';
import { RateLeases } from './rate-leases.js';

/** Every window is one minute (the `w` of `RateLimit-Policy`). */
const WINDOW_SECONDS = 60;
const EMPTY: BucketCount = { count: 0, reset: WINDOW_SECONDS, resetMs: WINDOW_SECONDS * 1000 };

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

// One salt read per database handle; the salt never changes for a database. Kept as a key object: a
// string key is converted again at every HMAC.
const salts = new WeakMap<Database, Promise<KeyObject>>();
function saltOf(db: Database): Promise<KeyObject> {
  let salt = salts.get(db);
  if (!salt) {
    salt = rateLimitSalt(db).then((text) => createSecretKey(text, 'utf8'));
    salts.set(db, salt);
    salt.catch(() => salts.delete(db));
  }
  return salt;
}

// Counts are leased from the database per bucket (per database handle: see RateLeases), so that a busy
// bucket costs one statement per lease rather than one per request.
type Counted = BucketCount | undefined;
type VisitorCounted = Awaited<ReturnType<typeof countVisitorRequest>>;
const leases = new WeakMap<Database, { own: RateLeases<Counted>; visitor: RateLeases<VisitorCounted> }>();
function leasesOf(db: Database) {
  let found = leases.get(db);
  if (!found) {
    found = { own: new RateLeases(), visitor: new RateLeases() };
    leases.set(db, found);
  }
  return found;
}

/** Counts one request in `bucket` of limit `limit`: this request's place in the window. */
async function countOne(db: Database, bucket: string, limit: number): Promise<BucketCount | undefined> {
  const { result, index, size, reset } = await leasesOf(db).own.take(
    bucket,
    async (n) => {
      const result = await countRequest(db, bucket, n);
      return { result, resetMs: result?.resetMs ?? 0 };
    },
    (seen) => limit - (seen?.count ?? limit),
  );
  return result && { count: result.count - size + index + 1, reset, resetMs: result.resetMs };
}

/** Counts one visitor's request: its place in the visitor's bucket and, when admitted there, the key's. */
async function countOneVisitor(
  db: Database,
  keyBucket: string,
  visitorBucket: string,
  visitorLimit: number,
  keyLimit: number,
): Promise<{ visitor: BucketCount; key: BucketCount }> {
  const { result, index, size, reset } = await leasesOf(db).visitor.take(
    `${visitorBucket} ${visitorLimit}`,
    async (n) => {
      const result = await countVisitorRequest(db, keyBucket, visitorBucket, visitorLimit, n);
      return { result, resetMs: result.visitor.resetMs };
    },
    (seen) =>
      Math.min(
        visitorLimit - seen.visitor.count,
        keyLimit > 0 ? keyLimit - seen.key.count : Number.POSITIVE_INFINITY,
      ),
  );
  // The first `keyAdded` of the lease were within the visitor's limit, so counted in the key's bucket too.
  const inKey = index < result.keyAdded;
  return {
    visitor: { count: result.visitor.count - size + index + 1, reset, resetMs: result.visitor.resetMs },
    key: {
      count: inKey ? result.key.count - result.keyAdded + index + 1 : result.key.count,
      reset,
      resetMs: result.key.resetMs,
    },
  };
}

// A connection's visitor, hashed once: a browser sends its requests over a few kept-alive connections.
// Only without a proxy, whose one connection carries many visitors. Holds the hash, never the address,
// and goes with the connection.
const visitorsBySocket = new WeakMap<object, string>();

async function visitorOf(c: Context<AppEnv>, address: string, trustProxy: boolean): Promise<string> {
  const socket = trustProxy ? undefined : socketOf(c);
  const known = socket && visitorsBySocket.get(socket);
  if (known) return known;
  const salt = await saltOf(c.get('database'));
  const hashed = createHmac('sha256', salt).update(address).digest('base64url').slice(0, 22);
  if (socket) visitorsBySocket.set(socket, hashed);
  return hashed;
}

function socketOf(c: Context<AppEnv>): { remoteAddress?: string } | undefined {
  return (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket;
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
  return socketOf(c)?.remoteAddress;
}

/**
 * Limits requests per minute, in buckets counted in the database so that every registry process on one
 * PostgreSQL shares them; a busy bucket's places are leased ahead (see {@link RateLeases}), never past
 * its limit, so that most requests make no round trip for their count. Secret keys and staff tokens: one bucket per credential
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
    const principal = c.get('principal');
    const quotas: Quota[] = [];
    if (principal.kind === 'publishable') {
      const perVisitor = settings.publicRateLimitPerVisitorPerMinute;
      const perKey = settings.publicRateLimitPerKeyPerMinute;
      const address = perVisitor > 0 ? clientAddress(c, settings.trustProxy) : undefined;
      if (address !== undefined) {
        const hashed = await visitorOf(c, address, settings.trustProxy);
        const counted = await countOneVisitor(
          c.get('database'),
          principal.keyId,
          `${principal.keyId}:v:${hashed}`,
          perVisitor,
          perKey,
        );
        quotas.push({ name: 'visitor', limit: perVisitor, used: counted.visitor });
        if (perKey > 0) quotas.push({ name: 'key', limit: perKey, used: counted.key });
      } else if (perKey > 0) {
        const used = await countOne(c.get('database'), principal.keyId, perKey);
        quotas.push({ name: 'key', limit: perKey, used: used ?? EMPTY });
      }
    } else {
      const used = await countOne(c.get('database'), principal.keyId, settings.rateLimitPerMinute);
      quotas.push({ name: 'credential', limit: settings.rateLimitPerMinute, used: used ?? EMPTY });
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
      await sweepRateLimits(c.get('database'));
    }
    addAnswerHeaders(c, headers);
    return next();
  };
}
