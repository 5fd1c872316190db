import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/**
 * Participants' enterprises: the registering NGO records one (the registry gives it a pseudonymous
 * `ENT-…` code), its seed support, market linkages and monthly results. A corporate partner named by a
 * market linkage reads the enterprise's code and trade only.
 */
export interface EnterprisesResource {
  /**
   * Records an enterprise of one of the caller's participants.
   * @example
   * ```ts
   * const enterprise = await client.enterprises.create({ participantId, trade: 'tailoring', district: 'Kaski', startDate: '2026-10-01', status: 'operating', marketLinkages: [], monthlyRecords: [] });
   * ```
   */
  create(body: BodyOf<'createEnterprise'>, options?: CallOptions): Promise<ResponseOf<'createEnterprise'>>;
  /**
   * One enterprise, as the caller may see it (a buyer: `{ enterpriseCode, trade }`).
   * @example
   * ```ts
   * const enterprise = await client.enterprises.get('ent_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getEnterprise'>>;
  /**
   * Replaces an enterprise (the recording NGO); its code and participant stay.
   * @example
   * ```ts
   * await client.enterprises.update(id, { ...input, status: 'paused' });
   * ```
   */
  update(
    id: string,
    body: BodyOf<'updateEnterprise'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'updateEnterprise'>>;
  /**
   * Records one month of results (a month already recorded is replaced); answers the enterprise.
   * @example
   * ```ts
   * await client.enterprises.recordMonth(id, { month: '2026-11', revenueNpr: 15000, profitNpr: 2000 });
   * ```
   */
  recordMonth(
    id: string,
    body: BodyOf<'recordEnterpriseMonth'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'recordEnterpriseMonth'>>;
  /**
   * The enterprises visible to the caller (an NGO's own; a buyer's linked ones, by code and trade).
   * @example
   * ```ts
   * for await (const e of client.enterprises.list()) console.log(e.enterpriseCode);
   * ```
   */
  list(query?: ListQuery<'listEnterprises'>, options?: CallOptions): Paginator<ItemOf<'listEnterprises'>>;
}

/** Builds {@link EnterprisesResource} over the transport's operations. */
export function enterprises(op: Operations): EnterprisesResource {
  return {
    create: op.call('POST', '/v1/enterprises'),
    get: op.call('GET', '/v1/enterprises/{id}'),
    update: op.call('PUT', '/v1/enterprises/{id}'),
    recordMonth: op.call('POST', '/v1/enterprises/{id}/monthly-records'),
    list: op.list('/v1/enterprises'),
  };
}
