import { defineMessages } from '../i18n/catalog.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';

// The names are declared as catalogs, which `formatBsDate` uses, and the enumerations over them are pure:
// a bundle that only formats dates (the job board) then leaves the enumerations' schema getter, and zod,
// out.

/** @internal The names of {@link BsMonth} (its `labels`), shared with `format.ts`. */
export const bsMonthLabels = defineMessages('calendar.bs_month', {
  baisakh: { en: 'Baisakh', ne: 'बैशाख' },
  jestha: { en: 'Jestha', ne: 'जेठ' },
  asar: { en: 'Asar', ne: 'असार' },
  shrawan: { en: 'Shrawan', ne: 'साउन' },
  bhadra: { en: 'Bhadra', ne: 'भदौ' },
  asoj: { en: 'Asoj', ne: 'असोज' },
  kartik: { en: 'Kartik', ne: 'कात्तिक' },
  mangsir: { en: 'Mangsir', ne: 'मंसिर' },
  poush: { en: 'Poush', ne: 'पुस' },
  magh: { en: 'Magh', ne: 'माघ' },
  falgun: { en: 'Falgun', ne: 'फागुन' },
  chaitra: { en: 'Chaitra', ne: 'चैत' },
});

/**
 * The twelve Bikram Sambat months, Baisakh first, with English and Nepali names. The Nepali names are the
 * everyday ones printed on Nepali wall calendars (e.g. साउन rather than श्रावण).
 *
 * @example
 * ```ts
 * BsMonth.label('baisakh', 'ne'); // 'बैशाख'
 * BsMonth.values[11]; // 'chaitra'
 * ```
 */
export const BsMonth = /* @__PURE__ */ defineEnum(bsMonthLabels);

/**
 * A Bikram Sambat month name key, e.g. `'baisakh'`.
 *
 * @example
 * ```ts
 * const month: BsMonthValue = 'magh';
 * ```
 */
export type BsMonthValue = EnumValue<typeof BsMonth>;

/** @internal The names of {@link Weekday} (its `labels`), shared with `format.ts`. */
export const weekdayLabels = defineMessages('calendar.weekday', {
  sunday: { en: 'Sunday', ne: 'आइतबार' },
  monday: { en: 'Monday', ne: 'सोमबार' },
  tuesday: { en: 'Tuesday', ne: 'मङ्गलबार' },
  wednesday: { en: 'Wednesday', ne: 'बुधबार' },
  thursday: { en: 'Thursday', ne: 'बिहीबार' },
  friday: { en: 'Friday', ne: 'शुक्रबार' },
  saturday: { en: 'Saturday', ne: 'शनिबार' },
});

/**
 * The days of the week, Sunday first (the Nepali week starts on आइतबार), with English and Nepali names.
 *
 * @example
 * ```ts
 * Weekday.label(Weekday.values[6], 'ne'); // 'शनिबार'
 * ```
 */
export const Weekday = /* @__PURE__ */ defineEnum(weekdayLabels);

/**
 * A day-of-the-week key, e.g. `'sunday'`.
 *
 * @example
 * ```ts
 * const day: WeekdayValue = 'saturday';
 * ```
 */
export type WeekdayValue = EnumValue<typeof Weekday>;

/**
 * The name key of a BS month number (1 = Baisakh to 12 = Chaitra), or `undefined` outside 1 to 12.
 *
 * @example
 * ```ts
 * bsMonthValue(1); // 'baisakh'
 * ```
 */
export function bsMonthValue(month: number): BsMonthValue | undefined {
  return Number.isInteger(month)
    ? (Object.keys(bsMonthLabels.entries)[month - 1] as BsMonthValue | undefined)
    : undefined;
}
