import { validate } from '@nayabato/core';
import type { MiddlewareHandler } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import type * as z from 'zod/mini';
import type { AppEnv } from '../context.js';
import { jsonBody } from '../http/body.js';
import { PROBLEM_TYPES, Problem } from '../http/problem.js';
import { issue } from '../messages.js';

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

/** What each error status means; every operation refers to these shared responses. */
export const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed JSON, a bad cursor or a bad query parameter.',
  401: 'No valid credential.',
  403: 'The credential or role may not take this action (or a browser origin is refused).',
  404: 'No such record visible to the caller.',
  409: 'Conflict: the current status forbids it; or (any POST) the Idempotency-Key was used with another request (`idempotency-key-reused`), or its first response carried a secret that is never replayed (`secret-not-replayed`).',
  413: 'The body is too large.',
  415: 'The body is not JSON (a photo: not JPEG, PNG or WebP, by its bytes and its Content-Type).',
  422: 'The body does not match the schema: see `errors`.',
  429: 'Rate limit exceeded: see `Retry-After`.',
  431: 'The request line and headers exceed 16 KiB (a long query string): send long filters in a body.',
  503: 'Not ready.',
};

/** The shared error responses (`#/components/responses/Problem<status>`). */
export function errorResponses(): Record<string, { description: string; content: typeof problemContent }> {
  return Object.fromEntries(
    Object.entries(ERROR_TEXT).map(([status, description]) => [
      `Problem${status}`,
      { description, content: problemContent },
    ]),
  );
}

/** A query or path parameter of an operation. */
export interface Param {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header';
  readonly description: string;
  readonly required?: boolean;
  readonly schema?: Record<string, unknown>;
}

/** Describes one operation of the contract. */
export interface OperationSpec {
  /** A stable camelCase id: the client's method names derive from it. */
  readonly id: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  /** The JSON body, validated by core's `validate` (422 with field issues). */
  readonly body?: z.ZodMiniType;
  /**
   * A binary body instead of JSON, in one of these media types (a story photo). The handler reads and
   * checks it; the contract documents it as required.
   */
  readonly binaryBody?: readonly string[];
  /** The success response is binary, in one of these media types (a story photo). */
  readonly binaryResponse?: readonly string[];
  /** The success status and schema. */
  readonly status?: 200 | 201 | 202;
  readonly response?: z.ZodMiniType;
  /** Extra error statuses beyond the ones every authenticated operation has (400, 401, 403, 429, 431). */
  readonly errors?: readonly number[];
  readonly params?: readonly Param[];
  /** Not under `/v1` auth (health, contract). */
  readonly anonymous?: boolean;
  /** Also accepts a publishable key. */
  readonly publishable?: boolean;
  /** The success media type when it is not JSON (e.g. `application/ld+json`). @default `application/json` */
  readonly responseType?: string;
  /** Answers with a strong `ETag` and `Cache-Control`, and `304` to a matching `If-None-Match`. */
  readonly cached?: boolean;
}

const IF_NONE_MATCH: Param = {
  name: 'If-None-Match',
  in: 'header',
  description:
    'The `ETag` of a copy the caller holds: answered `304 Not Modified` (no body) while it is current.',
  schema: { type: 'string', maxLength: 512 },
};

const CACHE_HEADERS = {
  ETag: { description: 'A strong entity tag of the answer.', schema: { type: 'string' } },
  'Cache-Control': {
    description:
      '`public, max-age=60, stale-while-revalidate=300` for a publishable key, `private, no-cache` otherwise.',
    schema: { type: 'string' },
  },
};

/**
 * The shape every record id has (core's `pt_…`, `org_…` ids and the registry's `key_…` ids): a prefix of
 * 2 to 4 lowercase letters, an underscore and 10 to 32 lowercase letters or digits.
 */
export const RECORD_ID = /^[a-z]{2,4}_[0-9a-z]{10,32}$/;

/** Path parameters, and query parameters named `…Id`, are record ids unless they declare a schema. */
function isIdParam(p: Param): boolean {
  return !p.schema && (p.in === 'path' || (p.in === 'query' && /Id$/.test(p.name)));
}

/**
 * Checks the id parameters of an operation before its handler: a path id that cannot exist is a 404 (as
 * an unknown one is), a query id that is not an id a 400 naming the parameter. So `%00` or a broken
 * character never reaches the database, whatever the route does with the value.
 */
function checkIds(params: readonly Param[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    for (const p of params) {
      const value = p.in === 'path' ? c.req.param(p.name) : c.req.query(p.name);
      if (value === undefined || RECORD_ID.test(value)) continue;
      if (p.in === 'path') throw new Problem('not-found', 'No such record.');
      throw new Problem('bad-request', `The query parameter ${p.name} is not a record id.`, {
        errors: [issue([p.name], 'invalid_id')],
      });
    }
    await next();
  };
}

