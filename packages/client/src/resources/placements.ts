import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** A placement as the caller may see it: the NGO's whole record, or the company's pseudonymous view. */
export type PlacementView = ResponseOf<'getPlacement'>;

/**
 * Placements of participants in job offers. The referring NGO records them (with an employer-introduction
 * consent); the company whose offer it fills sees only a placement code, dates, wage and retention.
 */
export interface PlacementsResource {
  /**
   * The NGO's placements, or those in the company's offers.
   * @example
   * ```ts
   * const placements = await client.placements.list({ jobOfferId }).toArray();
   * ```
   */
  list(query?: ListQuery<'listPlacements'>, options?: CallOptions): Paginator<ItemOf<'listPlacements'>>;
  /**
   * Records a placement (the referring NGO). Without a valid `employer_introduction` consent covering the
   * offer's company: a `ConflictError` with code `consent-required`.
   * @example
   * ```ts
   * const placement = await client.placements.create({ participantId, referralId, jobOfferId, startDate: '2026-12-01', monthlyWageNpr: 21000 });
   * ```
   */
  create(body: BodyOf<'createPlacement'>, options?: CallOptions): Promise<ResponseOf<'createPlacement'>>;
  /**
   * One placement.
   * @example
   * ```ts
   * const placement = await client.placements.get('plc_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<PlacementView>;
  /**
   * Records a retention checkpoint (1, 3, 6 or 12 months), by the employer or the NGO, once due.
   * @example
   * ```ts
   * await client.placements.recordRetentionCheck(id, { month: 3, retained: true });
   * ```
   */
  recordRetentionCheck(
    id: string,
    body: BodyOf<'recordRetentionCheck'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'recordRetentionCheck'>>;
}

/** Builds {@link PlacementsResource} over the transport's operations. */
export function placements(op: Operations): PlacementsResource {
  return {
    list: op.list('/v1/placements'),
    create: op.call('POST', '/v1/placements'),
    get: op.call('GET', '/v1/placements/{id}'),
    recordRetentionCheck: op.call('POST', '/v1/placements/{id}/retention-checks'),
  };
}
