import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { addAnswerHeaders } from './answer-headers.js';

// Only canonical UUIDs and ULIDs are echoed: a caller's id could otherwise carry words, even a name,
// into every log line, and a long run of digits could be a phone number.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A ULID with at least one letter: 26 digits in a row are not worth echoing.
const ULID = /^(?=.*[A-HJKMNP-TV-Z])[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;

/**
 * Gives every request an id: the caller's `X-Request-Id` when it is a canonical UUID
 * (`8-4-4-4-12` hex digits) or a ULID (26 Crockford base-32 characters), else a new UUID.
 * The id is echoed in the `X-Request-Id` response header (an answer header, written by `answerHeaders`),
 * in problem bodies, in logs and in audit rows.
 *
 * @example
 * ```ts
 * app.use('*', requestId());
 * ```
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const incoming = c.req.header('x-request-id');
    const id = incoming && (UUID.test(incoming) || ULID.test(incoming)) ? incoming : randomUUID();
    c.set('requestId', id);
    addAnswerHeaders(c, { 'x-request-id': id });
    return next();
  };
}
