import { describe, expect, it } from 'vitest';
import { CalendarRangeError } from './calendar-range-error.js';
import { formatBsDate, formatIsoDateAsBs } from './format.js';
import { InvalidAdDateError } from './invalid-ad-date-error.js';
import { InvalidBsDateError } from './invalid-bs-date-error.js';
import { BsMonth, bsMonthValue, Weekday } from './names.js';

const NEW_YEAR_2082 = { year: 2082, month: 1, day: 1 };

describe('formatBsDate', () => {
  it('writes the long style in English and Nepali', () => {
    expect(formatBsDate(NEW_YEAR_2082, 'en')).toBe('1 Baisakh 2082');
    expect(formatBsDate(NEW_YEAR_2082, 'ne')).toBe('१ बैशाख २०८२');
    expect(formatBsDate({ year: 2081, month: 2, day: 32 }, 'en', { style: 'long' })).toBe('32 Jestha 2081');
    expect(formatBsDate({ year: 2082, month: 12, day: 30 }, 'ne')).toBe('३० चैत २०८२');
  });

  it('writes the numeric style with zero padding, in Nepali digits for Nepali', () => {
    expect(formatBsDate(NEW_YEAR_2082, 'en', { style: 'numeric' })).toBe('2082-01-01');
    expect(formatBsDate(NEW_YEAR_2082, 'ne', { style: 'numeric' })).toBe('२०८२-०१-०१');
  });

  it('puts the weekday first when asked', () => {
    expect(formatBsDate(NEW_YEAR_2082, 'en', { weekday: true })).toBe('Monday, 1 Baisakh 2082');
    expect(formatBsDate(NEW_YEAR_2082, 'ne', { weekday: true })).toBe('सोमबार, १ बैशाख २०८२');
    expect(formatBsDate({ year: 2082, month: 11, day: 21 }, 'en', { weekday: true, style: 'numeric' })).toBe(
      'Thursday, 2082-11-21',
    );
  });

  it('refuses dates that do not exist or are out of range', () => {
    expect(() => formatBsDate({ year: 2082, month: 1, day: 32 }, 'en')).toThrow(InvalidBsDateError);
    expect(() => formatBsDate({ year: 2082, month: 13, day: 1 }, 'ne')).toThrow(InvalidBsDateError);
    expect(() => formatBsDate({ year: 2100, month: 1, day: 1 }, 'en')).toThrow(CalendarRangeError);
  });
});

describe('formatIsoDateAsBs', () => {
  it('converts a stored AD date and writes it', () => {
    expect(formatIsoDateAsBs('2025-04-14', 'ne')).toBe('१ बैशाख २०८२');
    expect(formatIsoDateAsBs('2026-03-05', 'en')).toBe('21 Falgun 2082');
    expect(() => formatIsoDateAsBs('2026-3-5', 'en')).toThrow(InvalidAdDateError);
  });
});

describe('month and weekday names', () => {
  it('has twelve months and seven days, Baisakh and Sunday first', () => {
    expect(BsMonth.values).toHaveLength(12);
    expect(bsMonthValue(1)).toBe('baisakh');
    expect(bsMonthValue(12)).toBe('chaitra');
    expect(bsMonthValue(13)).toBeUndefined();
    expect(bsMonthValue(1.5)).toBeUndefined();
    expect(Weekday.values).toHaveLength(7);
    expect(Weekday.label('sunday', 'ne')).toBe('आइतबार');
  });
});
