import { describe, expect, it } from 'vitest';
import { CalendarRangeError } from './calendar-range-error.js';
import { formatBsDate } from './format.js';
import { InvalidBsDateError } from './invalid-bs-date-error.js';
import { parseBsDate, tryParseBsDate } from './parse.js';

describe('parseBsDate', () => {
  it.each([
    ['2082-01-01', { year: 2082, month: 1, day: 1 }],
    ['२०८२-०१-०१', { year: 2082, month: 1, day: 1 }],
    ['2082/4/31', { year: 2082, month: 4, day: 31 }],
    ['२०८१.०२.३२', { year: 2081, month: 2, day: 32 }],
    ['  2082-11-21 ', { year: 2082, month: 11, day: 21 }],
  ])('reads %j', (text, expected) => {
    expect(parseBsDate(text)).toEqual(expected);
  });

  it('reads what formatBsDate writes in the numeric style', () => {
    const date = { year: 2083, month: 8, day: 12 };
    expect(parseBsDate(formatBsDate(date, 'ne', { style: 'numeric' }))).toEqual(date);
    expect(parseBsDate(formatBsDate(date, 'en', { style: 'numeric' }))).toEqual(date);
  });

  it.each([
    '2082-01',
    '2082-1-1-1',
    '82-01-01',
    '2082-01/01',
    '2082-001-01',
    'Baisakh 1 2082',
    '',
    '2082-13-01',
    '2082-00-10',
    '2082-01-00',
    '2082-04-32',
  ])('rejects %j with InvalidBsDateError', (text) => {
    expect(() => parseBsDate(text)).toThrow(InvalidBsDateError);
    expect(tryParseBsDate(text)).toBeUndefined();
  });

  it('rejects years outside the table with CalendarRangeError', () => {
    expect(() => parseBsDate('2101-01-01')).toThrow(CalendarRangeError);
    expect(() => parseBsDate('१९९९-१२-३०')).toThrow(CalendarRangeError);
    expect(tryParseBsDate('2101-01-01')).toBeUndefined();
  });

  it('returns the date from tryParseBsDate when it is valid', () => {
    expect(tryParseBsDate('२०८३-०१-०१')).toEqual({ year: 2083, month: 1, day: 1 });
  });
});
