import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import {
  type Consent,
  type ConsentPurposeValue,
  type ConsentScopeValue,
  checksComplete,
  type PublicationItemValue,
} from './consent.js';

/**
 * Why no consent covers a disclosure.
 *
 * @example
 * ```ts
 * ConsentCoverageReason.label('withdrawn', 'ne'); // 'सहमति फिर्ता लिइएको छ'
 * ```
 */
export const ConsentCoverageReason = defineEnum('consent.coverage_reason', {
  none: { en: 'No consent for this purpose', ne: 'यस प्रयोजनका लागि सहमति छैन' },
  wrong_organisation: { en: 'The consent names another organisation', ne: 'सहमतिमा अर्को संस्था तोकिएको छ' },
  not_yet_given: { en: 'The consent was not yet given at that time', ne: 'त्यस समयसम्म सहमति दिइएको थिएन' },
  withdrawn: { en: 'The consent has been withdrawn', ne: 'सहमति फिर्ता लिइएको छ' },
  expired: { en: 'The consent has expired', ne: 'सहमतिको अवधि सकिएको छ' },
  checks_incomplete: {
    en: 'The informed-consent checks are incomplete',
    ne: 'सुसूचित सहमतिका जाँचहरू अपूर्ण छन्',
  },
  item_not_covered: { en: 'The consent does not cover this item', ne: 'सहमतिले यो कुरा समेट्दैन' },
  scope_not_covered: {
    en: 'The sharing consent does not name this in its scope',
    ne: 'साझा गर्ने सहमतिको दायरामा यो उल्लेख छैन',
  },
});
/** One of the {@link ConsentCoverageReason} values. */
export type ConsentCoverageReasonValue = EnumValue<typeof ConsentCoverageReason>;

/** What {@link consentCovers} answers. */
export type ConsentCoverage =
  | {
      readonly covered: true;
      /** The consent that covers the disclosure. */
      readonly consentId: string;
      /** Whether it counts only through an authorised override of incomplete checks. */
      readonly overridden: boolean;
    }
  | {
      readonly covered: false;
      /** Why not, from the consent that came closest (see {@link consentCovers}). */
      readonly reason: ConsentCoverageReasonValue;
      /** The consent that came closest, if any consent for the purpose exists. */
      readonly consentId?: string;
    };

/** The question {@link consentCovers} answers. */
export interface ConsentQuery {
  /**
   * The participant whose data would be disclosed. Only their consents count: another person's consent never
   * covers a disclosure, whatever list it arrives in.
   */
  readonly participantId: string;
  /** Consents to consider (any participants and purposes; those of others are ignored). */
  readonly consents: readonly Consent[];
  /** The purpose of the disclosure. */
  readonly purpose: ConsentPurposeValue;
  /** The organisation that would receive the data (needed for `sharing`; checked for `employer_introduction`). */
  readonly organizationId?: string;
  /** The moment of the disclosure: an ISO instant or a Date. */
  readonly at: string | Date;
  /** For `publication`: the item to publish. */
  readonly item?: PublicationItemValue;
  /** For `sharing`: the scope item to disclose (for example `notes`); unchecked when absent. */
  readonly scope?: ConsentScopeValue;
}

// The order in which a consent is checked. A failing consent "got as far as" the check it failed; the
// reason reported is the one of the consent that got furthest, so the answer names the most useful fix.
const STEPS = [
  'wrong_organisation',
  'not_yet_given',
  'withdrawn',
  'expired',
  'checks_incomplete',
  'item_not_covered',
  'scope_not_covered',
] as const;
type Step = (typeof STEPS)[number];

function firstFailure(c: Consent, q: ConsentQuery, at: number): Step | undefined {
  if (q.purpose === 'sharing' && c.recipientOrganizationId !== q.organizationId) return 'wrong_organisation';
  if (
    q.purpose === 'employer_introduction' &&
    c.recipientOrganizationId !== undefined &&
    c.recipientOrganizationId !== q.organizationId
  )
    return 'wrong_organisation';
  // Written so that an invalid `at` (NaN) fails closed.
  if (!(Date.parse(c.givenAt) <= at)) return 'not_yet_given';
  if (c.withdrawnAt !== undefined && Date.parse(c.withdrawnAt) <= at) return 'withdrawn';
  if (c.expiresAt !== undefined && Date.parse(c.expiresAt) <= at) return 'expired';
  // An override counts only from when it was recorded: one recorded later cannot cover an earlier disclosure.
  if (!checksComplete(c.checks) && !(c.override !== undefined && Date.parse(c.override.at) <= at))
    return 'checks_incomplete';
  if (q.purpose === 'publication' && (q.item === undefined || !(c.publicationItems ?? []).includes(q.item)))
    return 'item_not_covered';
  if (q.purpose === 'sharing' && q.scope !== undefined && !(c.scope ?? []).includes(q.scope))
    return 'scope_not_covered';
  return undefined;
}

/**
 * Answers: does a valid consent of this participant cover this disclosure, to this organisation, for this
 * purpose, at this time? Pure. Consents of other participants are ignored. A consent covers when its purpose
 * matches; for `sharing` it names `organizationId` (for
 * `employer_introduction`, it names no employer or this one); it was given at or before `at` and neither
 * withdrawn nor expired by then; its informed-consent checks are complete (or overridden at or before `at`); and for
 * `publication` it lists `item`. Withdrawal and expiry take effect at their exact instant.
 *
 * When nothing covers, the reason comes from the consent that came closest, checked in the order
 * wrong organisation, not yet given, withdrawn, expired, checks incomplete, item not covered (latest given
 * first on a tie); `none` when no consent of the participant has the purpose.
 *
 * @example
 * ```ts
 * const answer = consentCovers({
 *   participantId: 'pt_0123456789',
 *   consents,
 *   purpose: 'sharing',
 *   organizationId: 'org_abcdefghij',
 *   at: new Date(),
 * });
 * if (!answer.covered) console.log(ConsentCoverageReason.label(answer.reason, 'en'));
 * ```
 */
export function consentCovers(query: ConsentQuery): ConsentCoverage {
  const at = typeof query.at === 'string' ? Date.parse(query.at) : query.at.getTime();
  const candidates = query.consents
    .filter((c) => c.participantId === query.participantId && c.purpose === query.purpose)
    .sort((a, b) => Date.parse(b.givenAt) - Date.parse(a.givenAt));
  let best: { consent: Consent; step: number } | undefined;
  for (const consent of candidates) {
    const failure = firstFailure(consent, query, at);
    if (failure === undefined) {
      return { covered: true, consentId: consent.id, overridden: !checksComplete(consent.checks) };
    }
    const step = STEPS.indexOf(failure);
    if (best === undefined || step > best.step) best = { consent, step };
  }
  if (best === undefined) return { covered: false, reason: 'none' };
  return { covered: false, reason: STEPS[best.step] as Step, consentId: best.consent.id };
}
