import type { IndicatorEnterprise, IndicatorFollowUp, IndicatorPlacement } from './records.js';
import { addMonths } from './records.js';

/**
 * The thresholds of {@link isEconomicallyRehabilitated}.
 *
 * @example
 * ```ts
 * const rule: RehabilitationRule = { incomeThresholdNpr: 19550, sustainedMonths: 3 };
 * ```
 */
export interface RehabilitationRule {
  /** A monthly income (or wage, or enterprise profit) at or above this is sustainable. */
  readonly incomeThresholdNpr: number;
  /** For how many months it must have lasted. */
  readonly sustainedMonths: number;
}

/**
 * Whether a participant is economically rehabilitated on day `at` (see `docs/indicators.md`): any of
 *
 * - follow-ups: the latest follow-up on or before `at` and every one before it back to a follow-up at
 *   least `sustainedMonths` months earlier show a monthly income at or above the threshold;
 * - a job: a placement still current on `at`, started at least `sustainedMonths` months before, with a
 *   wage at or above the threshold;
 * - an enterprise: operating, started at least `sustainedMonths` months before `at`, whose last
 *   `sustainedMonths` monthly records up to `at` are consecutive months, each with a profit at or above
 *   the threshold.
 *
 * @example
 * ```ts
 * isEconomicallyRehabilitated(
 *   { followUps: [{ date: '2026-05-01', monthlyIncomeNpr: 21000 }, { date: '2026-08-01', monthlyIncomeNpr: 22000 }] },
 *   '2026-09-01',
 *   { incomeThresholdNpr: 19550, sustainedMonths: 3 },
 * ); // true
 * ```
 */
export function isEconomicallyRehabilitated(
  records: {
    readonly followUps?: readonly Pick<IndicatorFollowUp, 'date' | 'monthlyIncomeNpr'>[];
    readonly placements?: readonly Pick<IndicatorPlacement, 'startDate' | 'endedOn' | 'monthlyWageNpr'>[];
    readonly enterprises?: readonly Pick<IndicatorEnterprise, 'startDate' | 'status' | 'monthlyRecords'>[];
  },
  at: string,
  rule: RehabilitationRule,
): boolean {
  const { incomeThresholdNpr: threshold, sustainedMonths: months } = rule;
  const since = addMonths(at, -months);
  const followUps = (records.followUps ?? [])
    .filter((f) => f.date <= at)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  let runStart: string | undefined;
  for (const f of followUps) {
    if (f.monthlyIncomeNpr < threshold) break;
    runStart = f.date;
  }
  const latest = followUps[0];
  if (latest && runStart && addMonths(runStart, months) <= latest.date) return true;

  const job = (records.placements ?? []).some(
    (p) => p.startDate <= since && (!p.endedOn || p.endedOn > at) && p.monthlyWageNpr >= threshold,
  );
  if (job) return true;

  const month = at.slice(0, 7);
  return (records.enterprises ?? []).some((e) => {
    if (e.status !== 'operating' || e.startDate > since) return false;
    const recent = e.monthlyRecords
      .filter((r) => r.month <= month)
      .sort((a, b) => (a.month < b.month ? 1 : -1))
      .slice(0, months);
    if (recent.length < months) return false;
    return recent.every(
      (r, k) =>
        r.profitNpr >= threshold &&
        (k === 0 || addMonths(`${r.month}-01`, 1).slice(0, 7) === recent[k - 1]!.month),
    );
  });
}
