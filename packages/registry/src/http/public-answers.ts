import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { answerWith } from './answer-headers.js';
import { noneMatch } from './conditional.js';
import { acceptsGzip, gzipRepresentation, varyWith } from './content-coding.js';
import { publicAnswerCacheOf } from './read-caches.js';

// The publishable-key reads worth keeping: job offers, the organisation directory, indicators.
const KEPT = /^\/v1\/(?:job-offers|organizations|indicators)(?:\/[^/]+)?$/;
// Stories carry publication consents: kept only where this process sees every withdrawal (PGlite, whose
// data belongs to one process), never where another process could withdraw one unseen.
const KEPT_ON_PGLITE = /^\/v1\/stories$/;

/**
 * Keeps publishable-key answers (see {@link PublicAnswerCache}) for `settings.publicAnswerCacheSeconds`
 * (an expired one is served for at most as long again, only while one request recomputes it; concurrent
 * misses of one answer compute it once) and forgets them all after every write request this process
 * handles, once its transaction has ended, so that nothing written (a withdrawn consent, a closed offer)
 * is served from here after the write's response. A kept answer still passes authentication and the rate
 * limits, and still answers `If-None-Match` with 304. It is compressed once when kept, and goes out
 * gzip-compressed (with an `ETag` of its own) to a client whose `Accept-Encoding` takes gzip; both
 * representations vary on `Accept-Encoding`. See docs/decisions/2026-12-06-read-path-caches.md.
 *
 * @example
 * ```ts
 * app.use('/v1/*', publicAnswers()); // after rateLimit, before transactionalWrites
 * ```
 */
export function publicAnswers(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const database = c.get('database');
    const cache = publicAnswerCacheOf(database);
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
      try {
        await next();
      } finally {
        cache.invalidate();
      }
      return;
    }
    const ttl = c.get('settings').publicAnswerCacheSeconds;
    const path = c.req.path;
    const principal = c.get('principal');
    const eligible =
      method === 'GET' &&
      ttl > 0 &&
      principal?.kind === 'publishable' &&
      (KEPT.test(path) || (database.engine === 'pglite' && KEPT_ON_PGLITE.test(path)));
    if (!eligible) return next();
    const url = c.req.url;
    const key = `${principal.keyId} ${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
    let kept = cache.get(key);
    if (!kept) {
      // Another request is computing this answer: serve the one it replaces meanwhile (within its grace),
      // else wait for it rather than compute it again.
      const computing = cache.computing(key);
      if (computing) {
        kept = cache.stale(key);
        if (!kept) {
          await computing;
          kept = cache.get(key);
        }
      }
    }
    if (kept) {
      const served = kept.gzip && acceptsGzip(c.req.header('accept-encoding')) ? kept.gzip : kept;
      if (kept.etag && noneMatch(c.req.header('if-none-match'), kept.etag)) {
        const headers = { ...served.headers };
        delete headers['content-type'];
        delete headers['content-encoding'];
        c.res = answerWith(c, null, 304, headers);
      } else {
        // Bytes and a plain record, the request's answer headers in it: the Node adapter writes these
        // without building a web Response.
        c.res = answerWith(c, served.body, 200, served.headers);
      }
      return;
    }
    const ticket = cache.ticket();
    let done = () => {};
    cache.compute(key, new Promise<void>((resolve) => (done = resolve)));
    try {
      await next();
      if (c.res.status !== 200 || c.error !== undefined) return;
      const headers: Record<string, string> = {};
      for (const [name, value] of c.res.headers) if (name !== 'content-length') headers[name] = value;
      // Kept answers go out gzip-compressed to whoever accepts it (browsers on mobile data): both
      // representations vary on Accept-Encoding, for the public caches in between.
      headers.vary = varyWith(headers.vary, 'Accept-Encoding');
      const body = new Uint8Array(await c.res.arrayBuffer());
      // Compressed only when kept: an answer too large to keep would be compressed again at every request.
      const gzip = cache.keeps(ticket, body.byteLength) ? gzipRepresentation(headers, body) : undefined;
      cache.set(ticket, key, headers, body, ttl, gzip);
      const served = gzip && acceptsGzip(c.req.header('accept-encoding')) ? gzip : { headers, body };
      // Assigning `c.res` copies the previous response's headers over the new one's (its Vary, its ETag):
      // clear it first, since `headers` already holds them all.
      c.res = undefined;
      c.res = answerWith(c, served.body, 200, served.headers);
    } finally {
      done();
    }
  };
}
