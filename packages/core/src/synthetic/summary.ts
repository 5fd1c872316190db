import type { District } from '../geography/index.js';
import {
  EnterpriseStatus,
  type EnterpriseStatusValue,
  JobOfferStatus,
  type JobOfferStatusValue,
  jobOfferWarnings,
  publishableStory,
} from '../livelihood/index.js';
import {
  type Consent,
  ConsentPurpose,
  type ConsentPurposeValue,
  OrganizationRole,
  type OrganizationRoleValue,
  ParticipantCategory,
  type ParticipantCategoryValue,
  ReferralStatus,
  type ReferralStatusValue,
  SupportRequestStatus,
  type SupportRequestStatusValue,
} from '../model/index.js';
import type { SyntheticProgramme } from './programme.js';

/**
 * Counts that describe a synthetic programme, as of its end: what {@link formatProgrammeSummary} prints
 * and what tests and benchmarks check. Every enumeration count lists all values, zeros included.
 *
 * @example
 * ```ts
 * const summary: ProgrammeSummary = summariseProgramme(generateProgramme());
 * summary.referrals.byStatus.completed; // e.g. 301
 * ```
 */
export interface ProgrammeSummary {
  readonly seed: number;
  readonly start: string;
  /** The day after the last day. */
  readonly end: string;
  readonly months: number;
  readonly organizations: { readonly total: number; readonly byRole: Record<OrganizationRoleValue, number> };
  readonly participants: {
    readonly total: number;
    readonly byCategory: Record<ParticipantCategoryValue, number>;
    /** Where participants live now, most first. */
    readonly byCurrentDistrict: Partial<Record<District, number>>;
    /** Where participants come from, most first. */
    readonly byOriginDistrict: Partial<Record<District, number>>;
  };
  readonly consents: {
    readonly total: number;
    readonly byPurpose: Record<ConsentPurposeValue, number>;
    readonly withdrawn: number;
    /** Expired by the end (and not withdrawn). */
    readonly expired: number;
  };
  readonly needsAssessments: number;
  readonly livelihoodPlans: number;
  readonly referrals: {
    readonly total: number;
    readonly byStatus: Record<ReferralStatusValue, number>;
    /** Sent without covering consent, under a recorded override. */
    readonly sentUnderOverride: number;
  };
  readonly serviceDeliveries: number;
  readonly training: {
    readonly programmes: number;
    readonly enrolments: number;
    readonly completed: number;
    readonly certified: number;
  };
  readonly jobOffers: {
    readonly total: number;
    readonly byStatus: Record<JobOfferStatusValue, number>;
    /** Offers whose lowest wage is below the minimum wage (a warning, not an error). */
    readonly belowMinimumWage: number;
  };
  readonly placements: {
    readonly total: number;
    /** Placements that had not ended by the end. */
    readonly active: number;
    /** Per retention month: confirmed retained, confirmed not retained, still pending. */
    readonly retention: Record<
      '1' | '3' | '6' | '12',
      { readonly retained: number; readonly notRetained: number; readonly pending: number }
    >;
  };
  readonly enterprises: {
    readonly total: number;
    readonly byStatus: Record<EnterpriseStatusValue, number>;
    readonly withMarketLinkage: number;
  };
  readonly followUps: {
    readonly total: number;
    /** Participants with at least one follow-up. */
    readonly participants: number;
    /** Participants with two or more follow-ups. */
    readonly comparable: number;
    /** Of those, the ones whose income at the last follow-up is higher than at the first. */
    readonly incomeImproved: number;
    /** Mean monthly income (NPR, rounded) at the first and at the last follow-up of comparable participants. */
    readonly meanFirstIncomeNpr: number;
    readonly meanLastIncomeNpr: number;
  };
  readonly stories: {
    readonly total: number /** Publishable at the end under their consent. */;
    readonly publishable: number;
  };
  readonly supportRequests: {
    readonly total: number;
    readonly byStatus: Record<SupportRequestStatusValue, number>;
  };
}

function counter<V extends string>(values: readonly V[]): Record<V, number> {
  return Object.fromEntries(values.map((v) => [v, 0])) as Record<V, number>;
}

function byCount<K extends string>(items: Iterable<K>): Partial<Record<K, number>> {
  const map = new Map<K, number>();
  for (const k of items) map.set(k, (map.get(k) ?? 0) + 1);
  const sorted = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(sorted) as Partial<Record<K, number>>;
}

/**
 * Counts a programme: organisations by role, participants by category and district, consents, referrals by
 * status, training, job offers, placements and retention, enterprises, follow-ups (and whether income rose),
 * stories and support requests. Linear in the number of records.
 *
 * @example
 * ```ts
 * const summary = summariseProgramme(generateProgramme({ seed: 1 }));
 * summary.organizations.byRole.ngo; // 7
 * ```
 */
