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
   * Creates a key; store `secret` at once. The secret is shown once, so a lost response is not retried:
   * a `NetworkError` or `TimeoutError` with code `outcome_unknown` means the key may exist without you
   * having its secret. List the keys and revoke one you do not know; a repeat with the same
   * `idempotencyKey` answers a `ConflictError` with code `secret-not-replayed` if the first call was done.
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
   * Replaces a key by a new one of the same kind; the old one keeps working until its `expiresAt` (a
   * grace period). The new secret is shown once, so a lost response is not retried: on a `NetworkError`
   * or `TimeoutError` with code `outcome_unknown`, rotate again with the old key while it still works.
   * @example
   * ```ts
   * const { secret } = await client.keys.rotate(key.id);
   * ```
   */
  rotate(id: string, options?: CallOptions): Promise<ResponseOf<'rotateKey'>>;
}

/** Builds {@link KeysResource} over the transport's operations. */
export function keys(op: Operations): KeysResource {
  const revoke = op.call<ResponseOf<'revokeKey'>>('POST', '/v1/keys/{id}/revoke');
  const rotate = op.call<ResponseOf<'rotateKey'>>('POST', '/v1/keys/{id}/rotate', true);
  return {
    list: op.list('/v1/keys'),
    create: op.call('POST', '/v1/keys', true),
    revoke: (id, o) => revoke(id, undefined, o),
    rotate: (id, o) => rotate(id, undefined, o),
  };
}
