import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { noneMatch } from './conditional.js';
import { publicAnswerCacheOf } from './read-caches.js';

// The publishable-key reads worth keeping: job offers, the organisation directory, indicators.
const KEPT = /^\/v1\/(?:job-offers|organizations|indicators)(?:\/[^/]+)?$/;
// Stories carry publication consents: kept only where this process sees every withdrawal (PGlite, whose
// data belongs to one process), never where another process could withdraw one unseen.
const KEPT_ON_PGLITE = /^\/v1\/stories$/;

/**
 * Keeps publishable-key answers (see {@link PublicAnswerCache}) for `settings.publicAnswerCacheSeconds`
 * and forgets them all after every write request this process handles, once its transaction has ended,
 * so that nothing written (a withdrawn consent, a closed offer) is served from here after the write's
 * response. A kept answer still passes authentication and the rate limits, and still answers
 * `If-None-Match` with 304. See docs/decisions/2026-12-06-read-path-caches.md.
 *
 * @example
 * ```ts
 * app.use('/v1/*', publicAnswers()); // after rateLimit, before transactionalWrites
 * ```
 */
export function publicAnswers(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cache = publicAnswerCacheOf(c.var.database);
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
      try {
        await next();
      } finally {
        cache.invalidate();
      }
      return;
    }
    const ttl = c.var.settings.publicAnswerCacheSeconds;
    const path = c.req.path;
    const eligible =
      method === 'GET' &&
      ttl > 0 &&
      c.var.principal?.kind === 'publishable' &&
      (KEPT.test(path) || (c.var.database.engine === 'pglite' && KEPT_ON_PGLITE.test(path)));
    if (!eligible) return next();
    const url = c.req.url;
    const key = `${c.var.principal.keyId} ${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
    const kept = cache.get(key);
    if (kept) {
      const etag = kept.headers.find(([name]) => name === 'etag')?.[1];
      if (etag && noneMatch(c.req.header('if-none-match'), etag)) {
        c.res = new Response(null, {
          status: 304,
          headers: kept.headers.filter(([name]) => name !== 'content-type' && name !== 'content-length') as [
            string,
            string,
          ][],
        });
      } else {
        c.res = new Response(kept.body, { status: 200, headers: kept.headers as [string, string][] });
      }
      return;
    }
    const ticket = cache.ticket();
    await next();
    if (c.res.status !== 200 || c.error !== undefined) return;
    const headers = [...c.res.headers.entries()].filter(([name]) => name !== 'content-length');
    cache.set(ticket, key, headers, await c.res.clone().arrayBuffer(), ttl);
  };
}
