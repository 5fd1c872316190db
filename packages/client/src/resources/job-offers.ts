import type { JobPostingJsonLd } from '@nayabato/core';
import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/** A job offer with core's warnings (e.g. `below_minimum_wage`). */
export type JobOffer = ResponseOf<'getJobOffer'>;

/**
 * CSR job offers. A company drafts, edits, publishes, pauses and closes its own; open offers are public:
 * a publishable key lists its own organisation's open offers (the job widget's hot path, cached by
 * `ETag`), partner NGOs and training institutions every open offer.
 */
export interface JobOffersResource {
  /**
   * Job offers, filtered, searched and sorted (`newest`, `closing`, `wage`).
   * @example
   * ```ts
   * for await (const offer of client.jobOffers.list({ district: 'Kaski', q: 'cook', sort: 'closing' })) console.log(offer.title);
   * ```
   */
  list(query?: ListQuery<'listJobOffers'>, options?: CallOptions): Paginator<ItemOf<'listJobOffers'>>;
  /**
   * Drafts an offer (a company); the answer carries core's warnings.
   * @example
   * ```ts
   * const draft = await client.jobOffers.create({ title: 'Kitchen assistant', description: '…', trade: 'hospitality_cooking', skills: [], district: 'Kaski', employmentType: 'FULL_TIME', wage: { minMonthlyNpr: 21000, maxMonthlyNpr: 25000 }, openings: 2, trainingProvided: true, accommodationProvided: false, transportProvided: false });
   * ```
   */
  create(body: BodyOf<'createJobOffer'>, options?: CallOptions): Promise<ResponseOf<'createJobOffer'>>;
  /**
   * One offer.
   * @example
   * ```ts
   * const offer = await client.jobOffers.get('job_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<JobOffer>;
  /**
   * Changes an offer (its company); the status moves only through publish, pause and close.
   * @example
   * ```ts
   * await client.jobOffers.update(id, { openings: 3 });
   * ```
   */
  update(
    id: string,
    body: BodyOf<'updateJobOffer'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'updateJobOffer'>>;
  /**
   * Opens the offer to the public (`postedOn` is set the first time).
   * @example
   * ```ts
   * await client.jobOffers.publish(id);
   * ```
   */
  publish(
    id: string,
    body?: BodyOf<'publishJobOffer'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'publishJobOffer'>>;
  /**
   * Pauses an open offer; `publish` reopens it.
   * @example
   * ```ts
   * await client.jobOffers.pause(id);
   * ```
   */
  pause(
    id: string,
    body?: BodyOf<'pauseJobOffer'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'pauseJobOffer'>>;
  /**
   * Closes the offer for good. A move core's machine refuses is a `ConflictError` (`invalid-transition`).
   * @example
   * ```ts
   * await client.jobOffers.close(id);
   * ```
   */
  close(
    id: string,
    body?: BodyOf<'closeJobOffer'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'closeJobOffer'>>;
  /**
   * The offer as schema.org `JobPosting` JSON-LD, for a `<script type="application/ld+json">` (serialise
   * it with core's `jobPostingScriptText`).
   * @example
   * ```ts
   * script.textContent = jobPostingScriptText(await client.jobOffers.jobPosting(id));
   * ```
   */
  jobPosting(id: string, options?: CallOptions): Promise<JobPostingJsonLd>;
}

/** Builds {@link JobOffersResource} over the transport's operations. */
export function jobOffers(op: Operations): JobOffersResource {
  return {
    list: op.list('/v1/job-offers'),
    create: op.call('POST', '/v1/job-offers'),
    get: op.call('GET', '/v1/job-offers/{id}'),
    update: op.call('PATCH', '/v1/job-offers/{id}'),
    publish: op.call('POST', '/v1/job-offers/{id}/publish'),
    pause: op.call('POST', '/v1/job-offers/{id}/pause'),
    close: op.call('POST', '/v1/job-offers/{id}/close'),
    jobPosting: op.call('GET', '/v1/job-offers/{id}/job-posting'),
  };
}
