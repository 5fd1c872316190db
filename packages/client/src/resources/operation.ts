import type { CallOptions } from '../options.js';
import { type Page, Paginator } from '../pagination/paginator.js';
import type { Transport } from '../transport/transport.js';
import type { QueryParams } from '../transport/url.js';
import type { Route } from './types.js';

/**
 * Builders of resource methods over a transport, one per shape of operation. Each resource file lists
 * its routes with these; its interface gives the types (inferred from the contract). Routes are typed
 * against the contract, so a route that leaves the contract fails to compile.
 *
 * @example
 * ```ts
 * const op = operations(transport);
 * const referrals = { get: op.get('/v1/referrals/{id}') };
 * ```
 */
export function operations(t: Transport) {
  return {
    /** `GET route/{id}` → `(id, options?)`. */
    get:
      <R>(route: Route) =>
      (id: string, o?: CallOptions): Promise<R> =>
        t.request({ method: 'GET', route, path: { id } }, o),
    /** `GET route` (no id) → `(options?)`. */
    read:
      <R>(route: Route) =>
      (o?: CallOptions): Promise<R> =>
        t.request({ method: 'GET', route }, o),
    /** `POST route` with a body → `(body, options?)`. */
    create:
      <B, R>(route: Route) =>
      (body: B, o?: CallOptions): Promise<R> =>
        t.request({ method: 'POST', route, body }, o),
    /** `PUT` or `PATCH route/{id}` with a body → `(id, body, options?)`. */
    change:
      <B, R>(method: 'PUT' | 'PATCH', route: Route) =>
      (id: string, body: B, o?: CallOptions): Promise<R> =>
        t.request({ method, route, path: { id }, body }, o),
    /** `POST route/{id}/action` with an optional body (`{}` when left out) → `(id, body?, options?)`. */
    action:
      <B, R>(route: Route) =>
      (id: string, body?: B, o?: CallOptions): Promise<R> =>
        t.request({ method: 'POST', route, path: { id }, body: body ?? {} }, o),
    /** `GET route` with filters → a lazy {@link Paginator}. */
    list:
      <Q, I>(route: Route) =>
      (query?: Q, o?: CallOptions): Paginator<I> =>
        new Paginator<I>((cursor) =>
          t.request<Page<I>>({ method: 'GET', route, query: { ...(query as QueryParams), cursor } }, o),
        ),
    /**
     * `POST route` with filters in the body (personal attributes never travel in URLs) → a lazy
     * {@link Paginator}. Each page is its own call with its own idempotency key.
     */
    search:
      <B, I>(route: Route) =>
      (body: B, o?: CallOptions): Paginator<I> =>
        new Paginator<I>((cursor) =>
          t.request<Page<I>>(
            { method: 'POST', route, body: cursor ? { ...body, cursor } : body },
            o && { ...o, idempotencyKey: undefined },
          ),
        ),
  };
}

/** The builders, as {@link operations} returns them. */
export type Operations = ReturnType<typeof operations>;