export function summariseProgramme(programme: SyntheticProgramme): ProgrammeSummary {
  const end = `${programme.end}T00:00:00Z`;
  const endMs = Date.parse(end);
  const p = programme;

  const byRole = counter(OrganizationRole.values);
  for (const o of p.organizations) byRole[o.role]++;
  const byCategory = counter(ParticipantCategory.values);
  for (const x of p.participants) byCategory[x.category]++;

  const byPurpose = counter(ConsentPurpose.values);
  const consentsOf = new Map<string, Consent[]>();
  let withdrawn = 0;
  let expired = 0;
  for (const c of p.consents) {
    byPurpose[c.purpose]++;
    if (c.withdrawnAt !== undefined) withdrawn++;
    else if (c.expiresAt !== undefined && Date.parse(c.expiresAt) <= endMs) expired++;
    const list = consentsOf.get(c.participantId);
    if (list) list.push(c);
    else consentsOf.set(c.participantId, [c]);
  }

  const referralStatus = counter(ReferralStatus.values);
  let sentUnderOverride = 0;
  for (const r of p.referrals) {
    referralStatus[r.status]++;
    if (r.consentOverride !== undefined) sentUnderOverride++;
  }

  const offerStatus = counter(JobOfferStatus.values);
  let belowMinimumWage = 0;
  for (const o of p.jobOffers) {
    offerStatus[o.status]++;
    // As of the programme's end, never the wall clock: an open offer is judged against the minimum then
    // in force too; any other offer as it was posted.
    const on = o.status === 'open' ? p.end : (o.postedOn ?? o.createdAt.slice(0, 10));
    if (jobOfferWarnings(o, { on }).length > 0) belowMinimumWage++;
  }

  const retention = {
    '1': { retained: 0, notRetained: 0, pending: 0 },
    '3': { retained: 0, notRetained: 0, pending: 0 },
    '6': { retained: 0, notRetained: 0, pending: 0 },
    '12': { retained: 0, notRetained: 0, pending: 0 },
  };
  for (const pl of p.placements)
    for (const c of pl.retention) {
      const slot = retention[String(c.month) as keyof typeof retention];
      if (c.status === 'retained') slot.retained++;
      else if (c.status === 'not_retained') slot.notRetained++;
      else slot.pending++;
    }

  const enterpriseStatus = counter(EnterpriseStatus.values);
  for (const e of p.enterprises) enterpriseStatus[e.status]++;

  const firstLast = new Map<
    string,
    { first: { date: string; income: number }; last: { date: string; income: number } }
  >();
  for (const f of p.followUps) {
    const point = { date: f.date, income: f.monthlyIncomeNpr };
    const seen = firstLast.get(f.participantId);
    if (!seen) firstLast.set(f.participantId, { first: point, last: point });
    else {
      if (point.date < seen.first.date) seen.first = point;
      if (point.date >= seen.last.date) seen.last = point;
    }
  }
  let comparable = 0;
  let incomeImproved = 0;
  let sumFirst = 0;
  let sumLast = 0;
  for (const { first, last } of firstLast.values()) {
    if (first === last) continue;
    comparable++;
    if (last.income > first.income) incomeImproved++;
    sumFirst += first.income;
    sumLast += last.income;
  }

  const requestStatus = counter(SupportRequestStatus.values);
  for (const r of p.supportRequests) requestStatus[r.status]++;

  return {
    seed: p.seed,
    start: p.start,
    end: p.end,
    months: p.months,
    organizations: { total: p.organizations.length, byRole },
    participants: {
      total: p.participants.length,
      byCategory,
      byCurrentDistrict: byCount(p.participants.map((x) => x.currentDistrict)),
      byOriginDistrict: byCount(p.participants.map((x) => x.originDistrict)),
    },
    consents: { total: p.consents.length, byPurpose, withdrawn, expired },
    needsAssessments: p.needsAssessments.length,
    livelihoodPlans: p.livelihoodPlans.length,
    referrals: { total: p.referrals.length, byStatus: referralStatus, sentUnderOverride },
    serviceDeliveries: p.serviceDeliveries.length,
    training: {
      programmes: p.trainingProgrammes.length,
      enrolments: p.enrolments.length,
      completed: p.enrolments.filter((e) => e.status === 'completed').length,
      certified: p.enrolments.filter((e) => e.certification.status === 'certified').length,
    },
    jobOffers: { total: p.jobOffers.length, byStatus: offerStatus, belowMinimumWage },
    placements: {
      total: p.placements.length,
      active: p.placements.filter((x) => x.endedOn === undefined).length,
      retention,
    },
    enterprises: {
      total: p.enterprises.length,
      byStatus: enterpriseStatus,
      withMarketLinkage: p.enterprises.filter((e) => e.marketLinkages.length > 0).length,
    },
    followUps: {
      total: p.followUps.length,
      participants: firstLast.size,
      comparable,
      incomeImproved,
      meanFirstIncomeNpr: comparable === 0 ? 0 : Math.round(sumFirst / comparable),
      meanLastIncomeNpr: comparable === 0 ? 0 : Math.round(sumLast / comparable),
    },
    stories: {
      total: p.stories.length,
      publishable: p.stories.filter((s) => publishableStory(s, consentsOf.get(s.participantId) ?? [], end))
        .length,
    },
    supportRequests: { total: p.supportRequests.length, byStatus: requestStatus },
  };
}
