import { type District, districtName } from '../geography/index.js';
import { defineMessages } from '../i18n/catalog.js';
import { toNepaliDigits } from '../i18n/digits.js';
import type { Locale } from '../i18n/locale.js';
import { EnterpriseStatus, JobOfferStatus } from '../livelihood/index.js';
import {
  OrganizationRole,
  ParticipantCategory,
  ReferralStatus,
  SupportRequestStatus,
} from '../model/index.js';
import { formatNpr } from '../money/index.js';
import type { ProgrammeSummary } from './summary.js';

/**
 * The lines of {@link formatProgrammeSummary}, in English and Nepali.
 *
 * @example
 * ```ts
 * programmeSummaryMessages.format('services', 'en', { total: 12 }); // 'Services delivered: 12'
 * ```
 */
export const programmeSummaryMessages = defineMessages('synthetic.summary', {
  title: {
    en: 'Synthetic programme (seed {seed}), {first} to {last}, {months} months: made-up demonstration data',
    ne: 'कृत्रिम कार्यक्रम (सिड {seed}), {first} देखि {last} सम्म, {months} महिना: प्रदर्शनका लागि बनाइएको काल्पनिक तथ्याङ्क',
  },
  organizations: { en: 'Organisations: {total} ({list})', ne: 'संस्थाहरू: {total} ({list})' },
  participants: {
    en: 'Participants: {total} ({list}); living in {districts}',
    ne: 'सहभागीहरू: {total} ({list}); बसोबास: {districts}',
  },
  other_districts: { en: 'other districts {count}', ne: 'अन्य जिल्ला {count}' },
  consents: {
    en: 'Consents: {total}, of which {withdrawn} withdrawn and {expired} expired',
    ne: 'सहमतिहरू: {total}, जसमध्ये {withdrawn} फिर्ता लिइएका र {expired} म्याद सकिएका',
  },
  plans: {
    en: 'Needs assessments: {assessments}; livelihood plans: {plans}',
    ne: 'आवश्यकता मूल्याङ्कन: {assessments}; जीविकोपार्जन योजना: {plans}',
  },
  referrals: {
    en: 'Referrals: {total} ({list}); sent under an override: {overrides}',
    ne: 'प्रेषणहरू: {total} ({list}); अपवादमा पठाइएका: {overrides}',
  },
  services: { en: 'Services delivered: {total}', ne: 'प्रदान गरिएका सेवाहरू: {total}' },
  training: {
    en: 'Training: {programmes} courses, {enrolments} enrolments, {completed} completed, {certified} certified',
    ne: 'तालिम: {programmes} कोर्स, {enrolments} भर्ना, {completed} पूरा, {certified} प्रमाणित',
  },
  jobs: {
    en: 'Job offers: {total} ({list}); below the minimum wage: {below}',
    ne: 'रोजगार प्रस्तावहरू: {total} ({list}); न्यूनतम पारिश्रमिकभन्दा कम: {below}',
  },
  placements: {
    en: 'Placements: {total}, {active} still employed; retained at 12 months: {retained} of {confirmed} confirmed',
    ne: 'नियुक्तिहरू: {total}, {active} अझै कार्यरत; बाह्र महिनामा कायम: पुष्टि भएका {confirmed} मध्ये {retained}',
  },
  enterprises: {
    en: 'Enterprises: {total} ({list}); with a corporate buyer: {linked}',
    ne: 'उद्यमहरू: {total} ({list}); निजी क्षेत्रको खरिदकर्तासहित: {linked}',
  },
  follow_ups: {
    en: 'Follow-ups: {total} of {participants} participants; income rose for {improved} of {comparable} ({first} to {last} a month on average)',
    ne: 'अनुगमनहरू: {participants} सहभागीका {total}; {comparable} मध्ये {improved} जनाको आय बढ्यो (औसत मासिक {first} बाट {last})',
  },
  stories: {
    en: 'Stories: {total} ({publishable} publishable); support requests to the ministry: {requests} ({list})',
    ne: 'कथाहरू: {total} ({publishable} प्रकाशनयोग्य); मन्त्रालयलाई सहयोग अनुरोध: {requests} ({list})',
  },
});

