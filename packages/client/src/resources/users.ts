import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** The staff of the caller's organisation, for whom staff tokens are issued. */
export interface UsersResource {
  /**
   * The organisation's users.
   * @example
   * ```ts
   * const staff = await client.users.list().toArray({ limit: 500 });
   * ```
   */
  list(query?: ListQuery<'listUsers'>, options?: CallOptions): Paginator<ItemOf<'listUsers'>>;
  /**
   * Creates a user.
   * @example
   * ```ts
   * const user = await client.users.create({ displayName: 'Counsellor A' });
   * ```
   */
  create(body: BodyOf<'createUser'>, options?: CallOptions): Promise<ResponseOf<'createUser'>>;
  /**
   * One user.
   * @example
   * ```ts
   * const user = await client.users.get('usr_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getUser'>>;
  /**
   * Changes a user; disabling ends their staff tokens at once.
   * @example
   * ```ts
   * await client.users.update(id, { disabled: true });
   * ```
   */
  update(id: string, body: BodyOf<'updateUser'>, options?: CallOptions): Promise<ResponseOf<'updateUser'>>;
}

/** Builds {@link UsersResource} over the transport's operations. */
export function users(op: Operations): UsersResource {
  return {
    list: op.list('/v1/users'),
    create: op.call('POST', '/v1/users'),
    get: op.call('GET', '/v1/users/{id}'),
    update: op.call('PATCH', '/v1/users/{id}'),
  };
}
