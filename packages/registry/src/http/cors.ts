import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';

const ALLOWED_HEADERS = 'authorization, content-type, idempotency-key, x-request-id, x-purpose';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';

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