function lastDay(end: string): string {
  return new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * A short, human-readable account of a programme summary, one line per topic, in English or Nepali (with
 * Devanagari digits). It is what `pnpm start` prints.
 *
 * @param locale - the language @default 'en'
 * @example
 * ```ts
 * console.log(formatProgrammeSummary(summariseProgramme(generateProgramme())));
 * // Synthetic programme (seed 2026), 2024-01-01 to 2025-12-31, 24 months: made-up demonstration data
 * // Organisations: 24 (NGO 7, Training institution 4, ...)
 * ```
 */
export function formatProgrammeSummary(summary: ProgrammeSummary, locale: Locale = 'en'): string {
  const m = programmeSummaryMessages;
  const n = (value: number) => (locale === 'ne' ? toNepaliDigits(value) : String(value));
  const d = (value: string) => (locale === 'ne' ? toNepaliDigits(value) : value);
  const list = <V extends string>(counts: Record<V, number>, label: (v: V) => string) =>
    (Object.entries(counts) as [V, number][])
      .filter(([, c]) => c > 0)
      .map(([v, c]) => `${label(v)} ${n(c)}`)
      .join(', ');
  const s = summary;
  const districts = Object.entries(s.participants.byCurrentDistrict) as [District, number][];
  const top = districts.slice(0, 2);
  const rest = districts.slice(2).reduce((sum, [, c]) => sum + c, 0);
  const livingIn = [
    ...top.map(([dist, c]) => `${districtName(dist, locale)} ${n(c)}`),
    ...(rest > 0 ? [m.format('other_districts', locale, { count: n(rest) })] : []),
  ].join(', ');
  const year = s.placements.retention['12'];
  const lines = [
    m.format('title', locale, {
      seed: n(s.seed),
      first: d(s.start),
      last: d(lastDay(s.end)),
      months: n(s.months),
    }),
    m.format('organizations', locale, {
      total: n(s.organizations.total),
      list: list(s.organizations.byRole, (v) => OrganizationRole.label(v, locale)),
    }),
    m.format('participants', locale, {
      total: n(s.participants.total),
      list: list(s.participants.byCategory, (v) => ParticipantCategory.label(v, locale)),
      districts: livingIn,
    }),
    m.format('consents', locale, {
      total: n(s.consents.total),
      withdrawn: n(s.consents.withdrawn),
      expired: n(s.consents.expired),
    }),
    m.format('plans', locale, { assessments: n(s.needsAssessments), plans: n(s.livelihoodPlans) }),
    m.format('referrals', locale, {
      total: n(s.referrals.total),
      list: list(s.referrals.byStatus, (v) => ReferralStatus.label(v, locale)),
      overrides: n(s.referrals.sentUnderOverride),
    }),
    m.format('services', locale, { total: n(s.serviceDeliveries) }),
    m.format('training', locale, {
      programmes: n(s.training.programmes),
      enrolments: n(s.training.enrolments),
      completed: n(s.training.completed),
      certified: n(s.training.certified),
    }),
    m.format('jobs', locale, {
      total: n(s.jobOffers.total),
      list: list(s.jobOffers.byStatus, (v) => JobOfferStatus.label(v, locale)),
      below: n(s.jobOffers.belowMinimumWage),
    }),
    m.format('placements', locale, {
      total: n(s.placements.total),
      active: n(s.placements.active),
      retained: n(year.retained),
      confirmed: n(year.retained + year.notRetained),
    }),
    m.format('enterprises', locale, {
      total: n(s.enterprises.total),
      list: list(s.enterprises.byStatus, (v) => EnterpriseStatus.label(v, locale)),
      linked: n(s.enterprises.withMarketLinkage),
    }),
    m.format('follow_ups', locale, {
      total: n(s.followUps.total),
      participants: n(s.followUps.participants),
      improved: n(s.followUps.incomeImproved),
      comparable: n(s.followUps.comparable),
      first: formatNpr(s.followUps.meanFirstIncomeNpr, locale),
      last: formatNpr(s.followUps.meanLastIncomeNpr, locale),
    }),
    m.format('stories', locale, {
      total: n(s.stories.total),
      publishable: n(s.stories.publishable),
      requests: n(s.supportRequests.total),
      list: list(s.supportRequests.byStatus, (v) => SupportRequestStatus.label(v, locale)),
    }),
  ];
  return lines.join('\n');
}
