import { describe, expect, it } from 'vitest';
import { MoneyError } from './money-error.js';
import { parseNpr, safeParseNpr } from './parse-npr.js';

describe('parseNpr', () => {
  it.each([
    ['0', 0],
    ['19550', 19550],
    ['19,550', 19550],
    ['1,00,000', 100000],
    ['100,000', 100000],
    ['1,234,567,890', 1234567890],
    ['1,23,45,67,890', 1234567890],
    ['1,000', 1000],
    ['12,345,678', 12345678],
    ['  Rs 12,34,567 ', 1234567],
    ['Rs.500', 500],
    ['rs. 500', 500],
    ['NPR 1,200', 1200],
    ['रु १२,३४,५६७', 1234567],
    ['रू. १९५५०', 19550],
    ['१,००,०००', 100000],
    ['-Rs 500', -500],
    ['Rs -500', -500],
    ['\u2212500', -500],
    ['-0', 0],
    ['1,200.00', 1200],
    ['5 lakh', 500000],
    ['2.5 Lakh', 250000],
    ['12.34567 lakh', 1234567],
    ['1.2 crore', 12000000],
    ['Rs 12.3 lakh', 1230000],
    ['रु १२.३ लाख', 1230000],
    ['१.२५ करोड', 12500000],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
    ['\u00a0Rs\u00a01,000', 1000],
  ])('reads %j as %d', (text, amount) => {
    expect(parseNpr(text)).toBe(amount);
    expect(Object.is(parseNpr(text), -0)).toBe(false);
  });

  it.each([
    ['', 'invalid_amount_text'],
    ['Rs', 'invalid_amount_text'],
    ['abc', 'invalid_amount_text'],
    ['12,5', 'invalid_amount_text'],
    ['1,2345', 'invalid_amount_text'],
    ['1,234,56,789', 'invalid_amount_text'],
    ['1,23,456,789', 'invalid_amount_text'],
    ['123,45,678', 'invalid_amount_text'],
    ['1,00,000,000', 'invalid_amount_text'],
    [',100', 'invalid_amount_text'],
    ['100,', 'invalid_amount_text'],
    ['1e5', 'invalid_amount_text'],
    ['--5', 'invalid_amount_text'],
    ['-Rs -5', 'invalid_amount_text'],
    ['5 dollars', 'invalid_amount_text'],
    ['12.50', 'non_integer_amount'],
    ['1.234567 lakh', 'non_integer_amount'],
    ['9007199254740992', 'unsafe_amount'],
    ['100 crore crore', 'invalid_amount_text'],
  ])('rejects %j with %s', (text, code) => {
    expect(() => parseNpr(text)).toThrow(MoneyError);
    expect(() => parseNpr(text)).toThrow(expect.objectContaining({ code }));
  });

  it('rejects non-strings from untyped callers with a MoneyError', () => {
    expect(() => parseNpr(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'invalid_amount_text' }),
    );
  });
});

describe('safeParseNpr', () => {
  it('returns the amount or a localised reason', () => {
    expect(safeParseNpr('१९,५५०')).toEqual({ ok: true, amount: 19550 });
    const failed = safeParseNpr('12.5');
    expect(failed).toMatchObject({ ok: false, code: 'non_integer_amount' });
    expect(!failed.ok && failed.message.ne).toMatch(/[\u0900-\u097F]/);
  });
});
