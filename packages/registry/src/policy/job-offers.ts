/**
 * Job-offer rules (docs/decisions/2026-12-06-job-offers-and-placements.md): who may change an offer, and
 * what every reader gets with it. Which offers a caller sees is decided in SQL (`store/job-offers.ts`).
 */
import {
  type JobOffer,
  JobOfferInputSchema,
  type JobOfferWarning,
  jobOfferWarnings,
  validate,
} from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { Problem } from '../http/problem.js';
import { findVisibleJobOffer, type JobOfferData, type JobOfferRow, toJobOffer } from '../store/job-offers.js';
import { requireRole } from './require.js';

/**
 * A job offer with core's warnings: every reader gets them, so that an NGO knows an offer pays below
 * the minimum wage before it introduces anyone.
 *
 * @example
 * ```ts
 * c.json(jobOfferView(row)); // { ...offer, warnings: [{ code: 'below_minimum_wage', ... }] }
 * ```
 */
export function jobOfferView(row: JobOfferRow): JobOffer & { warnings: JobOfferWarning[] } {
  const offer = toJobOffer(row);
  return { ...offer, warnings: jobOfferWarnings(offer) };
}

/**
 * The caller's own offer: only a company changes offers (403 otherwise), and only its own (another's is
 * a 404, as one that does not exist).
 *
 * @example
 * ```ts
 * const row = await ownJobOffer(c.var.db, who, id, 'edit job offers');
 * ```
 */
export async function ownJobOffer(
  db: Queryable,
  principal: Principal,
  id: string,
  action: string,
): Promise<JobOfferRow> {
  requireRole(principal, ['corporate'], action);
  const row = await findVisibleJobOffer(db, principal, id);
  if (!row || row.org_id !== principal.orgId)
    throw new Problem('not-found', 'No such job offer is visible to you.');
  return row;
}

/**
 * Refuses (422, core's field issues) an offer that core's schema refuses as a whole, e.g. a
 * `validThrough` before `postedOn` after an edit or when it opens.
 *
 * @example
 * ```ts
 * checkWholeOffer({ ...row.data, ...patch });
 * ```
 */
export function checkWholeOffer(data: JobOfferData): void {
  const result = validate(JobOfferInputSchema, data);
  if (!result.ok)
    throw new Problem('validation-failed', 'The job offer is not valid.', { errors: result.issues });
}
