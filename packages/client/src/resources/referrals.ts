import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** A referral as the caller may see it. */
export type Referral = ResponseOf<'getReferral'>;

/**
 * Referrals between organisations and their life cycle (core's referral machine): `send`, then the
 * receiver's `accept`/`reject`, `start`, `complete`; the sender's `cancel` and `revoke`.
 */
export interface ReferralsResource {
  /**
   * The referrals the caller's organisation sent or received, filtered.
   * @example
   * ```ts
   * for await (const r of client.referrals.list({ status: 'sent' })) console.log(r.id);
   * ```
   */
  list(query?: ListQuery<'listReferrals'>, options?: CallOptions): Paginator<ItemOf<'listReferrals'>>;
  /**
   * Drafts a referral (status `draft`); nothing is shared until `send`.
   * @example
   * ```ts
   * const draft = await client.referrals.create({ participantId, toOrganizationId, serviceType: 'vocational_training', reason: 'Tailoring course' });
   * ```
   */
  create(body: BodyOf<'createReferral'>, options?: CallOptions): Promise<ResponseOf<'createReferral'>>;
  /**
   * One referral.
   * @example
   * ```ts
   * const referral = await client.referrals.get('ref_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<Referral>;
  /**
   * Sends a draft (sender). Needs a sharing consent covering the receiver, else a `ConflictError` with
   * code `consent-required` (or an audited override by a user with `consent.override`).
   * @example
   * ```ts
   * await client.referrals.send(draft.id);
   * ```
   */
  send(id: string, body?: BodyOf<'sendReferral'>, options?: CallOptions): Promise<ResponseOf<'sendReferral'>>;
  /**
   * Accepts a sent referral (receiver).
   * @example
   * ```ts
   * await client.referrals.accept(id);
   * ```
   */
  accept(
    id: string,
    body?: BodyOf<'acceptReferral'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'acceptReferral'>>;
  /**
   * Rejects a sent referral with a reason (receiver).
   * @example
   * ```ts
   * await client.referrals.reject(id, { reason: 'No places in this cohort' });
   * ```
   */
  reject(
    id: string,
    body: BodyOf<'rejectReferral'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'rejectReferral'>>;
  /**
   * Starts the service of an accepted referral (receiver).
   * @example
   * ```ts
   * await client.referrals.start(id);
   * ```
   */
  start(
    id: string,
    body?: BodyOf<'startReferral'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'startReferral'>>;
  /**
   * Completes a referral and reports its outcome (receiver): the closed loop.
   * @example
   * ```ts
   * await client.referrals.complete(id, { outcome: { result: 'service_delivered', summary: 'Finished the course' } });
   * ```
   */
  complete(
    id: string,
    body: BodyOf<'completeReferral'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'completeReferral'>>;
  /**
   * Cancels a referral (sender).
   * @example
   * ```ts
   * await client.referrals.cancel(id, { reason: 'Participant moved district' });
   * ```
   */
  cancel(
    id: string,
    body?: BodyOf<'cancelReferral'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'cancelReferral'>>;
  /**
   * Revokes a referral: the receiver stops seeing the participant at once (sender).
   * @example
   * ```ts
   * await client.referrals.revoke(id, { reason: 'Consent withdrawn' });
   * ```
   */
  revoke(
    id: string,
    body?: BodyOf<'revokeReferral'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'revokeReferral'>>;
}

/** Builds {@link ReferralsResource} over the transport's operations. */
export function referrals(op: Operations): ReferralsResource {
  return {
    list: op.list('/v1/referrals'),
    create: op.call('POST', '/v1/referrals'),
    get: op.call('GET', '/v1/referrals/{id}'),
    send: op.call('POST', '/v1/referrals/{id}/send'),
    accept: op.call('POST', '/v1/referrals/{id}/accept'),
    reject: op.call('POST', '/v1/referrals/{id}/reject'),
    start: op.call('POST', '/v1/referrals/{id}/start'),
    complete: op.call('POST', '/v1/referrals/{id}/complete'),
    cancel: op.call('POST', '/v1/referrals/{id}/cancel'),
    revoke: op.call('POST', '/v1/referrals/{id}/revoke'),
  };
}
