import type { IncomingMessage } from 'node:http';
import { type FieldIssue, textIssues, toJsonPointer, validate } from '@nayabato/core';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type * as z from 'zod/mini';
import type { AppEnv } from '../context.js';
import { issue } from '../messages.js';
import { Problem } from './problem.js';

/**
 * Refuses bodies larger than `maxBytes` with 413, whether or not the client sent `Content-Length`,
 * except on requests `except` names (binary uploads that enforce their own limit).
 *
 * @example
 * ```ts
 * app.use('/v1/*', limitBody(256 * 1024));
 * ```
 */
export function limitBody(
  maxBytes: number,
  except: (c: Context<AppEnv>) => boolean = () => false,
): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      // The rest of the body is not read: close the connection so the client does not reuse it mid-upload.
      throw new Problem('payload-too-large', `The request body exceeds ${maxBytes} bytes.`, {
        headers: { connection: 'close' },
      });
    },
  });
  // `except`: a binary upload that reads its body with a limit of its own (a story photo).
  return async (c, next) => {
    if (bodiless(c) || except(c)) return next();
    const incoming = nodeRequest(c);
    if (!incoming) return limit(c, next);
    const bytes = await readLimited(incoming, maxBytes);
    if (bytes === undefined) {
      throw new Problem('payload-too-large', `The request body exceeds ${maxBytes} bytes.`, {
        headers: { connection: 'close' },
      });
    }
    // Hono's readers (`c.req.text()`, `json()`, `arrayBuffer()`) answer from this cache.
    (c.req.bodyCache as { arrayBuffer?: Promise<ArrayBuffer> }).arrayBuffer = Promise.resolve(bytes);
    await next();
  };
}

/** The Node request under Hono's (the Node adapter's `c.env.incoming`), if the registry runs on Node. */
function nodeRequest(c: Context<AppEnv>): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming && typeof incoming.on === 'function' && !incoming.readableDidRead ? incoming : undefined;
}

/**
 * The body's bytes read straight from Node's request, or undefined past `maxBytes` (declared or sent).
 * The Node adapter would otherwise build a web `Request` and read it through web streams: on a small
 * JSON write that was the largest part of the body's cost (issue 12).
 */
function readLimited(incoming: IncomingMessage, maxBytes: number): Promise<ArrayBuffer | undefined> {
  const declared = Number(incoming.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (value: ArrayBuffer | undefined) => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        incoming.pause();
        done(undefined);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      done(all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer);
    };
    const onError = (error: Error) => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      reject(error);
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
  });
}

/**
 * A GET or HEAD never has a body here (the Node adapter gives them none), so the body checks skip them
 * without asking for `c.req.raw.body`, which would make the adapter build a full `Request` per read.
 */
function bodiless(c: Context<AppEnv>): boolean {
  const method = c.req.method;
  return method === 'GET' || method === 'HEAD';
}

// `fatal`: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD (which would alter a case
// note without anyone noticing).
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes every request body as strict UTF-8, once, before anything reads it (the idempotency hash, the
 * JSON parser): a body that is not valid UTF-8 is a 400 `invalid-encoding` problem. Requests `except`
 * names (a binary photo upload, whose route checks the bytes itself) are left alone.
 *
 * @example
 * ```ts
 * app.use('/v1/*', strictUtf8Body());
 * ```
 */
export function strictUtf8Body(
  except: (c: Context<AppEnv>) => boolean = () => false,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (bodiless(c) || except(c)) return next();
    const cache = c.req.bodyCache as { arrayBuffer?: Promise<ArrayBuffer>; text?: Promise<string> };
    // Read by `limitBody` on Node; elsewhere Hono's own request (the body may be absent there).
    if (!cache.arrayBuffer && !c.req.raw.body) return next();
    const bytes = await c.req.arrayBuffer();
    try {
      // Kept: later readers (the idempotency hash, the JSON parser) take this text, not a new decoding.
      cache.text = Promise.resolve(UTF8.decode(bytes));
    } catch {
      throw new Problem('invalid-encoding', 'The request body is not valid UTF-8.', {
        errors: [issue([], 'invalid_encoding')],
      });
    }
    await next();
  };
}

/**
 * Field issues for every string of a parsed JSON value (object keys included) that core's text rule
 * refuses. A backstop behind the schemas, which carry the rule themselves: no string that PostgreSQL
 * cannot store reaches it, even from a field whose schema forgot the rule.
 */
function unstorableText(
  value: unknown,
  path: (string | number)[] = [],
  out: FieldIssue[] = [],
): FieldIssue[] {
  if (typeof value === 'string') {
    for (const i of textIssues(value, path))
      out.push({ ...i, path: [...i.path], pointer: toJsonPointer(i.path) });
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) unstorableText(item, [...path, index], out);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A bad key is blamed on its object: a key sent by mistake may itself be personal data.
      if (textIssues(key).length > 0) unstorableText(key, path, out);
      else unstorableText(item, [...path, key], out);
    }
  }
  return out;
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
    const errors = result.ok ? unstorableText(input) : result.issues;
    if (!result.ok || errors.length > 0) {
      throw new Problem('validation-failed', `The body has ${errors.length} invalid field(s).`, { errors });
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
