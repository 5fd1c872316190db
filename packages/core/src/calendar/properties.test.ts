import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adToBs,
  BS_RANGE,
  type BsDate,
  bsDayOfWeek,
  bsToAd,
  daysInBsMonth,
  isValidBsDate,
} from './conversion.js';
import { dayNumberFromIsoDate, isoDateFromDayNumber } from './gregorian.js';

const FIRST_DAY = dayNumberFromIsoDate(BS_RANGE.ad.start)!;
const LAST_DAY = dayNumberFromIsoDate(BS_RANGE.ad.end)!;
const RUNS = { numRuns: 2_000 };

/** Any AD date in the range, as stored (ISO 8601). */
const adDate = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(isoDateFromDayNumber);

/** Any existing BS date in the range, month ends included as often as any other day. */
const bsDate: fc.Arbitrary<BsDate> = fc
  .record({
    year: fc.integer({ min: BS_RANGE.bs.start.year, max: BS_RANGE.bs.end.year }),
    month: fc.integer({ min: 1, max: 12 }),
  })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInBsMonth(year, month) }).map((day) => ({ year, month, day })),
  );

function nextBsDay({ year, month, day }: BsDate): BsDate {
  if (day < daysInBsMonth(year, month)) return { year, month, day: day + 1 };
  return month < 12 ? { year, month: month + 1, day: 1 } : { year: year + 1, month: 1, day: 1 };
}

describe('conversion properties', () => {
  it('round-trips AD -> BS -> AD over the whole range', () => {
    fc.assert(
      fc.property(adDate, (iso) => {
        const bs = adToBs(iso);
        expect(isValidBsDate(bs)).toBe(true);
        expect(bsToAd(bs)).toBe(iso);
      }),
      RUNS,
    );
  });

  it('round-trips BS -> AD -> BS over the whole range', () => {
    fc.assert(
      fc.property(bsDate, (bs) => {
        expect(adToBs(bsToAd(bs))).toEqual(bs);
      }),
      RUNS,
    );
  });

  it('maps consecutive AD days to consecutive BS days', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY - 1 }), (dayNumber) => {
        const today = adToBs(isoDateFromDayNumber(dayNumber));
        const tomorrow = adToBs(isoDateFromDayNumber(dayNumber + 1));
        expect(tomorrow).toEqual(nextBsDay(today));
        expect(bsDayOfWeek(tomorrow)).toBe((bsDayOfWeek(today) + 1) % 7);
      }),
      RUNS,
    );
  });

  it('has 29 to 32 days in every month, and no day after the last', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: BS_RANGE.bs.start.year, max: BS_RANGE.bs.end.year }),
        fc.integer({ min: 1, max: 12 }),
        (year, month) => {
          const length = daysInBsMonth(year, month);
          expect(length).toBeGreaterThanOrEqual(29);
          expect(length).toBeLessThanOrEqual(32);
          expect(isValidBsDate({ year, month, day: length })).toBe(true);
          expect(isValidBsDate({ year, month, day: length + 1 })).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it('agrees with UTC Date arithmetic on the AD side', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (dayNumber) => {
        expect(isoDateFromDayNumber(dayNumber)).toBe(
          new Date(dayNumber * 86_400_000).toISOString().slice(0, 10),
        );
      }),
      RUNS,
    );
  });
});
