import { defineMessages } from '../i18n/catalog.js';
import type { LocalizedText } from '../i18n/locale.js';
import {
  AssessmentDomain,
  type AssessmentDomainValue,
  NeedLevel,
  type NeedLevelValue,
  type NeedsAssessment,
} from './needs-assessment.js';
import type { ServiceTypeValue } from './service-type.js';

/** A service type suggested from a needs assessment, with the domain it answers and why. */
export interface ServiceSuggestion {
  readonly serviceType: ServiceTypeValue;
  /** The domain with the highest need that asks for this service. */
  readonly domain: AssessmentDomainValue;
  /** That domain's need level. */
  readonly needLevel: NeedLevelValue;
  /** Why, in English and Nepali, e.g. "High need in Housing". */
  readonly reason: LocalizedText;
}

/**
 * Which services answer a need in each domain: the first is suggested from a `low` need on, the rest from
 * `moderate` on. Exported so that forms can show the mapping.
 *
 * @example
 * ```ts
 * DOMAIN_SERVICES.housing; // ['shelter']
 * ```
 */
export const DOMAIN_SERVICES: Readonly<Record<AssessmentDomainValue, readonly ServiceTypeValue[]>> =
  Object.freeze({
    safety: ['shelter', 'counselling', 'legal_aid'],
    physical_health: ['health'],
    psychosocial_wellbeing: ['counselling'],
    family_and_social_relations: ['family_reintegration', 'counselling'],
    legal_and_documentation: ['citizenship_documentation', 'legal_aid'],
    education_and_skills: ['vocational_training', 'education'],
    livelihood_and_income: ['job_placement', 'enterprise_support', 'financial_literacy'],
    housing: ['shelter'],
  });

const RANK: Record<NeedLevelValue, number> = { none: 0, low: 1, moderate: 2, high: 3, urgent: 4 };

/**
 * The message that explains a suggestion.
 *
 * @example
 * ```ts
 * suggestionMessages.format('reason', 'en', { level: 'High', domain: 'Housing' }); // 'High need in Housing'
 * ```
 */
export const suggestionMessages = defineMessages('needs_assessment.suggestion', {
  reason: { en: '{level} need in {domain}', ne: '{domain}मा {level} आवश्यकता' },
});

/**
 * Suggests referral service types from a needs assessment, purely. Each service appears once, for the domain
 * with the highest need that asks for it; the list is ordered by need (most urgent first), then by the
 * order of {@link AssessmentDomain}. Domains with no need suggest nothing. A suggestion is a prompt for the
 * counsellor and participant to discuss, not a decision.
 *
 * @example
 * ```ts
 * suggestServices({ domains: [{ domain: 'housing', needLevel: 'urgent' }] });
 * // [{ serviceType: 'shelter', domain: 'housing', needLevel: 'urgent', reason: { en: 'Urgent need in Housing', ne: ... } }]
 * ```
 */
export function suggestServices(assessment: Pick<NeedsAssessment, 'domains'>): ServiceSuggestion[] {
  const best = new Map<
    ServiceTypeValue,
    { domain: AssessmentDomainValue; needLevel: NeedLevelValue; order: number }
  >();
  for (const entry of assessment.domains) {
    const rank = RANK[entry.needLevel];
    if (rank === 0) continue;
    const services = DOMAIN_SERVICES[entry.domain];
    const chosen = rank >= RANK.moderate ? services : services.slice(0, 1);
    const order = AssessmentDomain.values.indexOf(entry.domain);
    for (const service of chosen) {
      const current = best.get(service);
      const better =
        !current ||
        rank > RANK[current.needLevel] ||
        (rank === RANK[current.needLevel] && order < current.order);
      if (better) best.set(service, { domain: entry.domain, needLevel: entry.needLevel, order });
    }
  }
  return [...best.entries()]
    .sort(([, a], [, b]) => RANK[b.needLevel] - RANK[a.needLevel] || a.order - b.order)
    .map(([serviceType, { domain, needLevel }]) => ({
      serviceType,
      domain,
      needLevel,
      reason: {
        en: suggestionMessages.format('reason', 'en', {
          level: NeedLevel.label(needLevel, 'en'),
          domain: AssessmentDomain.label(domain, 'en'),
        }),
        ne: suggestionMessages.format('reason', 'ne', {
          level: NeedLevel.label(needLevel, 'ne'),
          domain: AssessmentDomain.label(domain, 'ne'),
        }),
      },
    }));
}
