import { todayIso } from './dates.js';
import type { JobOfferStatusValue } from './job-offer-enums.js';
import { JobOfferTransitionError } from './job-offer-transition-error.js';

/**
 * The allowed moves between job-offer statuses. `closed` is final; a `filled` offer may reopen when a
 * placement falls through; a `draft` may be discarded (closed) without ever opening.
 *
 * @example
 * ```ts
 * JOB_OFFER_TRANSITIONS.open; // ['paused', 'filled', 'closed']
 * ```
 */
export const JOB_OFFER_TRANSITIONS: Readonly<Record<JobOfferStatusValue, readonly JobOfferStatusValue[]>> =
  Object.freeze({
    draft: Object.freeze(['open', 'closed'] as const),
    open: Object.freeze(['paused', 'filled', 'closed'] as const),
    paused: Object.freeze(['open', 'filled', 'closed'] as const),
    filled: Object.freeze(['open', 'closed'] as const),
    closed: Object.freeze([] as const),
  });

/**
 * Whether a job offer may move from `from` to `to`.
 *
 * @example
 * ```ts
 * canTransitionJobOffer('draft', 'open'); // true
 * canTransitionJobOffer('closed', 'open'); // false
 * ```
 */
export function canTransitionJobOffer(from: JobOfferStatusValue, to: JobOfferStatusValue): boolean {
  return JOB_OFFER_TRANSITIONS[from].includes(to);
}

/**
 * Moves a job offer to a new status and returns the updated copy; the input is not changed. The first
 * time an offer opens, `postedOn` is set to `options.on`, so the JSON-LD `datePosted` and the minimum
 * wage check use the day it went public.
 *
 * @param options.on - the ISO date of the move @default today (UTC)
 * @throws {@link JobOfferTransitionError} when the move is not allowed
 * @example
 * ```ts
 * const opened = transitionJobOffer(draft, 'open', { on: '2026-11-28' });
 * opened.status; // 'open'
 * opened.postedOn; // '2026-11-28'
 * ```
 */
export function transitionJobOffer<T extends { status: JobOfferStatusValue; postedOn?: string | undefined }>(
  offer: T,
  to: JobOfferStatusValue,
  options: { readonly on?: string } = {},
): T {
  if (!canTransitionJobOffer(offer.status, to)) throw new JobOfferTransitionError(offer.status, to);
  const next: T = { ...offer, status: to };
  if (to === 'open' && !offer.postedOn) next.postedOn = options.on ?? todayIso();
  return next;
}
