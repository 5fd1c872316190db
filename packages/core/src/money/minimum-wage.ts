// Source: packages/core/src/geography/nepal-data.ts: the minimum wage from the Nepal Gazette notice of
// 21 July 2025 as reported by national news sites (docs/reference-data.md).
import { nepal } from '../geography/nepal-data.js';
import { IsoDateSchema } from '../model/primitives.js';
import { MoneyError } from './money-error.js';

/**
 * Nepal's national minimum wage, in integer NPR, with the date it took effect and the figure it replaced.
 * `monthly` is the total of `monthlyBasic` and `monthlyDearnessAllowance`.
 *
 * @example
 * ```ts
 * MINIMUM_WAGE.effective; // '2025-07-21'
 * MINIMUM_WAGE.monthly; // 19550
 * MINIMUM_WAGE.previous.monthly; // 17300
 * ```
 */
export interface MinimumWage {
  /** The ISO date (AD) from which this wage applies. */
  readonly effective: string;
  /** Monthly total (basic plus dearness allowance). */
  readonly monthly: number;
  /** Monthly basic salary. */
  readonly monthlyBasic: number;
  /** Monthly dearness allowance. */
  readonly monthlyDearnessAllowance: number;
  /** Daily wage. */
  readonly daily: number;
  /** Hourly wage. */
  readonly hourly: number;
  /** Hourly wage for part-time work. */
  readonly partTimeHourly: number;
  /** The monthly wage in force before `effective`. Its source gives only the year it took effect. */
  readonly previous: { readonly effective: string; readonly monthly: number };
}

const source = nepal.minimumWage;

/**
 * The national minimum wage now in force (from 2025-07-21), from `nepal-data.ts` (docs/reference-data.md).
 *
 * @example
 * ```ts
 * const shortfall = MINIMUM_WAGE.monthly - offeredMonthlySalary;
 * ```
 */
export const MINIMUM_WAGE: MinimumWage = Object.freeze({
  effective: source.effective,
  monthly: source.monthlyNPR,
  monthlyBasic: source.monthlyBasicNPR,
  monthlyDearnessAllowance: source.monthlyDearnessAllowanceNPR,
  daily: source.dailyNPR,
  hourly: source.hourlyNPR,
  partTimeHourly: source.partTimeHourlyNPR,
  previous: Object.freeze({ effective: source.previous.effective, monthly: source.previous.monthlyNPR }),
});

/**
 * The monthly national minimum wage (NPR) in force on an ISO date: `MINIMUM_WAGE.monthly` from its
 * effective date, the previous figure (17,300) before it. The data holds no earlier figure, so dates before
 * 2023 also get 17,300.
 *
 * @param isoDate - a calendar date in AD, `YYYY-MM-DD`
 * @throws {@link MoneyError} with code `invalid_date` if `isoDate` is not an ISO date
 * @example
 * ```ts
 * minimumMonthlyWageOn('2025-07-20'); // 17300
 * minimumMonthlyWageOn('2025-07-21'); // 19550
 * ```
 */
export function minimumMonthlyWageOn(isoDate: string): number {
  if (!IsoDateSchema.safeParse(isoDate).success) throw new MoneyError('invalid_date');
  // ISO dates of equal length compare correctly as strings.
  return isoDate >= MINIMUM_WAGE.effective ? MINIMUM_WAGE.monthly : MINIMUM_WAGE.previous.monthly;
}
