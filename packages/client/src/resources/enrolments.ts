import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/**
 * Enrolments in training programmes: the training institution records those of participants referred to
 * it (from an accepted referral) and their attendance, completion and certification; the referring NGO
 * reads them.
 */
export interface EnrolmentsResource {
  /**
   * Enrols a referred participant. `referralId` must name a referral addressed to the caller, accepted
   * (or in progress, or completed), of that participant; otherwise an `ApiValidationError` (422).
   * @example
   * ```ts
   * const enrolment = await client.enrolments.create({ programmeId, participantId, referralId, enrolledOn: '2026-12-15', status: 'enrolled', attendance: { hoursAttended: 0, sessionsAttended: 0 }, certification: { status: 'pending' } });
   * ```
   */
  create(body: BodyOf<'createEnrolment'>, options?: CallOptions): Promise<ResponseOf<'createEnrolment'>>;
  /**
   * One enrolment.
   * @example
   * ```ts
   * const enrolment = await client.enrolments.get('enr_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getEnrolment'>>;
  /**
   * Replaces an enrolment: attendance, completion, certification (the recording institution).
   * @example
   * ```ts
   * await client.enrolments.update(id, { ...enrolment, status: 'attending', attendance: { hoursAttended: 40, sessionsAttended: 12 } });
   * ```
   */
  update(
    id: string,
    body: BodyOf<'updateEnrolment'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'updateEnrolment'>>;
  /**
   * The enrolments visible to the caller, e.g. those from one referral.
   * @example
   * ```ts
   * const mine = await client.enrolments.list({ referralId }).toArray();
   * ```
   */
  list(query?: ListQuery<'listEnrolments'>, options?: CallOptions): Paginator<ItemOf<'listEnrolments'>>;
}

/** Builds {@link EnrolmentsResource} over the transport's operations. */
export function enrolments(op: Operations): EnrolmentsResource {
  return {
    create: op.call('POST', '/v1/enrolments'),
    get: op.call('GET', '/v1/enrolments/{id}'),
    update: op.call('PUT', '/v1/enrolments/{id}'),
    list: op.list('/v1/enrolments'),
  };
}
