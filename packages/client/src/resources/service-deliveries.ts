import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/**
 * Services delivered to participants (counselling, legal aid, health, a stay in shelter), recorded and
 * read by the NGO that registered the participant.
 */
export interface ServiceDeliveriesResource {
  /**
   * Records one (checked against core's schema before it is sent). A `referralId` must be a referral of
   * the same participant that the NGO is party to; `deliveredByUserId` one of its own staff.
   * @example
   * ```ts
   * await client.serviceDeliveries.create({ participantId, serviceType: 'counselling', deliveredOn: '2026-11-21', durationMinutes: 60 });
   * ```
   */
  create(
    body: BodyOf<'createServiceDelivery'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'createServiceDelivery'>>;
  /**
   * One, by id.
   * @example
   * ```ts
   * const delivery = await client.serviceDeliveries.get('svc_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getServiceDelivery'>>;
  /**
   * Those the caller's organisation recorded, all or one participant's.
   * @example
   * ```ts
   * const sessions = await client.serviceDeliveries.list({ participantId }).toArray();
   * ```
   */
  list(
    query?: ListQuery<'listServiceDeliveries'>,
    options?: CallOptions,
  ): Paginator<ItemOf<'listServiceDeliveries'>>;
}

/** Builds {@link ServiceDeliveriesResource} over the transport's operations. */
export function serviceDeliveries(op: Operations): ServiceDeliveriesResource {
  return {
    create: op.call('POST', '/v1/service-deliveries'),
    get: op.call('GET', '/v1/service-deliveries/{id}'),
    list: op.list('/v1/service-deliveries'),
  };
}
