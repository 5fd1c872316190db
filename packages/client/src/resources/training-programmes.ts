import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/**
 * Training programmes: a training institution records the courses it runs; every partner reads the
 * published ones (they hold no participant data).
 */
export interface TrainingProgrammesResource {
  /**
   * Records a programme the caller's institution runs (`providerOrganizationId` is its own id).
   * @example
   * ```ts
   * const programme = await client.trainingProgrammes.create({ title: 'Tailoring', trade: 'tailoring', providerOrganizationId: myOrgId, district: 'Kaski', startDate: '2026-12-15', endDate: '2027-03-15', totalHours: 390, certificationOffered: true, funders: [], status: 'open', published: true });
   * ```
   */
  create(
    body: BodyOf<'createTrainingProgramme'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'createTrainingProgramme'>>;
  /**
   * One programme.
   * @example
   * ```ts
   * const programme = await client.trainingProgrammes.get('trp_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getTrainingProgramme'>>;
  /**
   * Replaces a programme (the institution that recorded it).
   * @example
   * ```ts
   * await client.trainingProgrammes.update(id, { ...programme, status: 'ongoing' });
   * ```
   */
  update(
    id: string,
    body: BodyOf<'updateTrainingProgramme'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'updateTrainingProgramme'>>;
  /**
   * The programmes visible to the caller, by district, trade, status or provider.
   * @example
   * ```ts
   * for await (const p of client.trainingProgrammes.list({ district: 'Kaski', status: 'open' })) console.log(p.title);
   * ```
   */
  list(
    query?: ListQuery<'listTrainingProgrammes'>,
    options?: CallOptions,
  ): Paginator<ItemOf<'listTrainingProgrammes'>>;
}

/** Builds {@link TrainingProgrammesResource} over the transport's operations. */
export function trainingProgrammes(op: Operations): TrainingProgrammesResource {
  return {
    create: op.call('POST', '/v1/training-programmes'),
    get: op.call('GET', '/v1/training-programmes/{id}'),
    update: op.call('PUT', '/v1/training-programmes/{id}'),
    list: op.list('/v1/training-programmes'),
  };
}
