import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';

// Only opaque shapes are echoed (UUIDs, hex, ULIDs): a caller's id could otherwise carry words, even a
// name, into every log line.
const SAFE_ID = /^(?:[0-9a-fA-F-]{16,64}|[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26})$/;

/**
 * Gives every request an id: the caller's `X-Request-Id` when it is opaque (a UUID, hex or a ULID), else a new UUID.
 * The id is echoed in the `X-Request-Id` response header, in problem bodies, in logs and in audit rows.
 *
 * @example
 * ```ts
 * app.use('*', requestId());
 * ```
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', id);
    await next();
    c.res.headers.set('x-request-id', id);
  };
}
