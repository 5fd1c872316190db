import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';

/**
 * The methods an application answers on `path`, from its registered routes (middlewares excluded), with
 * `HEAD` wherever `GET` is (Hono answers HEAD with the GET handler); empty for an unknown path. The
 * route table is compiled once, on first use, when every route is registered.
 *
 * @example
 * ```ts
 * const allowed = methodsOf(app);
 * allowed('/v1/participants'); // ['GET', 'HEAD', 'POST']
 * ```
 */
export function methodsOf(app: Hono<AppEnv>): (path: string) => string[] {
  let table: { pattern: RegExp; method: string }[] | undefined;
  return (path) => {
    table ??= app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => ({
        method: r.method,
        pattern: new RegExp(
          `^${r.path
            .split('/')
            .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
            .join('/')}$`,
        ),
      }));
    const methods = new Set(table.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}
