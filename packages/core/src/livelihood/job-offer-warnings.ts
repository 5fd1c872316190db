import { defineMessages } from '../i18n/catalog.js';
import { toNepaliDigits } from '../i18n/digits.js';
import { formatNpr, minimumMonthlyWageOn } from '../money/index.js';
import type { FieldIssue } from '../validation/index.js';
import { toJsonPointer } from '../validation/index.js';
import { todayIso } from './dates.js';
import type { MonthlyWageRange } from './job-offer.js';

const messages = defineMessages('job-offer.warning', {
  below_minimum_wage: {
    en: 'The lowest wage, {offered} a month, is below the minimum wage of {minimum} a month in force on {date}',
    ne: 'सबैभन्दा कम ज्याला, मासिक {offered}, {date} मा लागू मासिक न्यूनतम पारिश्रमिक {minimum} भन्दा कम छ',
  },
});

/**
 * A warning about a job offer: shaped like a {@link FieldIssue} so forms show it beside the field, but it
 * never blocks saving. HR sees it and decides.
 *
 * @example
 * ```ts
 * const [warning] = jobOfferWarnings(offer);
 * warning?.code; // 'below_minimum_wage'
 * ```
 */
export interface JobOfferWarning extends FieldIssue {
  readonly severity: 'warning';
  readonly code: 'below_minimum_wage';
  /** The monthly minimum wage (NPR) in force on `onDate`: the higher of the two dates checked. */
  readonly minimumMonthlyNpr: number;
  /** The date whose minimum wage was applied: the posting (else creation) date or the evaluation date. */
  readonly onDate: string;
}

/** The fields {@link jobOfferWarnings} reads, so it works on stored offers and on inputs alike. */
export interface JobOfferWarningSubject {
  readonly wage: MonthlyWageRange;
  readonly postedOn?: string | undefined;
  readonly createdAt?: string | undefined;
}

/** Options of {@link jobOfferWarnings}. */
export interface JobOfferWarningOptions {
  /**
   * The evaluation date (ISO): the minimum wage in force then is checked too, so that an offer still open
   * after a minimum-wage rise is warned about. Pass the date the offer was closed to judge a closed offer.
   * @default today in Nepal
   */
  readonly on?: string;
}

/**
 * The warnings for a job offer, never errors: currently `below_minimum_wage` when the lowest monthly wage
 * is below the national minimum wage in force on the posting date (else the creation date) or on the
 * evaluation date `options.on` (default today in Nepal), whichever minimum is higher; the warning names
 * that minimum and its date.
 *
 * @example
 * ```ts
 * jobOfferWarnings({ wage: { minMonthlyNpr: 15000, maxMonthlyNpr: 18000 }, postedOn: '2026-01-10' });
 * // [{ code: 'below_minimum_wage', minimumMonthlyNpr: 19550, pointer: '/wage/minMonthlyNpr', ... }]
 * // Posted before the 2025-07-21 rise, still open on 2026-01-01:
 * jobOfferWarnings({ wage: { minMonthlyNpr: 18000, maxMonthlyNpr: 18000 }, postedOn: '2025-01-10' }, { on: '2026-01-01' });
 * // [{ code: 'below_minimum_wage', minimumMonthlyNpr: 19550, onDate: '2026-01-01', ... }]
 * ```
 */
export function jobOfferWarnings(
  offer: JobOfferWarningSubject,
  options: JobOfferWarningOptions = {},
): JobOfferWarning[] {
  const evaluatedOn = options.on ?? todayIso();
  const postedOn = offer.postedOn ?? offer.createdAt?.slice(0, 10) ?? evaluatedOn;
  const atPosting = minimumMonthlyWageOn(postedOn);
  const atEvaluation = minimumMonthlyWageOn(evaluatedOn);
  // The higher minimum is the one the offer falls short of first; on a tie the posting date is named.
  const [onDate, minimum] = atEvaluation > atPosting ? [evaluatedOn, atEvaluation] : [postedOn, atPosting];
  const warnings: JobOfferWarning[] = [];
  if (offer.wage.minMonthlyNpr < minimum) {
    const path = ['wage', 'minMonthlyNpr'] as const;
    warnings.push({
      severity: 'warning',
      code: 'below_minimum_wage',
      path,
      pointer: toJsonPointer(path),
      message: {
        en: messages.format('below_minimum_wage', 'en', {
          offered: formatNpr(offer.wage.minMonthlyNpr, 'en'),
          minimum: formatNpr(minimum, 'en'),
          date: onDate,
        }),
        ne: messages.format('below_minimum_wage', 'ne', {
          offered: formatNpr(offer.wage.minMonthlyNpr, 'ne'),
          minimum: formatNpr(minimum, 'ne'),
          date: toNepaliDigits(onDate),
        }),
      },
      minimumMonthlyNpr: minimum,
      onDate,
    });
  }
  return warnings;
}
