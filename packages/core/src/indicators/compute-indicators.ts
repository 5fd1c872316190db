import { type District, type ProvinceCode, provinceOfDistrict } from '../geography/index.js';
import { minimumMonthlyWageOn } from '../money/index.js';
import { isEconomicallyRehabilitated } from './economic-rehabilitation.js';
import {
  byParticipant,
  dayOf,
  type IndicatorEnrolment,
  type IndicatorEnterprise,
  type IndicatorFollowUp,
  type IndicatorParticipant,
  type IndicatorPlacement,
  type IndicatorReferral,
} from './records.js';

/**
 * The records indicators are computed over, already limited to the caller's scope.
 *
 * @example
 * ```ts
 * const records: IndicatorRecords = { participants, followUps, placements, enterprises, enrolments, referrals };
 * ```
 */
export interface IndicatorRecords {
  readonly participants: readonly IndicatorParticipant[];
  readonly followUps?: readonly IndicatorFollowUp[];
  readonly placements?: readonly IndicatorPlacement[];
  readonly enterprises?: readonly IndicatorEnterprise[];
  readonly enrolments?: readonly IndicatorEnrolment[];
  readonly referrals?: readonly IndicatorReferral[];
}

/**
 * Options of {@link computeIndicators}.
 *
 * @example
 * ```ts
 * const options: IndicatorOptions = { period: { from: '2026-07-17', to: '2027-07-16' } };
 * ```
 */
export interface IndicatorOptions {
  /** The period, as inclusive ISO dates. Outcomes are taken as they stand on `to`. */
  readonly period: { readonly from: string; readonly to: string };
  /**
   * The monthly income that counts as sustainable.
   * @default the minimum monthly wage in force on `period.to`
   */
  readonly incomeThresholdNpr?: number;
  /**
   * For how many months an income, job or enterprise must last to count as economic rehabilitation.
   * @default 3
   */
  readonly sustainedMonths?: number;
  /**
   * Which district of a participant places them (and their records) in a district.
   * @default 'currentDistrict'
   */
  readonly districtField?: 'currentDistrict' | 'originDistrict';
}

/**
 * Counts of the retention checkpoints of one month that fell due in the period.
 *
 * @example
 * ```ts
 * const r: RetentionCounts = { due: 10, retained: 7, notRetained: 2, pending: 1 };
 * ```
 */
export interface RetentionCounts {
  readonly due: number;
  readonly retained: number;
  readonly notRetained: number;
  readonly pending: number;
}

/**
 * The indicators of one area (a district, a province or the whole scope) over one period.
 * See `docs/indicators.md` for every definition.
 *
 * @example
 * ```ts
 * const values: IndicatorValues | undefined = report.byDistrict.Sindhupalchok;
 * ```
 */
export interface IndicatorValues {
  readonly participantsSupported: number;
  /** Among those supported. */
  readonly economicallyRehabilitated: number;
  /** Among those supported, at their latest follow-up. */
  readonly livingIndependently: number;
  /** Among those supported, at their latest follow-up. */
  readonly reintegrated: number;
  /** Retention checkpoints at 3, 6 and 12 months that fell due in the period. */
  readonly retention: {
    readonly 3: RetentionCounts;
    readonly 6: RetentionCounts;
    readonly 12: RetentionCounts;
  };
  /** Enterprises started by the end of the period, and those of them operating. */
  readonly enterprisesStarted: number;
  readonly enterprisesOperating: number;
  readonly trainingsCompleted: number;
  readonly referrals: {
    readonly sent: number;
    readonly accepted: number;
    readonly completed: number;
    /** Median days from sent to accepted, to 0.1 day; `null` when none was accepted. */
    readonly medianDaysToAccept: number | null;
  };
  readonly seedFunding: {
    /** Enterprises whose seed support was provided in the period. */
    readonly enterprisesSeeded: number;
    /** Grants plus the declared value of in-kind support, in NPR. */
    readonly totalNpr: number;
    readonly seededOperating: number;
    /** Owners of seeded enterprises economically rehabilitated at the end of the period. */
    readonly seededOwnersRehabilitated: number;
  };
}

/**
 * The indicators of {@link computeIndicators}: by district, by province and in total.
 *
 * @example
 * ```ts
 * report.byProvince['NP-P3']?.participantsSupported;
 * ```
 */
