import type { Result, Router } from 'hono/router';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';

/** How many method-and-path matches are remembered before they are all forgotten. */
export const ROUTES_REMEMBERED = 2000;

/**
 * Hono's default router, remembering the match of each method and path it has seen (at most
 * {@link ROUTES_REMEMBERED}; then it forgets them all and starts again).
 *
 * Why: the registry's routes need Hono's trie router (its regular-expression router refuses
 * `/v1/participants/search` beside `/v1/participants/:id/erasure`), which walks the path segment by
 * segment at every request: about a twentieth of a kept public answer's cost. A widget's page asks the
 * same few paths again and again. A match depends only on the method and the path (never the query), and
 * Hono only reads it, so one match can serve every request of that path.
 *
 * @example
 * ```ts
 * const app = new Hono({ router: new CachedRouter() });
 * ```
 */
export class CachedRouter<T> implements Router<T> {
  readonly name = 'CachedRouter';
  readonly #inner: Router<T>;
  readonly #matches = new Map<string, Result<T>>();

  /** @param inner the router that matches (default: Hono's own, the regular-expression or the trie router) */
  constructor(inner: Router<T> = new SmartRouter({ routers: [new RegExpRouter(), new TrieRouter()] })) {
    this.#inner = inner;
  }

  add(method: string, path: string, handler: T): void {
    this.#matches.clear();
    this.#inner.add(method, path, handler);
  }

  match(method: string, path: string): Result<T> {
    const key = `${method} ${path}`;
    let result = this.#matches.get(key);
    if (result === undefined) {
      result = this.#inner.match(method, path);
      if (this.#matches.size >= ROUTES_REMEMBERED) this.#matches.clear();
      this.#matches.set(key, result);
    }
    return result;
  }
}
