import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** Partner organisations (NGOs, training institutions, corporates, the ministry, the coordinator). */
export interface OrganizationsResource {
  /**
   * The organisations the caller may see.
   * @example
   * ```ts
   * const partners = await client.organizations.list().toArray({ limit: 200 });
   * ```
   */
  list(query?: ListQuery<'listOrganizations'>, options?: CallOptions): Paginator<ItemOf<'listOrganizations'>>;
  /**
   * Registers an organisation (coordinator); the response carries its first keys' secrets, once, so a
   * lost response is not retried (a `NetworkError` or `TimeoutError` with code `outcome_unknown`: list
   * the organisations before trying again).
   * @example
   * ```ts
   * const { organization } = await client.organizations.create(input);
   * ```
   */
  create(
    body: BodyOf<'createOrganization'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'createOrganization'>>;
  /**
   * One organisation.
   * @example
   * ```ts
   * const org = await client.organizations.get('org_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getOrganization'>>;
  /**
   * Replaces an organisation's profile.
   * @example
   * ```ts
   * await client.organizations.update(id, { ...profile, phone: '+9771234567' });
   * ```
   */
  update(
    id: string,
    body: BodyOf<'updateOrganization'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'updateOrganization'>>;
  /**
   * The browser origins from which the organisation's staff tokens may be used.
   * @example
   * ```ts
   * const { origins } = await client.organizations.getAllowedOrigins(id);
   * ```
   */
  getAllowedOrigins(id: string, options?: CallOptions): Promise<ResponseOf<'getAllowedOrigins'>>;
  /**
   * Replaces those origins.
   * @example
   * ```ts
   * await client.organizations.setAllowedOrigins(id, { origins: ['https://intranet.example.org'] });
   * ```
   */
  setAllowedOrigins(
    id: string,
    body: BodyOf<'setAllowedOrigins'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'setAllowedOrigins'>>;
}

/** Builds {@link OrganizationsResource} over the transport's operations. */
export function organizations(op: Operations): OrganizationsResource {
  return {
    list: op.list('/v1/organizations'),
    create: op.call('POST', '/v1/organizations', true),
    get: op.call('GET', '/v1/organizations/{id}'),
    update: op.call('PUT', '/v1/organizations/{id}'),
    getAllowedOrigins: op.call('GET', '/v1/organizations/{id}/allowed-origins'),
    setAllowedOrigins: op.call('PUT', '/v1/organizations/{id}/allowed-origins'),
  };
}
