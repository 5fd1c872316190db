import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';
import type { JobOfferStatusValue } from './job-offer-enums.js';

const messages = defineMessages('job-offer.transition-error', {
  invalid_job_offer_transition: {
    en: 'A job offer cannot move from {from} to {to}',
    ne: 'रोजगार प्रस्तावलाई {from} बाट {to} मा लैजान मिल्दैन',
  },
});

/**
 * Thrown by `transitionJobOffer` for a move that `JOB_OFFER_TRANSITIONS` does not allow.
 *
 * @example
 * ```ts
 * try {
 *   transitionJobOffer(offer, 'open');
 * } catch (error) {
 *   if (error instanceof JobOfferTransitionError) console.log(error.code, error.from, error.to);
 * }
 * ```
 */
export class JobOfferTransitionError extends LocalizedError<'invalid_job_offer_transition'> {
  override readonly name = 'JobOfferTransitionError';
  /** The status the offer was in. */
  readonly from: JobOfferStatusValue;
  /** The status asked for. */
  readonly to: JobOfferStatusValue;

  constructor(from: JobOfferStatusValue, to: JobOfferStatusValue) {
    super('invalid_job_offer_transition', messages.localized('invalid_job_offer_transition', { from, to }));
    this.from = from;
    this.to = to;
  }
}
