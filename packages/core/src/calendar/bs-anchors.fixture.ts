import type { BsDate } from './conversion.js';

/** A BS date and the AD date it falls on, with where that pairing is published. For tests only. */
export interface BsAnchor {
  readonly bs: BsDate;
  readonly ad: string;
  readonly source: string;
}

/**
 * BS New Year days (Baisakh 1) from public reporting of Nepali New Year, and the table's epoch.
 *
 * @example
 * ```ts
 * for (const { bs, ad } of NEW_YEAR_ANCHORS) expect(bsToAd(bs)).toBe(ad);
 * ```
 */
export const NEW_YEAR_ANCHORS: readonly BsAnchor[] = [
  { bs: { year: 2000, month: 1, day: 1 }, ad: '1943-04-14', source: 'epoch of every public table' },
  { bs: { year: 2077, month: 1, day: 1 }, ad: '2020-04-13', source: 'New Year 2077' },
  { bs: { year: 2078, month: 1, day: 1 }, ad: '2021-04-14', source: 'New Year 2078' },
  { bs: { year: 2079, month: 1, day: 1 }, ad: '2022-04-14', source: 'New Year 2079' },
  { bs: { year: 2080, month: 1, day: 1 }, ad: '2023-04-14', source: 'New Year 2080' },
  { bs: { year: 2081, month: 1, day: 1 }, ad: '2024-04-13', source: 'New Year 2081' },
  { bs: { year: 2082, month: 1, day: 1 }, ad: '2025-04-14', source: 'New Year 2082 (a Monday)' },
  { bs: { year: 2083, month: 1, day: 1 }, ad: '2026-04-14', source: 'New Year 2083' },
];

/**
 * Dated public reports in BS 2081 to 2083 that pin month boundaries where public tables disagree. See
 * docs/decisions/2026-11-28-bikram-sambat-table.md.
 *
 * @example
 * ```ts
 * for (const { bs, ad } of EVENT_ANCHORS) expect(adToBs(ad)).toEqual(bs);
 * ```
 */
export const EVENT_ANCHORS: readonly BsAnchor[] = [
  { bs: { year: 2081, month: 6, day: 26 }, ad: '2024-10-12', source: 'Vijaya Dashami 2081' },
  { bs: { year: 2082, month: 6, day: 16 }, ad: '2025-10-02', source: 'Vijaya Dashami 2082 (Thursday)' },
  { bs: { year: 2082, month: 7, day: 3 }, ad: '2025-10-20', source: 'Laxmi Puja 2082, Kartik 3 (Monday)' },
  {
    bs: { year: 2082, month: 8, day: 5 },
    ad: '2025-11-21',
    source: 'daily almanac, Mangsir 5 2082 (Friday)',
  },
  {
    bs: { year: 2082, month: 10, day: 21 },
    ad: '2026-02-04',
    source: 'daily almanac, Magh 21 2082 (Wednesday)',
  },
  {
    bs: { year: 2082, month: 11, day: 3 },
    ad: '2026-02-15',
    source: 'news dateline, Falgun 3 2082 (Sunday)',
  },
  { bs: { year: 2082, month: 11, day: 21 }, ad: '2026-03-05', source: 'general election, Falgun 21 2082' },
  {
    bs: { year: 2083, month: 7, day: 4 },
    ad: '2026-10-20',
    source: 'Vijaya Dashami 2083, published almanac',
  },
  { bs: { year: 2083, month: 7, day: 23 }, ad: '2026-11-08', source: 'Laxmi Puja 2083, published almanac' },
];
