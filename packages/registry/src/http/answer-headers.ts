import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';

// Answers built by `answerWith`, which already carry the request's answer headers.
const carried = new WeakSet<Response>();

/**
 * Records headers that every answer to this request carries, whatever the route answers (its request
 * id, its rate limits, CORS for a publishable key). A middleware calls it once it knows them, before the
 * route runs; {@link answerHeaders} writes them when the answer leaves.
 *
 * Why not `c.res.headers.set` after the route: on Node, the adapter writes an answer built from bytes and
 * a plain record without building a web `Response`. Touching its `headers` builds one, and the adapter
 * then reads every header back out of it: a third of a kept public answer's cost.
 *
 * @example
 * ```ts
 * addAnswerHeaders(c, { 'x-request-id': id });
 * ```
 */
export function addAnswerHeaders(c: Context<AppEnv>, headers: Readonly<Record<string, string>>): void {
  let pending = c.get('answerHeaders');
  if (!pending) {
    pending = {};
    c.set('answerHeaders', pending);
  }
  for (const name in headers) pending[name] = headers[name]!;
}

/** The answer headers recorded so far for this request (see {@link addAnswerHeaders}). */
export function pendingAnswerHeaders(c: Context<AppEnv>): Readonly<Record<string, string>> | undefined {
  return c.get('answerHeaders');
}

/**
 * An answer built from bytes and a plain record that already carries the request's answer headers, so
 * that {@link answerHeaders} leaves it as it is and the Node adapter writes it as it stands. Headers
 * given here win over the recorded ones of the same name.
 *
 * @example
 * ```ts
 * c.res = answerWith(c, kept.body, 200, kept.headers);
 * ```
 */
export function answerWith(
  c: Context<AppEnv>,
  body: Uint8Array<ArrayBuffer> | string | null,
  status: number,
  headers: Readonly<Record<string, string>>,
): Response {
  const merged: Record<string, string> = {};
  const pending = c.get('answerHeaders');
  for (const name in pending) merged[name] = pending[name]!;
  for (const name in headers) merged[name] = headers[name]!;
  const answer = new Response(body, { status, headers: merged });
  carried.add(answer);
  return answer;
}

/**
 * Outermost: writes the recorded answer headers (see {@link addAnswerHeaders}) onto the answer, unless
 * it was built with them by {@link answerWith}. Problems and not-found answers get them too.
 *
 * @example
 * ```ts
 * app.use('*', answerHeaders()); // first, before anything that records a header
 * ```
 */
export function answerHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const pending = c.get('answerHeaders');
    if (!pending || carried.has(c.res)) return;
    for (const name in pending) c.res.headers.set(name, pending[name]!);
  };
}
