import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** A support request as the caller sees it (the addressed desk never gets `participantId`). */
export type SupportRequest = ResponseOf<'getSupportRequest'>;

/**
 * Support requests to the government (legal aid, citizenship documentation, infrastructure, shelter
 * space) and their life cycle (core's support-request machine): the NGO raises and may `withdraw`; the
 * addressed government desk may `acknowledge`, `start`, `fulfil` or `decline`, with an answer the NGO
 * reads. A move the status does not allow is a `ConflictError` (`invalid-transition`).
 */
export interface SupportRequestsResource {
  /**
   * Those the NGO raised, or (government) those addressed to the caller.
   * @example
   * ```ts
   * for await (const r of client.supportRequests.list({ status: 'submitted' })) console.log(r.kind);
   * ```
   */
  list(
    query?: ListQuery<'listSupportRequests'>,
    options?: CallOptions,
  ): Paginator<ItemOf<'listSupportRequests'>>;
  /**
   * Raises one (an NGO), status `submitted`; it must be addressed to a government organisation.
   * @example
   * ```ts
   * await client.supportRequests.create({ toOrganizationId: deskId, kind: 'shelter_space', district: 'Kathmandu', places: 4, description: 'Four places for returnees' });
   * ```
   */
  create(
    body: BodyOf<'createSupportRequest'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'createSupportRequest'>>;
  /**
   * One, by id.
   * @example
   * ```ts
   * const request = await client.supportRequests.get('sup_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<SupportRequest>;
  /**
   * Acknowledges it, with an optional answer (the addressed desk).
   * @example
   * ```ts
   * await client.supportRequests.acknowledge(id, { response: 'Forwarded to the district office' });
   * ```
   */
  acknowledge(
    id: string,
    body?: BodyOf<'acknowledgeSupportRequest'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'acknowledgeSupportRequest'>>;
  /**
   * Starts work on it, with an optional answer (the addressed desk).
   * @example
   * ```ts
   * await client.supportRequests.start(id);
   * ```
   */
  start(
    id: string,
    body?: BodyOf<'startSupportRequest'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'startSupportRequest'>>;
  /**
   * Fulfils it, with an optional answer (the addressed desk).
   * @example
   * ```ts
   * await client.supportRequests.fulfil(id, { response: 'Certificate issued' });
   * ```
   */
  fulfil(
    id: string,
    body?: BodyOf<'fulfilSupportRequest'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'fulfilSupportRequest'>>;
  /**
   * Declines it with an answer (the addressed desk).
   * @example
   * ```ts
   * await client.supportRequests.decline(id, { response: 'Outside this desk’s district' });
   * ```
   */
  decline(
    id: string,
    body: BodyOf<'declineSupportRequest'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'declineSupportRequest'>>;
  /**
   * Withdraws it (the requesting NGO), until the desk has fulfilled or declined it.
   * @example
   * ```ts
   * await client.supportRequests.withdraw(id);
   * ```
   */
  withdraw(
    id: string,
    body?: BodyOf<'withdrawSupportRequest'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'withdrawSupportRequest'>>;
}

/** Builds {@link SupportRequestsResource} over the transport's operations. */
export function supportRequests(op: Operations): SupportRequestsResource {
  return {
    list: op.list('/v1/support-requests'),
    create: op.call('POST', '/v1/support-requests'),
    get: op.call('GET', '/v1/support-requests/{id}'),
    acknowledge: op.call('POST', '/v1/support-requests/{id}/acknowledge'),
    start: op.call('POST', '/v1/support-requests/{id}/start'),
    fulfil: op.call('POST', '/v1/support-requests/{id}/fulfil'),
    decline: op.call('POST', '/v1/support-requests/{id}/decline'),
    withdraw: op.call('POST', '/v1/support-requests/{id}/withdraw'),
  };
}
