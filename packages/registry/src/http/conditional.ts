import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';

/** What public caches may do with a publishable-key answer: keep it a minute, serve it stale for five. */
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
/** An answer to a secret key or staff token: the caller's own cache only, revalidated on each use. */
export const PRIVATE_CACHE = 'private, no-cache';

/** The strong entity tag of a body: a hash of its exact bytes. */
export function entityTag(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

/**
 * A tag as `If-None-Match` compares it: without `W/` (weak comparison, as RFC 9110 asks for this header)
 * and without the `-gzip` of a gzip representation's tag, which revalidates the same answer.
 */
function comparable(tag: string): string {
  return tag
    .trim()
    .replace(/^W\//, '')
    .replace(/-gzip"$/, '"');
}

/**
 * Whether an `If-None-Match` header matches `tag` (weak comparison, as RFC 9110 asks for this header);
 * the tag of the answer's gzip representation matches it too.
 */
export function noneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = comparable(tag);
  return header.split(',').some((t) => comparable(t) === bare);
}

/**
 * Answers a public read with a strong `ETag`, `Cache-Control` by credential (public caches for a
 * publishable key, `private` otherwise) and `Vary: Authorization` (the answer depends on whose key it
 * is); a matching `If-None-Match` gets `304 Not Modified` without a body.
 *
 * @example
 * ```ts
 * return cachedJson(c, { items, nextCursor });
 * ```
 */
export function cachedJson(c: Context<AppEnv>, body: unknown, contentType = 'application/json'): Response {
  const text = JSON.stringify(body);
  const tag = entityTag(text);
  const headers: Record<string, string> = {
    etag: tag,
    'cache-control': c.var.principal?.kind === 'publishable' ? PUBLIC_CACHE : PRIVATE_CACHE,
    vary: 'Authorization',
  };
  if (noneMatch(c.req.header('if-none-match'), tag)) return c.body(null, 304, headers);
  return c.body(text, 200, { ...headers, 'content-type': contentType });
}
