import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { pendingAnswerHeaders } from './answer-headers.js';

// `if-none-match`: a widget revalidating a public read it holds (job offers) sends it, and it is not a
// CORS-safelisted request header, so the preflight must allow it.
const ALLOWED_HEADERS =
  'authorization, content-type, idempotency-key, x-request-id, x-purpose, if-none-match';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';
/**
 * Response headers a browser script may read beyond the CORS-safelisted ones (`cache-control`,
 * `content-type`, ...): `etag` so that a widget can revalidate a public read with `If-None-Match`, `vary`
 * to tell which answers a cache may share, `content-disposition` for the file name of a participant's
 * export downloaded with a staff token.
 */
export const EXPOSED_HEADERS =
  'x-request-id, location, retry-after, idempotent-replayed, ratelimit, ratelimit-policy, www-authenticate, allow, etag, vary, content-disposition';

/**
 * Answers CORS preflights. A preflight carries no credential, so it is answered for any origin; the
 * real request is then checked by `authenticate`: publishable keys from any origin, staff tokens only
 * from their organisation's registered origins, secret keys never from a browser.
 *
 * @example
 * ```ts
 * app.use('/v1/*', corsPreflight());
 * ```
 */
export function corsPreflight(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method !== 'OPTIONS' || !origin || !c.req.header('access-control-request-method'))
      return next();
    return c.body(null, 204, {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': ALLOWED_METHODS,
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': '600',
      vary: 'Origin',
    });
  };
}

/**
 * The `Access-Control-Allow-Origin` a response to `origin` gets, or null: `*` for a publishable key;
 * the origin for a staff token when its organisation registered it; never for a secret key. A 401 (no
 * principal: the credential is missing, unknown or expired) is readable from any origin unless a secret
 * key was sent: its body is a fixed problem without personal data, and a browser application needs it
 * to know that it must authenticate again.
 */
function allowedOrigin(c: Context<AppEnv>, origin: string): string | null {
  const principal = c.get('principal');
  if (principal) {
    if (principal.kind === 'publishable') return '*';
    if (principal.kind === 'staff' && principal.allowedOrigins.includes(origin)) return origin;
    return null;
  }
  if (c.res.status !== 401) return null;
  const credential = /^Bearer (sk|pk)_/.exec(c.req.header('authorization') ?? '')?.[1];
  if (credential === 'sk') return null;
  return credential === 'pk' ? '*' : origin;
}

/**
 * The CORS headers of every answer to a publishable key from a browser: any origin may read public data.
 * `authenticate` records them as answer headers (see `addAnswerHeaders`) once the key is known, so that a
 * kept public answer goes out as it was kept; {@link corsHeaders} then leaves the answer alone.
 */
export const PUBLIC_CORS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED_HEADERS,
};

/**
 * Sets the CORS response headers on every response to a browser request, problems included (errors
 * thrown anywhere, 404s of unknown routes, 401s of authentication), so that a browser application can
 * read why a request failed. Mounted outside every other middleware. See `allowedOrigin` for who gets
 * which origin.
 *
 * @example
 * ```ts
 * app.use('*', corsHeaders());
 * ```
 */
export function corsHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const origin = c.req.header('origin');
    if (!origin) return;
    // A publishable key's CORS headers are recorded as answer headers as soon as the key is known.
    if (pendingAnswerHeaders(c)?.['access-control-allow-origin']) return;
    if (c.res.headers.has('access-control-allow-origin')) return;
    const allow = allowedOrigin(c, origin);
    if (allow !== '*') c.res.headers.append('vary', 'Origin');
    if (!allow) return;
    c.res.headers.set('access-control-allow-origin', allow);
    c.res.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
  };
}
