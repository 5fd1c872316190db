import { describe, expect, it } from 'vitest';
import { formatDate } from './format.js';
import { formatNumber } from './format-number.js';
import { localeOf } from './locale.js';

describe('locale and formatting (no DOM)', () => {
  it('reads Nepali from ne, its regional forms and npi, English from anything else', () => {
    expect(['ne', 'ne-NP', 'NE_np', 'npi'].map(localeOf)).toEqual(['ne', 'ne', 'ne', 'ne']);
    expect(['en', 'en-GB', 'fr', '', null, undefined, 'nepali'].map(localeOf)).toEqual(Array(7).fill('en'));
  });

  it('writes numbers grouped, in lakhs and Devanagari digits in Nepali', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'ne')).toBe('१२,३४,५६७');
    expect(formatNumber(0.25, 'ne', { style: 'percent' })).toBe('२५%');
  });

  it('writes dates in Bikram Sambat by default, AD or both on request', () => {
    expect(formatDate('2025-04-14', 'en')).toBe('1 Baisakh 2082');
    expect(formatDate('2025-04-14T10:00:00Z', 'ne')).toBe('१ बैशाख २०८२');
    expect(formatDate('2025-04-14', 'en', 'ad')).toBe('14 April 2025');
    expect(formatDate('2025-04-14', 'en', 'both')).toBe('1 Baisakh 2082 (14 April 2025)');
    // Nepali AD dates as ICU's Nepali locale writes them (year, month's name, day), in Devanagari digits.
    expect(formatDate('2025-04-14', 'ne', 'ad')).toBe('२०२५ अप्रिल १४');
  });
});
