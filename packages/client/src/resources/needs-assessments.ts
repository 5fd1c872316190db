import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** Needs assessments of participants, per domain, recorded by the registering NGO. */
export interface NeedsAssessmentsResource {
  /**
   * Records one (checked against core's schema before it is sent).
   * @example
   * ```ts
   * const created = await client.needsAssessments.create(input);
   * ```
   */
  create(
    body: BodyOf<'createNeedsAssessment'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'createNeedsAssessment'>>;
  /**
   * One, by id.
   * @example
   * ```ts
   * const one = await client.needsAssessments.get(id);
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getNeedsAssessment'>>;
  /**
   * Replaces one (the recording NGO).
   * @example
   * ```ts
   * await client.needsAssessments.update(id, input);
   * ```
   */
  update(
    id: string,
    body: BodyOf<'updateNeedsAssessment'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'updateNeedsAssessment'>>;
  /**
   * Those visible to the caller, e.g. one participant's.
   * @example
   * ```ts
   * for await (const one of client.needsAssessments.list({ participantId })) console.log(one.id);
   * ```
   */
  list(
    query?: ListQuery<'listNeedsAssessments'>,
    options?: CallOptions,
  ): Paginator<ItemOf<'listNeedsAssessments'>>;
}

/** Builds {@link NeedsAssessmentsResource} over the transport's operations. */
export function needsAssessments(op: Operations): NeedsAssessmentsResource {
  return {
    create: op.call('POST', '/v1/needs-assessments'),
    get: op.call('GET', '/v1/needs-assessments/{id}'),
    update: op.call('PUT', '/v1/needs-assessments/{id}'),
    list: op.list('/v1/needs-assessments'),
  };
}