export interface IndicatorReport {
  readonly period: { readonly from: string; readonly to: string };
  readonly incomeThresholdNpr: number;
  readonly sustainedMonths: number;
  readonly byDistrict: Readonly<Partial<Record<District, IndicatorValues>>>;
  readonly byProvince: Readonly<Partial<Record<ProvinceCode, IndicatorValues>>>;
  readonly total: IndicatorValues;
}

/** A mutable tally; the medians need the raw durations, so they are kept until the end. */
interface Tally {
  supported: number;
  rehabilitated: number;
  independent: number;
  reintegrated: number;
  retention: Record<3 | 6 | 12, { due: number; retained: number; notRetained: number; pending: number }>;
  started: number;
  operating: number;
  trainings: number;
  sent: number;
  accepted: number;
  completed: number;
  daysToAccept: number[];
  seeded: number;
  seedNpr: number;
  seededOperating: number;
  seededRehabilitated: number;
}

const RETENTION_MONTHS = [3, 6, 12] as const;
const emptyRetention = () => ({ due: 0, retained: 0, notRetained: 0, pending: 0 });
const emptyTally = (): Tally => ({
  supported: 0,
  rehabilitated: 0,
  independent: 0,
  reintegrated: 0,
  retention: { 3: emptyRetention(), 6: emptyRetention(), 12: emptyRetention() },
  started: 0,
  operating: 0,
  trainings: 0,
  sent: 0,
  accepted: 0,
  completed: 0,
  daysToAccept: [],
  seeded: 0,
  seedNpr: 0,
  seededOperating: 0,
  seededRehabilitated: 0,
});

function add(into: Tally, t: Tally): void {
  for (const key of Object.keys(t) as (keyof Tally)[]) {
    if (key === 'retention') {
      for (const m of RETENTION_MONTHS) {
        for (const k of ['due', 'retained', 'notRetained', 'pending'] as const)
          into.retention[m][k] += t.retention[m][k];
      }
    } else if (key === 'daysToAccept') into.daysToAccept.push(...t.daysToAccept);
    else into[key] += t[key];
  }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const m = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.round(m * 10) / 10;
}

function toValues(t: Tally): IndicatorValues {
  return {
    participantsSupported: t.supported,
    economicallyRehabilitated: t.rehabilitated,
    livingIndependently: t.independent,
    reintegrated: t.reintegrated,
    retention: { 3: { ...t.retention[3] }, 6: { ...t.retention[6] }, 12: { ...t.retention[12] } },
    enterprisesStarted: t.started,
    enterprisesOperating: t.operating,
    trainingsCompleted: t.trainings,
    referrals: {
      sent: t.sent,
      accepted: t.accepted,
      completed: t.completed,
      medianDaysToAccept: median(t.daysToAccept),
    },
    seedFunding: {
      enterprisesSeeded: t.seeded,
      totalNpr: t.seedNpr,
      seededOperating: t.seededOperating,
      seededOwnersRehabilitated: t.seededRehabilitated,
    },
  };
}

/**
 * Computes the programme's indicators over records, by district, by province and in total, for one
 * period. Records of participants not in `records.participants` are left out. Every definition is in
 * `docs/indicators.md`. Feed the result to {@link publishIndicators} before it leaves the registry.
 *
 * @param records - participants and their follow-ups, placements, enterprises, enrolments and referrals
 * @param options - the period and the thresholds
 * @example
 * ```ts
 * const report = computeIndicators(records, { period: { from: '2026-01-01', to: '2026-12-31' } });
 * report.total.economicallyRehabilitated;
 * ```
 */
