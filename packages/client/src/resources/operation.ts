import type { CallOptions } from '../options.js';
import { Paginator } from '../pagination/paginator.js';
import type { HttpMethod, Transport } from '../transport/transport.js';
import type { QueryParams } from '../transport/url.js';
import type { Route } from './types.js';

/**
 * Builders of resource methods over a transport. Each resource file lists its routes with these; its
 * interface gives the types (inferred from the contract). Routes are typed against the contract, so a
 * route that leaves the contract fails to compile. One generic builder serves every non-list shape, so
 * the browser bundle carries one function instead of one per shape.
 *
 * @example
 * ```ts
 * const op = operations(transport);
 * const referrals = { get: op.call('GET', '/v1/referrals/{id}'), list: op.list('/v1/referrals') };
 * ```
 */
export function operations(t: Transport) {
  return {
    /** `GET route` with query parameters (not a list) → a function of the query and the call options. */
    read:
      <R>(route: Route) =>
      (query?: QueryParams, o?: CallOptions): Promise<R> =>
        t.request({ method: 'GET', route, query: { ...query } }, o),
    /**
     * `method route` → a function of, in order: the id (when the route has `{id}`), the body (unless
     * the method is GET; `{}` when left out) and the call options. `secret` marks an answer that
     * carries a secret shown once (see `RequestSpec.secret`).
     */
    call:
      <R>(method: HttpMethod, route: Route, secret?: boolean) =>
      (...args: unknown[]): Promise<R> =>
        t.request(
          {
            method,
            route,
            path: route.includes('{id}') ? { id: args.shift() as string } : undefined,
            body: method === 'GET' ? undefined : (args.shift() ?? {}),
            secret,
          },
          args[0] as CallOptions | undefined,
        ),
    /** `GET route` with filters → a lazy {@link Paginator}. */
    list:
      <I>(route: Route) =>
      (query?: QueryParams, o?: CallOptions): Paginator<I> =>
        new Paginator<I>((cursor) => t.request({ method: 'GET', route, query: { ...query, cursor } }, o)),
    /**
     * `POST route` with filters in the body (personal attributes never travel in URLs) → a lazy
     * {@link Paginator}. Each page is its own call with its own idempotency key.
     */
    search:
      <I>(route: Route) =>
      (body?: object, o?: CallOptions): Paginator<I> =>
        new Paginator<I>((cursor) =>
          t.request(
            { method: 'POST', route, body: cursor ? { ...body, cursor } : { ...body } },
            o && { ...o, idempotencyKey: undefined },
          ),
        ),
  };
}

/** The builders, as {@link operations} returns them. */
export type Operations = ReturnType<typeof operations>;
