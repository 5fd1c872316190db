/**
 * Checks the conversion against an independent converter, `nepali-date-converter` (devDependency, tests
 * only), on every day both support. The oracle's own month table differs from ours in BS 2083 to 2087: for
 * 2083 it keeps an older projection that the published 2083 almanac contradicts, and 2084 onwards are
 * projections in both (see docs/decisions/2026-11-28-bikram-sambat-table.md). Those years are checked
 * against dated public events instead.
 */
import NepaliDate, { dateConfigMap } from 'nepali-date-converter';
import { describe, expect, it } from 'vitest';
import { EVENT_ANCHORS, NEW_YEAR_ANCHORS } from './bs-anchors.fixture.js';
import { BS_MONTH_TABLE, BS_TABLE_FIRST_YEAR } from './bs-month-table.js';
import { adToBs, BS_RANGE, type BsDate, bsToAd } from './conversion.js';
import { dayNumberFromIsoDate, isoDateFromDayNumber } from './gregorian.js';

/** The BS years whose month lengths deliberately differ from the oracle's. */
const DEVIATING_YEARS = [2083, 2084, 2085, 2086, 2087];

function oracleAdToBs(iso: string): BsDate {
  // The oracle reads a Date's local calendar fields. Point them at the UTC fields so that every day can be
  // named, even in a time zone that skipped one (Pacific/Kiritimati has no 1994-12-31).
  const date = new Date(`${iso}T00:00:00Z`);
  date.getFullYear = date.getUTCFullYear;
  date.getMonth = date.getUTCMonth;
  date.getDate = date.getUTCDate;
  const bs = new NepaliDate(date).getBS();
  return { year: bs.year, month: bs.month + 1, day: bs.date };
}

/** Whether this machine's time zone has a local midnight on `iso`: the oracle's BS -> AD answers in one. */
function localDayExists(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const local = new Date(year, month - 1, day);
  return local.getFullYear() === year && local.getMonth() === month - 1 && local.getDate() === day;
}

function oracleBsToAd({ year, month, day }: BsDate): string {
  const ad = new NepaliDate(year, month - 1, day).getAD();
  return `${ad.year}-${String(ad.month + 1).padStart(2, '0')}-${String(ad.date).padStart(2, '0')}`;
}

const FIRST_DAY = dayNumberFromIsoDate(BS_RANGE.ad.start)!;
const LAST_DAY = dayNumberFromIsoDate(BS_RANGE.ad.end)!;

describe('against nepali-date-converter@3.4.0', () => {
  it('covers the same range: BS 2000-01-01 to 2090-12-30, 1943-04-14 to 2034-04-13', () => {
    expect(oracleBsToAd(BS_RANGE.bs.start)).toBe(BS_RANGE.ad.start);
    expect(oracleBsToAd(BS_RANGE.bs.end)).toBe(BS_RANGE.ad.end);
    expect(() => oracleAdToBs(isoDateFromDayNumber(LAST_DAY + 1))).toThrow();
    expect(() => oracleAdToBs(isoDateFromDayNumber(FIRST_DAY - 1))).toThrow();
  });

  it('has the same month lengths in every year but the documented ones', () => {
    const differing = BS_MONTH_TABLE.flatMap((row, index) => {
      const year = BS_TABLE_FIRST_YEAR + index;
      const oracleRow = Object.values(dateConfigMap[String(year)] ?? {});
      return oracleRow.join() === row.join() ? [] : [year];
    });
    expect(differing).toEqual(DEVIATING_YEARS);
  });

  it('agrees AD -> BS and BS -> AD on every day outside the documented years', () => {
    let compared = 0;
    let skipped = 0;
    let unrepresentable = 0;
    for (let dayNumber = FIRST_DAY; dayNumber <= LAST_DAY; dayNumber++) {
      const iso = isoDateFromDayNumber(dayNumber);
      const ours = adToBs(iso);
      const theirs = oracleAdToBs(iso);
      if (DEVIATING_YEARS.includes(ours.year) || DEVIATING_YEARS.includes(theirs.year)) {
        skipped++;
        continue;
      }
      // One assertion per mismatch would flood the output: collect, then compare once.
      if (ours.year !== theirs.year || ours.month !== theirs.month || ours.day !== theirs.day) {
        expect({ iso, ours }).toEqual({ iso, ours: theirs });
      }
      if (localDayExists(iso)) {
        const back = oracleBsToAd(ours);
        if (back !== iso || bsToAd(ours) !== iso)
          expect({ ours, ad: bsToAd(ours) }).toEqual({ ours, ad: back });
      } else {
        expect(bsToAd(ours)).toBe(iso);
        unrepresentable++;
      }
      compared++;
    }
    // 33,238 days in all; the five documented years hold 1,827 of them (BS 2085 has 366 days in ours).
    expect(compared + skipped).toBe(33_238);
    expect(skipped).toBe(1_827);
    // Only a time zone that skipped a whole day leaves the oracle's BS -> AD unable to name it.
    expect(unrepresentable).toBeLessThanOrEqual(2);
  });

  it('agrees on the BS New Year anchors', () => {
    for (const { bs, ad } of NEW_YEAR_ANCHORS) {
      expect(bsToAd(bs)).toBe(ad);
      expect(oracleBsToAd(bs)).toBe(ad);
      expect(oracleAdToBs(ad)).toEqual(bs);
    }
  });

  it('agrees on the dated 2081 and 2082 events, and departs in 2083 where the almanac contradicts it', () => {
    for (const { bs, ad } of EVENT_ANCHORS.filter((anchor) => anchor.bs.year <= 2082)) {
      expect(oracleBsToAd(bs)).toBe(ad);
    }
    // Vijaya Dashami 2083 (lunar date 2026-10-20) is Kartik 4 in the published almanac; the oracle says Kartik 3.
    expect(bsToAd({ year: 2083, month: 7, day: 4 })).toBe('2026-10-20');
    expect(oracleAdToBs('2026-10-20')).toEqual({ year: 2083, month: 7, day: 3 });
  });
});