const IDEMPOTENCY: Param = {
  name: 'Idempotency-Key',
  in: 'header',
  description:
    'Makes the POST safe to retry: the first response is returned again and nothing is created twice.',
  schema: { type: 'string', minLength: 8, maxLength: 128 },
};

/**
 * The middlewares of one operation: its OpenAPI description (generated from the same zod/mini schemas)
 * and, when it has a body, the validation of that body. Spread into a Hono route before the handler.
 *
 * @example
 * ```ts
 * app.post('/v1/participants', ...operation({ id: 'createParticipant', tag: 'Participants', summary: 'Register',
 *   body: ParticipantInputSchema, status: 201, response: ParticipantSchema }), handler);
 * ```
 */
export function operation(spec: OperationSpec, method = 'get'): MiddlewareHandler<AppEnv>[] {
  const status = spec.status ?? 200;
  // Any request may be too long for the server to read (431).
  const errors = new Set<number>(spec.anonymous ? [431] : [400, 401, 403, 429, 431]);
  for (const e of spec.errors ?? []) errors.add(e);
  if (spec.body || spec.binaryBody) for (const e of [400, 413, 415, 422]) errors.add(e);
  // Every POST takes an Idempotency-Key, whose reuse with another request is a 409.
  if (method === 'post' && !spec.anonymous) errors.add(409);
  const media = spec.responseType ?? 'application/json';
  const responses: Record<string, unknown> = {
    [status]: {
      description: 'Success.',
      ...(spec.cached ? { headers: CACHE_HEADERS } : {}),
      ...(spec.response
        ? { content: { [media]: { schema: resolver(spec.response) } } }
        : spec.responseType
          ? { content: { [media]: { schema: { type: 'object' } } } }
          : {}),
      ...(spec.binaryResponse ? { content: binaryContent(spec.binaryResponse) } : {}),
    },
  };
  if (spec.cached)
    responses[304] = {
      description: 'Not modified: the `If-None-Match` tag is current.',
      headers: CACHE_HEADERS,
    };
  for (const e of [...errors].sort()) {
    responses[e] = ERROR_TEXT[e]
      ? { $ref: `#/components/responses/Problem${e}` }
      : { description: PROBLEM_TYPES.internal.title, content: problemContent };
  }
  const parameters = [
    ...(spec.params ?? []),
    ...(method === 'post' ? [IDEMPOTENCY] : []),
    ...(spec.cached ? [IF_NONE_MATCH] : []),
  ].map((p) => ({
    name: p.name,
    in: p.in,
    description: p.description,
    required: p.in === 'path' ? true : (p.required ?? false),
    schema: p.schema ?? (isIdParam(p) ? { type: 'string', pattern: RECORD_ID.source } : { type: 'string' }),
  }));
  const ids = (spec.params ?? []).filter(isIdParam);
  const described = describeRoute({
    operationId: spec.id,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.anonymous
      ? { security: [] }
      : spec.publishable
        ? { security: [{ secretKey: [] }, { staffToken: [] }, { publishableKey: [] }] }
        : {}),
    ...(spec.body
      ? {
          requestBody: {
            // An empty body is read as `{}`: the body is required exactly when `{}` is refused.
            required: !validate(spec.body, {}).ok,
            content: { 'application/json': { schema: resolver(spec.body) } },
          },
        }
      : {}),
    // biome-ignore lint/suspicious/noExplicitAny: hono-openapi's response type is wider than what is built here
    responses: responses as any,
  });
  return [
    described as MiddlewareHandler<AppEnv>,
    ...(ids.length > 0 ? [checkIds(ids)] : []),
    ...(spec.body ? [jsonBody(spec.body)] : []),
  ];
}

/** The content of a binary body or response: the bytes, in each media type. */
function binaryContent(types: readonly string[]) {
  return Object.fromEntries(types.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }]));
}

/** A path parameter: a pseudonymous record id. */
export const idParam = (name = 'id', description = 'The record id.'): Param => ({
  name,
  in: 'path',
  description,
});

/** The `cursor` and `limit` query parameters of list operations. */
export const pageParams: readonly Param[] = [
  { name: 'cursor', in: 'query', description: 'The `nextCursor` of the previous page.' },
  {
    name: 'limit',
    in: 'query',
    description: 'Items per page (1 to 100).',
    schema: { type: 'string', pattern: '^[0-9]{1,3}$' },
  },
];

/** The `updatedSince` query filter. */
export const updatedSinceParam: Param = {
  name: 'updatedSince',
  in: 'query',
  description: 'Only records changed at or after this instant (ISO 8601).',
  schema: { type: 'string', format: 'date-time' },
};
