import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** Consents, one per purpose, recorded by the registering NGO; a withdrawal takes effect at once. */
export interface ConsentsResource {
  /**
   * Records a consent (checked against core's schema before it is sent).
   * @example
   * ```ts
   * const consent = await client.consents.create(consentInput);
   * ```
   */
  create(body: BodyOf<'createConsent'>, options?: CallOptions): Promise<ResponseOf<'createConsent'>>;
  /**
   * One consent.
   * @example
   * ```ts
   * const consent = await client.consents.get('cns_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getConsent'>>;
  /**
   * Consents visible to the caller, e.g. one participant's.
   * @example
   * ```ts
   * const all = await client.consents.list({ participantId }).toArray({ limit: 50 });
   * ```
   */
  list(query?: ListQuery<'listConsents'>, options?: CallOptions): Paginator<ItemOf<'listConsents'>>;
  /**
   * Withdraws a consent now (or at the given instant, not in the future); referrals sent under it stop
   * sharing at once.
   * @example
   * ```ts
   * await client.consents.withdraw(consent.id);
   * ```
   */
  withdraw(
    id: string,
    body?: Partial<BodyOf<'withdrawConsent'>>,
    options?: CallOptions,
  ): Promise<ResponseOf<'withdrawConsent'>>;
}

/** Builds {@link ConsentsResource} over the transport's operations. */
export function consents(op: Operations): ConsentsResource {
  const withdraw = op.call<ResponseOf<'withdrawConsent'>>('POST', '/v1/consents/{id}/withdraw');
  return {
    create: op.call('POST', '/v1/consents'),
    get: op.call('GET', '/v1/consents/{id}'),
    list: op.list('/v1/consents'),
    withdraw: (id, body, o) => withdraw(id, { withdrawnAt: new Date().toISOString(), ...body }, o),
  };
}
