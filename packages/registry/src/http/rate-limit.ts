import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { countRequest, sweepRateLimits } from '../store/rate-limits.js';
import { Problem } from './problem.js';

/**
 * Limits requests per credential per minute. The counter is a row per key and minute in the database,
 * so every registry process on one PostgreSQL shares it. Over the limit: 429 with `Retry-After`.
 * Every response carries `RateLimit-Limit` / `RateLimit-Remaining` / `RateLimit-Reset`.
 *
 * @example
 * ```ts
 * app.use('/v1/*', rateLimit(600));
 * ```
 */
export function rateLimit(perMinute: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const bucket = c.var.principal.keyId;
    const row = await countRequest(c.var.database, bucket);
    const count = Number(row?.count ?? 0);
    const reset = Math.max(1, Number(row?.reset ?? 60));
    const headers = {
      'ratelimit-limit': String(perMinute),
      'ratelimit-remaining': String(Math.max(0, perMinute - count)),
      'ratelimit-reset': String(reset),
    };
    if (count > perMinute) {
      throw new Problem('rate-limited', `More than ${perMinute} requests in a minute with this credential.`, {
        headers: { ...headers, 'retry-after': String(reset) },
      });
    }
    // Old windows are swept now and then, by whichever process happens to draw it.
    if (count === 1 && Math.random() < 0.05) {
      await sweepRateLimits(c.var.database);
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
