import type { LocalizedText } from '../i18n/index.js';
import { minimumMonthlyWageOn } from '../money/index.js';
import type {
  IndicatorEnterprise,
  IndicatorFollowUp,
  IndicatorParticipant,
  IndicatorPlacement,
} from './records.js';
import { addMonths, dayOf } from './records.js';
import {
  RETRAFFICKING_RISK_RULES,
  RISK_LEVEL_THRESHOLDS,
  type RiskConcernKind,
  RiskFactor,
  type RiskFactorCode,
  type RiskLevelValue,
} from './risk-rules.js';

/**
 * What the risk rules read about one participant. Model records are assignable to each part.
 *
 * @example
 * ```ts
 * const input: RiskInput = { participant, followUps, placements, enterprises, concerns: [{ kind: 'debt', observedOn: '2026-10-01' }] };
 * ```
 */
export interface RiskInput {
  readonly participant: Pick<
    IndicatorParticipant,
    'id' | 'createdAt' | 'citizenshipCertificate' | 'shelterStatus' | 'exploitationHistory'
  >;
  readonly followUps?: readonly IndicatorFollowUp[];
  readonly placements?: readonly IndicatorPlacement[];
  readonly enterprises?: readonly IndicatorEnterprise[];
  /** Concerns a counsellor recorded (see {@link RiskConcern}), each with the day it was observed. */
  readonly concerns?: readonly {
    readonly kind: RiskConcernKind;
    readonly observedOn: string;
    readonly recordId?: string | undefined;
  }[];
}

/**
 * Options of {@link assessRetraffickingRisk}.
 *
 * @example
 * ```ts
 * const options: RiskOptions = { at: '2026-11-28', followUpGapMonths: 3 };
 * ```
 */
export interface RiskOptions {
  /** The day of the assessment (ISO date); records after it are ignored. */
  readonly at: string;
  /**
   * A monthly income at or above this is sustainable.
   * @default the minimum monthly wage in force on `at`
   */
  readonly incomeThresholdNpr?: number;
  /**
   * Months without a follow-up after which `no_recent_follow_up` applies.
   * @default 3
   */
  readonly followUpGapMonths?: number;
  /**
   * How far back (months) a concern or a lost job counts as recent.
   * @default 6
   */
  readonly recentMonths?: number;
}

/**
 * Where a factor came from: the kind of record, its id when it has one, and the fields read. Never the
 * values themselves.
 *
 * @example
 * ```ts
 * const source: RiskFactorSource = { record: 'followUp', id: 'fu_0123456789', fields: ['monthlyIncomeNpr'], date: '2026-10-15' };
 * ```
 */
export interface RiskFactorSource {
  readonly record: 'participant' | 'followUp' | 'placement' | 'enterprise' | 'concern' | 'none';
  readonly id?: string;
  readonly fields: readonly string[];
  /** The date of the record read, when it has one. */
  readonly date?: string;
}

/**
 * One factor that raised the risk.
 *
 * @example
 * ```ts
 * const f: RiskFactorFound = {
 *   code: 'debt', weight: 3, text: { en: 'Debt', ne: 'ऋण' },
 *   source: { record: 'concern', fields: ['kind', 'observedOn'], date: '2026-10-01' },
 * };
 * ```
 */
export interface RiskFactorFound {
  readonly code: RiskFactorCode;
  readonly weight: number;
  readonly text: LocalizedText;
  readonly source: RiskFactorSource;
}

/**
 * The outcome of {@link assessRetraffickingRisk}.
 *
 * @example
 * ```ts
 * const { level, factors } = assessRetraffickingRisk(input, { at: '2026-11-28' });
 * ```
 */
export interface RiskAssessment {
  readonly level: RiskLevelValue;
  /** The sum of the weights of `factors`. */
  readonly score: number;
  /** The factors found, heaviest first. */
  readonly factors: readonly RiskFactorFound[];
  readonly at: string;
  readonly incomeThresholdNpr: number;
}

type Found = { code: RiskFactorCode; source: RiskFactorSource };

const latest = <T>(items: readonly T[], dateOf: (t: T) => string): T | undefined =>
  items.reduce<T | undefined>((best, t) => (!best || dateOf(t) > dateOf(best) ? t : best), undefined);

/**
 * Assesses a participant's risk of being trafficked again with transparent rules: each factor found adds
 * its weight ({@link RETRAFFICKING_RISK_RULES}); a score of 3 or more is medium, 6 or more high. The
 * result lists every factor with its code, English and Nepali text, weight and the record it came from,
 * so staff can see and challenge why. It is a prompt for a conversation, never a decision about a person.
 *
 * @param input - the participant and their follow-ups, placements, enterprises and recorded concerns
 * @param options - the day of the assessment and the thresholds
 * @example
 * ```ts
 * const result = assessRetraffickingRisk(
 *   { participant: { id: 'pt_0123456789', citizenshipCertificate: { status: 'no' } }, concerns: [{ kind: 'debt', observedOn: '2026-11-01' }] },
 *   { at: '2026-11-28' },
 * );
 * result.level; // 'high' (no certificate 2 + debt 3 + no sustainable income 3)
 * ```
 */
