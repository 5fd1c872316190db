import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** Livelihood plans agreed by counsellor and participant: goals, actions, responsible partners. */
export interface LivelihoodPlansResource {
  /**
   * Records one (checked against core's schema before it is sent).
   * @example
   * ```ts
   * const created = await client.livelihoodPlans.create(input);
   * ```
   */
  create(
    body: BodyOf<'createLivelihoodPlan'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'createLivelihoodPlan'>>;
  /**
   * One, by id.
   * @example
   * ```ts
   * const one = await client.livelihoodPlans.get(id);
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getLivelihoodPlan'>>;
  /**
   * Replaces one (the recording NGO).
   * @example
   * ```ts
   * await client.livelihoodPlans.update(id, input);
   * ```
   */
  update(
    id: string,
    body: BodyOf<'updateLivelihoodPlan'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'updateLivelihoodPlan'>>;
  /**
   * Those visible to the caller, e.g. one participant's.
   * @example
   * ```ts
   * for await (const one of client.livelihoodPlans.list({ participantId })) console.log(one.id);
   * ```
   */
  list(
    query?: ListQuery<'listLivelihoodPlans'>,
    options?: CallOptions,
  ): Paginator<ItemOf<'listLivelihoodPlans'>>;
}

/** Builds {@link LivelihoodPlansResource} over the transport's operations. */
export function livelihoodPlans(op: Operations): LivelihoodPlansResource {
  return {
    create: op.call('POST', '/v1/livelihood-plans'),
    get: op.call('GET', '/v1/livelihood-plans/{id}'),
    update: op.call('PUT', '/v1/livelihood-plans/{id}'),
    list: op.list('/v1/livelihood-plans'),
  };
}