export function computeIndicators(records: IndicatorRecords, options: IndicatorOptions): IndicatorReport {
  const { from, to } = options.period;
  const rule = {
    incomeThresholdNpr: options.incomeThresholdNpr ?? minimumMonthlyWageOn(to),
    sustainedMonths: options.sustainedMonths ?? 3,
  };
  const field = options.districtField ?? 'currentDistrict';
  const inPeriod = (d: string | undefined) => d !== undefined && d >= from && d <= to;
  const followUps = byParticipant(records.followUps ?? []);
  const placements = byParticipant(records.placements ?? []);
  const enterprises = byParticipant(records.enterprises ?? []);
  const enrolments = byParticipant(records.enrolments ?? []);
  const referrals = byParticipant(records.referrals ?? []);
  const byDistrict = new Map<District, Tally>();

  for (const p of records.participants) {
    if (p.createdAt && dayOf(p.createdAt) > to) continue;
    const t = emptyTally();
    const fus = followUps.get(p.id) ?? [];
    const pls = placements.get(p.id) ?? [];
    const ents = enterprises.get(p.id) ?? [];
    const ens = enrolments.get(p.id) ?? [];
    const refs = referrals.get(p.id) ?? [];
    const rehabilitated = isEconomicallyRehabilitated(
      { followUps: fus, placements: pls, enterprises: ents },
      to,
      rule,
    );
    const supported =
      inPeriod(p.createdAt && dayOf(p.createdAt)) ||
      fus.some((f) => inPeriod(f.date)) ||
      refs.some((r) => inPeriod(r.sentAt && dayOf(r.sentAt))) ||
      ens.some((e) => inPeriod(e.enrolledOn) || inPeriod(e.completedOn)) ||
      pls.some((x) => x.startDate <= to && (!x.endedOn || x.endedOn >= from)) ||
      ents.some(
        (e) =>
          e.startDate <= to &&
          (inPeriod(e.startDate) || e.monthlyRecords.some((r) => inPeriod(`${r.month}-15`))),
      );
    if (supported) {
      t.supported = 1;
      const latest = fus
        .filter((f) => f.date <= to)
        .reduce<IndicatorFollowUp | undefined>(
          (best, f) => (!best || f.date > best.date ? f : best),
          undefined,
        );
      t.rehabilitated = rehabilitated ? 1 : 0;
      t.independent = latest?.livingIndependently ? 1 : 0;
      t.reintegrated = latest?.reintegratedWithFamily ? 1 : 0;
    }
    for (const x of pls) {
      for (const c of x.retention) {
        if (!(c.month === 3 || c.month === 6 || c.month === 12) || !inPeriod(c.dueOn)) continue;
        const r = t.retention[c.month];
        r.due++;
        if (c.status === 'retained') r.retained++;
        else if (c.status === 'not_retained') r.notRetained++;
        else r.pending++;
      }
    }
    for (const e of ents) {
      if (e.startDate > to) continue;
      t.started++;
      if (e.status === 'operating') t.operating++;
      const seed = e.seedSupport;
      if (seed && inPeriod(seed.providedOn ?? e.startDate)) {
        t.seeded++;
        t.seedNpr += seed.grantNpr + seed.inKind.reduce((s, i) => s + (i.valueNpr ?? 0), 0);
        if (e.status === 'operating') t.seededOperating++;
        if (rehabilitated) t.seededRehabilitated++;
      }
    }
    t.trainings = ens.filter((e) => e.status === 'completed' && inPeriod(e.completedOn)).length;
    for (const r of refs) {
      if (!r.sentAt || !inPeriod(dayOf(r.sentAt))) continue;
      t.sent++;
      // The funnel as it stood at the end of the period: later acceptances and completions do not count.
      const byEnd = (d: string | undefined) => (d && dayOf(d) <= to ? d : undefined);
      const completedAt = byEnd(r.completedAt);
      const acceptedAt = byEnd(r.acceptedAt) ?? completedAt;
      if (acceptedAt) {
        t.accepted++;
        t.daysToAccept.push((Date.parse(acceptedAt) - Date.parse(r.sentAt)) / 86_400_000);
      }
      if (completedAt) t.completed++;
    }
    const district = p[field];
    const tally = byDistrict.get(district) ?? emptyTally();
    add(tally, t);
    byDistrict.set(district, tally);
  }

  const byProvince = new Map<ProvinceCode, Tally>();
  const total = emptyTally();
  for (const [district, t] of byDistrict) {
    const code = provinceOfDistrict(district).code;
    const tally = byProvince.get(code) ?? emptyTally();
    add(tally, t);
    byProvince.set(code, tally);
    add(total, t);
  }
  const mapValues = <K extends string>(m: Map<K, Tally>) =>
    Object.fromEntries([...m].map(([k, t]) => [k, toValues(t)])) as Partial<Record<K, IndicatorValues>>;
  return {
    period: { from, to },
    incomeThresholdNpr: rule.incomeThresholdNpr,
    sustainedMonths: rule.sustainedMonths,
    byDistrict: mapValues(byDistrict),
    byProvince: mapValues(byProvince),
    total: toValues(total),
  };
}
