import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** The organisation's API keys (secret and publishable). A key's secret is shown once, on creation. */
export interface KeysResource {
  /**
   * The organisation's keys, without their secrets.
   * @example
   * ```ts
   * const keys = await client.keys.list().toArray({ limit: 100 });
   * ```
   */
  list(query?: ListQuery<'listKeys'>, options?: CallOptions): Paginator<ItemOf<'listKeys'>>;
  /**
   * Creates a key; store `secret` at once. A retry after a lost response gets a `ConflictError` with
   * code `secret-not-replayed`: the key exists but its secret is never shown again (revoke it).
   * @example
   * ```ts
   * const { key, secret } = await client.keys.create({ kind: 'publishable' });
   * ```
   */
  create(body: BodyOf<'createKey'>, options?: CallOptions): Promise<ResponseOf<'createKey'>>;
  /**
   * Revokes a key now; its staff tokens die with it.
   * @example
   * ```ts
   * await client.keys.revoke(key.id);
   * ```
   */
  revoke(id: string, options?: CallOptions): Promise<ResponseOf<'revokeKey'>>;
  /**
   * Replaces a key by a new one of the same kind and revokes the old.
   * @example
   * ```ts
   * const { secret } = await client.keys.rotate(key.id);
   * ```
   */
  rotate(id: string, options?: CallOptions): Promise<ResponseOf<'rotateKey'>>;
}

/** Builds {@link KeysResource} over the transport's operations. */
export function keys(op: Operations): KeysResource {
  const revoke = op.action<never, ResponseOf<'revokeKey'>>('/v1/keys/{id}/revoke');
  const rotate = op.action<never, ResponseOf<'rotateKey'>>('/v1/keys/{id}/rotate');
  return {
    list: op.list('/v1/keys'),
    create: op.create('/v1/keys'),
    revoke: (id, o) => revoke(id, undefined, o),
    rotate: (id, o) => rotate(id, undefined, o),
  };
}
