import { describe, expect, it } from 'vitest';
import { EVENT_ANCHORS, NEW_YEAR_ANCHORS } from './bs-anchors.fixture.js';
import { BS_MONTH_TABLE, BS_TABLE_FIRST_YEAR } from './bs-month-table.js';
import type { CalendarError } from './calendar-error.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { adToBs, BS_RANGE, bsDayOfWeek, bsToAd, daysInBsMonth, isValidBsDate } from './conversion.js';
import { InvalidAdDateError } from './invalid-ad-date-error.js';
import { InvalidBsDateError } from './invalid-bs-date-error.js';

describe('BS New Year and dated events', () => {
  it.each([...NEW_YEAR_ANCHORS, ...EVENT_ANCHORS])('$source: $ad', ({ bs, ad }) => {
    expect(adToBs(ad)).toEqual(bs);
    expect(bsToAd(bs)).toBe(ad);
  });

  it('knows New Year 2082 was a Monday', () => {
    expect(bsDayOfWeek({ year: 2082, month: 1, day: 1 })).toBe(1);
    expect(bsDayOfWeek({ year: 2082, month: 8, day: 5 })).toBe(5);
  });
});

describe('BS_RANGE', () => {
  it('spans BS 2000-01-01 to the end of 2090, 1943-04-14 to 2034-04-13 AD', () => {
    expect(BS_RANGE.bs.start).toEqual({ year: 2000, month: 1, day: 1 });
    expect(BS_RANGE.bs.end).toEqual({ year: 2090, month: 12, day: 30 });
    expect(BS_RANGE.ad).toEqual({ start: '1943-04-14', end: '2034-04-13' });
    expect(bsToAd(BS_RANGE.bs.end)).toBe(BS_RANGE.ad.end);
    expect(adToBs(BS_RANGE.ad.start)).toEqual(BS_RANGE.bs.start);
    expect(BS_RANGE.provisionalFromYear).toBe(2084);
  });

  it('rejects AD dates just outside it with a CalendarRangeError', () => {
    for (const outside of ['1943-04-13', '2034-04-14', '1900-01-01']) {
      const error = catchError(() => adToBs(outside));
      expect(error).toBeInstanceOf(CalendarRangeError);
      expect(error).toMatchObject({ code: 'calendar_out_of_range', calendar: 'ad' });
    }
  });

  it('rejects BS years outside it', () => {
    expect(catchError(() => bsToAd({ year: 1999, month: 12, day: 30 }))).toMatchObject({ calendar: 'bs' });
    expect(catchError(() => bsToAd({ year: 2091, month: 1, day: 1 }))).toBeInstanceOf(CalendarRangeError);
    expect(() => daysInBsMonth(2091, 1)).toThrow(CalendarRangeError);
  });
});

describe('month ends', () => {
  it('has 32-day months where the table says so, and no day beyond', () => {
    expect(daysInBsMonth(2081, 2)).toBe(32);
    expect(bsToAd({ year: 2081, month: 2, day: 32 })).toBe('2024-06-14');
    expect(adToBs('2024-06-15')).toEqual({ year: 2081, month: 3, day: 1 });
    const error = catchError(() => bsToAd({ year: 2081, month: 2, day: 33 }));
    expect(error).toBeInstanceOf(InvalidBsDateError);
    expect(error).toMatchObject({ code: 'invalid_bs_date' });
  });

  it('ends Chaitra on the eve of the next New Year', () => {
    for (const year of [2080, 2081, 2082]) {
      const last = { year, month: 12, day: daysInBsMonth(year, 12) };
      const next = bsToAd({ year: year + 1, month: 1, day: 1 });
      expect(adToBs(next)).toEqual({ year: year + 1, month: 1, day: 1 });
      expect(Date.parse(next) - Date.parse(bsToAd(last))).toBe(86_400_000);
    }
  });

  it('follows the published 2082 and 2083 almanacs', () => {
    expect([6, 7, 8, 9, 10, 11, 12].map((m) => daysInBsMonth(2082, m))).toEqual([31, 30, 29, 30, 29, 30, 30]);
    // Kartik 2083 starts on 2026-10-17: Baisakh to Asoj 2083 hold 186 days, not 187 as in older tables.
    expect(bsToAd({ year: 2083, month: 7, day: 1 })).toBe('2026-10-17');
  });

  it('has only 29 to 32 days in every month and 365 or 366 in every year', () => {
    for (const row of BS_MONTH_TABLE) {
      expect(row).toHaveLength(12);
      for (const length of row) expect(length).toBeGreaterThanOrEqual(29);
      for (const length of row) expect(length).toBeLessThanOrEqual(32);
      expect([365, 366]).toContain(row.reduce((a, b) => a + b, 0));
    }
    expect(BS_TABLE_FIRST_YEAR + BS_MONTH_TABLE.length - 1).toBe(2090);
  });
});

describe('invalid input', () => {
  it.each(['2025-02-29', '2025-4-14', '2025-04-14T00:00:00Z', '', '14/04/2025', '2025-13-01', '2025-04-00'])(
    'rejects the AD text %j with InvalidAdDateError',
    (text) => {
      const error = catchError(() => adToBs(text));
      expect(error).toBeInstanceOf(InvalidAdDateError);
      expect(error).toMatchObject({ code: 'invalid_ad_date' });
    },
  );

  it.each([
    { year: 2082, month: 0, day: 1 },
    { year: 2082, month: 13, day: 1 },
    { year: 2082, month: 1, day: 0 },
    { year: 2082, month: 1, day: 1.5 },
    { year: 2082.5, month: 1, day: 1 },
    { year: 2082, month: 1, day: Number.NaN },
  ])('rejects the BS date %j with InvalidBsDateError', (date) => {
    expect(catchError(() => bsToAd(date))).toBeInstanceOf(InvalidBsDateError);
    expect(isValidBsDate(date)).toBe(false);
  });

  it('never puts the rejected date in the message, and localises it', () => {
    const error = catchError(() => bsToAd({ year: 2081, month: 2, day: 33 })) as CalendarError;
    expect(error.message).not.toContain('2081');
    expect(error.localized.ne).toMatch(/[\u0900-\u097F]/);
    const range = catchError(() => adToBs('1901-02-03')) as CalendarError;
    expect(range.message).not.toContain('1901');
    expect(range.message).toContain('2034-04-13');
    expect(range.localized.ne).toContain('२०३४-०४-१३');
  });
});

describe('isValidBsDate', () => {
  it('accepts existing dates in range and rejects everything else', () => {
    expect(isValidBsDate({ year: 2082, month: 1, day: 31 })).toBe(true);
    expect(isValidBsDate({ year: 2082, month: 1, day: 32 })).toBe(false);
    expect(isValidBsDate({ year: 2091, month: 1, day: 1 })).toBe(false);
    expect(isValidBsDate({ year: '2082', month: 1, day: 1 })).toBe(false);
    expect(isValidBsDate(null)).toBe(false);
    expect(isValidBsDate('2082-01-01')).toBe(false);
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