export function assessRetraffickingRisk(input: RiskInput, options: RiskOptions): RiskAssessment {
  const at = options.at;
  const threshold = options.incomeThresholdNpr ?? minimumMonthlyWageOn(at);
  const gap = options.followUpGapMonths ?? 3;
  const recentSince = addMonths(at, -(options.recentMonths ?? 6));
  const p = input.participant;
  const followUps = (input.followUps ?? []).filter((f) => f.date <= at);
  const placements = (input.placements ?? []).filter((x) => x.startDate <= at);
  const enterprises = (input.enterprises ?? []).filter((e) => e.startDate <= at);
  const concerns = (input.concerns ?? []).filter((c) => c.observedOn <= at && c.observedOn >= recentSince);
  const last = latest(followUps, (f) => f.date);
  const lastSource = (fields: string[]): RiskFactorSource =>
    last
      ? { record: 'followUp', ...(last.id ? { id: last.id } : {}), fields, date: last.date }
      : { record: 'none', fields };
  const found: Found[] = [];
  const concern = (kind: RiskConcernKind) =>
    latest(
      concerns.filter((c) => c.kind === kind),
      (c) => c.observedOn,
    );
  const fromConcern = (c: NonNullable<RiskInput['concerns']>[number]): RiskFactorSource => ({
    record: 'concern',
    ...(c.recordId ? { id: c.recordId } : {}),
    fields: ['kind', 'observedOn'],
    date: c.observedOn,
  });

  for (const kind of ['recent_exploitation', 'debt', 'family_pressure_to_migrate'] as const) {
    const c = concern(kind);
    if (c) found.push({ code: kind, source: fromConcern(c) });
  }

  const current = placements.filter((x) => !x.endedOn || x.endedOn > at);
  const paidJob = current.find((x) => x.monthlyWageNpr >= threshold);
  const operating = enterprises.filter((e) => e.status === 'operating');
  const recentRecords = (e: IndicatorEnterprise) =>
    [...e.monthlyRecords]
      .filter((r) => r.month <= at.slice(0, 7))
      .sort((a, b) => (a.month < b.month ? 1 : -1));
  const earningEnterprise = operating.find((e) => (recentRecords(e)[0]?.profitNpr ?? -1) >= threshold);
  if ((!last || last.monthlyIncomeNpr < threshold) && !paidJob && !earningEnterprise) {
    found.push({ code: 'no_sustainable_income', source: lastSource(['monthlyIncomeNpr']) });
  }

  const citizenship = p.citizenshipCertificate?.status;
  if (citizenship === 'no' || citizenship === 'in_process') {
    found.push({
      code: citizenship === 'no' ? 'no_citizenship_certificate' : 'citizenship_in_process',
      source: { record: 'participant', id: p.id, fields: ['citizenshipCertificate.status'] },
    });
  }

  const rejected = concern('social_rejection');
  if (rejected) found.push({ code: 'social_rejection', source: fromConcern(rejected) });
  else if (last?.socialScore !== undefined && last.socialScore <= 2) {
    found.push({ code: 'social_rejection', source: lastSource(['socialScore']) });
  }

  if (p.shelterStatus === 'no_stable_housing') {
    found.push({
      code: 'no_stable_housing',
      source: { record: 'participant', id: p.id, fields: ['shelterStatus'] },
    });
  }

  const lostJob = latest(
    placements.filter((x) => x.endedOn && x.endedOn <= at && x.endedOn >= recentSince),
    (x) => x.endedOn ?? '',
  );
  if (lostJob && current.length === 0) {
    found.push({
      code: 'job_lost',
      source: {
        record: 'placement',
        ...(lostJob.id ? { id: lostJob.id } : {}),
        fields: ['endedOn'],
        date: lostJob.endedOn!,
      },
    });
  }

  const registered = p.createdAt ? dayOf(p.createdAt) : undefined;
  const gapStart = addMonths(at, -gap);
  if ((!last || last.date < gapStart) && (!registered || registered < gapStart)) {
    found.push({ code: 'no_recent_follow_up', source: lastSource(['date']) });
  }

  if (enterprises.length > 0) {
    const struggling =
      operating.length === 0
        ? latest(enterprises, (e) => e.startDate)
        : operating.find((e) => {
            const records = recentRecords(e).slice(0, 3);
            return records.length === 3 && records.every((r) => r.profitNpr <= 0);
          });
    const allStruggle = operating.length === 0 || operating.every((e) => e === struggling);
    if (struggling && allStruggle) {
      found.push({
        code: 'enterprise_struggling',
        source: {
          record: 'enterprise',
          ...(struggling.id ? { id: struggling.id } : {}),
          fields: operating.length === 0 ? ['status'] : ['monthlyRecords.profitNpr'],
        },
      });
    }
  }

  if (p.exploitationHistory?.methodsOfControl.includes('debt_bondage')) {
    found.push({
      code: 'past_debt_bondage',
      source: { record: 'participant', id: p.id, fields: ['exploitationHistory.methodsOfControl'] },
    });
  }

  if (last?.psychosocialScore !== undefined && last.psychosocialScore <= 2) {
    found.push({ code: 'low_psychosocial_wellbeing', source: lastSource(['psychosocialScore']) });
  }

  const rank = (code: RiskFactorCode) => RETRAFFICKING_RISK_RULES.findIndex((r) => r.code === code);
  // Heaviest first; equal weights in the order of the rules, so the output is stable.
  const factors = found
    .map(({ code, source }) => ({
      code,
      weight: RETRAFFICKING_RISK_RULES[rank(code)]?.weight ?? 0,
      text: RiskFactor.labels.localized(code),
      source,
    }))
    .sort((a, b) => b.weight - a.weight || rank(a.code) - rank(b.code));
  const score = factors.reduce((s, f) => s + f.weight, 0);
  const level: RiskLevelValue =
    score >= RISK_LEVEL_THRESHOLDS.high ? 'high' : score >= RISK_LEVEL_THRESHOLDS.medium ? 'medium' : 'low';
  return { level, score, factors, at, incomeThresholdNpr: threshold };
}
