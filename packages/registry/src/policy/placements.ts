/**
 * The placement rules: the consent a placement needs, and what each party sees of one
 * (docs/decisions/2026-12-06-job-offers-and-placements.md).
 */
import {
  type Consent,
  ConsentCoverageReason,
  consentCovers,
  type Placement,
  toCorporatePlacement,
} from '@nayabato/core';
import { Problem } from '../http/problem.js';
import { type PlacementRow, toPlacement } from '../store/placements.js';

/**
 * Refuses (409 `consent-required`, with core's reason in `errors[0]`) a placement the participant did
 * not consent to: a valid `employer_introduction` consent must cover the offer's company now (core's
 * `consentCovers`: one naming this company, or naming none).
 *
 * @example
 * ```ts
 * requireIntroductionConsent(consents, participantId, offer.org_id); // returns the covering consent's id
 * ```
 */
export function requireIntroductionConsent(
  consents: readonly Consent[],
  participantId: string,
  companyId: string,
): string {
  const coverage = consentCovers({
    participantId,
    consents,
    purpose: 'employer_introduction',
    organizationId: companyId,
    at: new Date(),
  });
  if (coverage.covered) return coverage.consentId;
  throw new Problem(
    'consent-required',
    'No valid employer-introduction consent of the participant covers this company.',
    {
      errors: [
        {
          path: ['participantId'],
          pointer: '/participantId',
          code: coverage.reason,
          message: {
            en: ConsentCoverageReason.label(coverage.reason, 'en'),
            ne: ConsentCoverageReason.label(coverage.reason, 'ne'),
          },
        },
      ],
    },
  );
}

/** The company's view of a placement (see the `CorporatePlacement` schema). */
export interface CorporatePlacementView extends ReturnType<typeof toCorporatePlacement> {
  readonly id: string;
  readonly endedOn?: string;
}

/**
 * The placement as the caller may see it: the recording NGO the whole record; the company whose offer
 * it fills core's corporate view (built field by field, so no field added later leaks) with the id and
 * the end date.
 *
 * @example
 * ```ts
 * c.json(placementView(row)); // for the company: { id, placementCode, jobOfferId, startDate, monthlyWageNpr, retention }
 * ```
 */
export function placementView(row: PlacementRow): Placement | CorporatePlacementView {
  const placement = toPlacement(row);
  if (row.access === 'ngo') return placement;
  return {
    id: placement.id,
    ...toCorporatePlacement(placement),
    ...(placement.endedOn !== undefined ? { endedOn: placement.endedOn } : {}),
  };
}
