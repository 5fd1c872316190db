import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromNepaliDigits, toNepaliDigits } from '../i18n/digits.js';
import { formatNpr, groupLakh } from './format-npr.js';
import { MoneyError } from './money-error.js';
import { parseNpr } from './parse-npr.js';

const safeInteger = fc.maxSafeInteger();
const anyAmount = fc.oneof(safeInteger, fc.integer({ min: -2_000_000, max: 2_000_000 }));

describe('formatNpr', () => {
  it.each([
    [0, 'Rs 0', 'रु ०'],
    [7, 'Rs 7', 'रु ७'],
    [999, 'Rs 999', 'रु ९९९'],
    [1000, 'Rs 1,000', 'रु १,०००'],
    [19550, 'Rs 19,550', 'रु १९,५५०'],
    [100000, 'Rs 1,00,000', 'रु १,००,०००'],
    [123456789, 'Rs 12,34,56,789', 'रु १२,३४,५६,७८९'],
    [-1234567, '-Rs 12,34,567', '-रु १२,३४,५६७'],
    [Number.MAX_SAFE_INTEGER, 'Rs 9,00,71,99,25,47,40,991', 'रु ९,००,७१,९९,२५,४७,४०,९९१'],
  ])('writes %d as %j and %j', (amount, en, ne) => {
    expect(formatNpr(amount, 'en')).toBe(en);
    expect(formatNpr(amount, 'ne')).toBe(ne);
  });

  it('defaults to English and can omit the currency', () => {
    expect(formatNpr(1500)).toBe('Rs 1,500');
    expect(formatNpr(-1500, 'ne', { currency: false })).toBe('-१,५००');
    expect(formatNpr(-0, 'en')).toBe('Rs 0');
  });

  it.each([
    [99_999, 'Rs 99,999', 'रु ९९,९९९'],
    [100_000, 'Rs 1 lakh', 'रु १ लाख'],
    [1_234_567, 'Rs 12.3 lakh', 'रु १२.३ लाख'],
    [1_250_000, 'Rs 12.5 lakh', 'रु १२.५ लाख'],
    [9_999_999, 'Rs 1 crore', 'रु १ करोड'],
    [9_940_000, 'Rs 99.4 lakh', 'रु ९९.४ लाख'],
    [-25_000_000, '-Rs 2.5 crore', '-रु २.५ करोड'],
    [123_456_789_000, 'Rs 12,345.7 crore', 'रु १२,३४५.७ करोड'],
  ])('compacts %d as %j and %j', (amount, en, ne) => {
    expect(formatNpr(amount, 'en', { style: 'compact' })).toBe(en);
    expect(formatNpr(amount, 'ne', { style: 'compact' })).toBe(ne);
  });

  it.each([
    [12.5, 'non_integer_amount'],
    [Number.NaN, 'non_finite_amount'],
    [Number.POSITIVE_INFINITY, 'non_finite_amount'],
    [Number.MAX_SAFE_INTEGER + 1, 'unsafe_amount'],
    ['100', 'non_finite_amount'],
  ])('rejects %s with a MoneyError %s', (amount, code) => {
    expect(() => formatNpr(amount as number, 'en')).toThrow(MoneyError);
    expect(() => formatNpr(amount as number, 'en')).toThrow(expect.objectContaining({ code }));
  });

  it('property: stripping separators gives back the digits; groups are 2s before the last 3', () => {
    fc.assert(
      fc.property(safeInteger, (amount) => {
        const text = formatNpr(amount, 'en', { currency: false });
        const unsigned = amount < 0 ? text.slice(1) : text;
        expect(text.startsWith('-')).toBe(amount < 0);
        expect(unsigned.replace(/,/g, '')).toBe(String(Math.abs(amount)));
        const groups = unsigned.split(',');
        if (groups.length > 1) {
          expect(groups.at(-1)).toHaveLength(3);
          for (const group of groups.slice(1, -1)) expect(group).toHaveLength(2);
          expect(groups[0]?.length).toBeGreaterThanOrEqual(1);
          expect(groups[0]?.length).toBeLessThanOrEqual(2);
        } else {
          expect(unsigned.length).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('property: ne output is the en output with Nepali digits and Nepali words', () => {
    fc.assert(
      fc.property(
        anyAmount,
        fc.boolean(),
        fc.constantFrom('standard', 'compact'),
        (amount, currency, style) => {
          const options = { currency, style } as const;
          const en = formatNpr(amount, 'en', options);
          const ne = formatNpr(amount, 'ne', options);
          const expected = toNepaliDigits(en)
            .replace('Rs', 'रु')
            .replace('lakh', 'लाख')
            .replace('crore', 'करोड');
          expect(ne).toBe(expected);
          expect(fromNepaliDigits(ne)).not.toMatch(/[०-९]/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('property: parseNpr(formatNpr(x)) === x in both locales, with or without currency', () => {
    fc.assert(
      fc.property(anyAmount, fc.constantFrom('en', 'ne'), fc.boolean(), (amount, locale, currency) => {
        expect(parseNpr(formatNpr(amount, locale, { currency }))).toBe(amount === 0 ? 0 : amount);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: compact amounts are within 0.05 of their unit of the exact amount', () => {
    fc.assert(
      // Capped below the largest safe integer, whose rounded-up compact form is no longer a safe integer.
      fc.property(fc.integer({ min: 100_000, max: 10 ** 15 }), (amount) => {
        const approx = parseNpr(formatNpr(amount, 'en', { style: 'compact' }));
        const unit = amount >= 9_995_000 ? 10_000_000 : 100_000;
        expect(Math.abs(approx - amount)).toBeLessThanOrEqual(unit * 0.05 + 1);
      }),
    );
  });
});

describe('groupLakh', () => {
  it('groups digit strings', () => {
    expect(groupLakh('')).toBe('');
    expect(groupLakh('1234')).toBe('1,234');
    expect(groupLakh('12345')).toBe('12,345');
    expect(groupLakh('123456')).toBe('1,23,456');
  });
});
