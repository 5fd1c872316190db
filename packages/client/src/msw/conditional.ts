import { HttpResponse } from 'msw';
import { mockRequestId } from './problem.js';

/** The registry's `Cache-Control` of a public read with a publishable key. */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';

/** A short stable entity tag of a body (FNV-1a; the registry uses SHA-256, only equality matters). */
export function mockEntityTag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `"${(h >>> 0).toString(36)}-${text.length.toString(36)}"`;
}

/** Whether an `If-None-Match` header matches `tag`, compared weakly as RFC 9110 asks for this header. */
function noneMatch(header: string | null, tag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === tag);
}

/** How {@link conditionalAnswer} labels an answer. */
export interface ConditionalOptions {
  /** @default 'application/json' */
  readonly contentType?: string;
  /** `Cache-Control` for a publishable key. @default the registry's: a minute, five more stale */
  readonly publicCache?: string;
}

/**
 * A read answered as the registry answers its conditional reads (job offers, the directory,
 * indicators): a strong `ETag` of the body, `Cache-Control` for public caches when the caller holds a
 * publishable key (`private, no-cache` otherwise), `Vary: Authorization`, and `304 Not Modified` without
 * a body to a matching `If-None-Match`.
 *
 * @example
 * ```ts
 * http.get('http://registry.test/v1/organizations/:id', ({ request }) => conditionalAnswer(request, entry));
 * ```
 */
export function conditionalAnswer(
  request: Request,
  body: unknown,
  options: ConditionalOptions = {},
): HttpResponse<string> {
  const text = JSON.stringify(body);
  const publishable = /^Bearer pk_/.test(request.headers.get('authorization') ?? '');
  const headers = {
    etag: mockEntityTag(text),
    'cache-control': publishable ? (options.publicCache ?? PUBLIC_CACHE) : 'private, no-cache',
    vary: 'Authorization',
    'x-request-id': mockRequestId(),
  };
  if (noneMatch(request.headers.get('if-none-match'), headers.etag))
    return new HttpResponse(null, { status: 304, headers });
  return new HttpResponse(text, {
    status: 200,
    headers: { ...headers, 'content-type': options.contentType ?? 'application/json' },
  });
}
