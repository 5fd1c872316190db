import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/**
 * Follow-ups of participants (income, living situation, family reintegration), recorded by the NGO that
 * registered the participant and read by it, and by an NGO holding an active referral while the
 * participant's sharing consent names `follow_ups` (their `notes` only when it names `notes` too).
 */
export interface FollowUpsResource {
  /**
   * Records one (checked against core's schema before it is sent).
   * @example
   * ```ts
   * await client.followUps.create({ participantId, date: '2026-11-20', monthlyIncomeNpr: 18000, livingIndependently: true, reintegratedWithFamily: false, supportingFamily: true, inShelter: false });
   * ```
   */
  create(body: BodyOf<'createFollowUp'>, options?: CallOptions): Promise<ResponseOf<'createFollowUp'>>;
  /**
   * One, by id.
   * @example
   * ```ts
   * const followUp = await client.followUps.get('fu_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getFollowUp'>>;
  /**
   * Those the caller's organisation recorded or receives by consent scope, all or one participant's.
   * @example
   * ```ts
   * for await (const f of client.followUps.list({ participantId })) console.log(f.date, f.monthlyIncomeNpr);
   * ```
   */
  list(query?: ListQuery<'listFollowUps'>, options?: CallOptions): Paginator<ItemOf<'listFollowUps'>>;
}

/** Builds {@link FollowUpsResource} over the transport's operations. */
export function followUps(op: Operations): FollowUpsResource {
  return {
    create: op.call('POST', '/v1/follow-ups'),
    get: op.call('GET', '/v1/follow-ups/{id}'),
    list: op.list('/v1/follow-ups'),
  };
}
