import { validate } from '@nayabato/core';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type * as z from 'zod/mini';
import type { AppEnv } from '../context.js';
import { Problem } from './problem.js';

/**
 * Refuses bodies larger than `maxBytes` with 413, whether or not the client sent `Content-Length`.
 *
 * @example
 * ```ts
 * app.use('/v1/*', limitBody(256 * 1024));
 * ```
 */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      // The rest of the body is not read: close the connection so the client does not reuse it mid-upload.
      throw new Problem('payload-too-large', `The request body exceeds ${maxBytes} bytes.`, {
        headers: { connection: 'close' },
      });
    },
  });
}

/**
 * Reads the JSON body once: 415 for another media type, 400 for malformed JSON, then 422 with core's
 * field-level issues (wrong types, missing and unknown fields) when it does not match `schema`. The
 * parsed value is read back with {@link bodyOf}.
 *
 * @example
 * ```ts
 * app.post('/v1/participants', jsonBody(ParticipantInputSchema), (c) => save(bodyOf(c, ParticipantInputSchema)));
 * ```
 */
export function jsonBody(schema: z.ZodMiniType): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const text = await c.req.text();
    let input: unknown = {};
    if (text.trim() !== '') {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
        throw new Problem('unsupported-media-type', 'Send the body as application/json.');
      }
      try {
        input = JSON.parse(text);
      } catch {
        throw new Problem('malformed-json', 'The request body is not valid JSON.');
      }
    }
    const result = validate(schema, input);
    if (!result.ok) {
      throw new Problem('validation-failed', `The body has ${result.issues.length} invalid field(s).`, {
        errors: result.issues,
      });
    }
    c.set('body', result.value);
    await next();
  };
}

/**
 * The body validated by {@link jsonBody}, typed by the same schema.
 *
 * @example
 * ```ts
 * const input = bodyOf(c, ConsentInputSchema);
 * ```
 */
export function bodyOf<S extends z.ZodMiniType>(c: Context<AppEnv>, _schema: S): z.output<S> {
  return c.var.body as z.output<S>;
}
