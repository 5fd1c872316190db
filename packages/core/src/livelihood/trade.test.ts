import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/index.js';
import { customTrade, isCustomTrade, TradeCode, TradeSchema, tradeLabel } from './trade.js';

describe('trades', () => {
  it('has the trades the programme names', () => {
    for (const code of [
      'tailoring',
      'beautician',
      'hospitality_cooking',
      'dhaka_weaving',
      'lokta_paper',
      'handicrafts_other',
      'computer_skills',
      'foot_therapy',
      'floriculture',
      'security_guard',
      'candle_incense',
      'driving',
    ]) {
      expect(TradeCode.is(code)).toBe(true);
    }
  });

  it('accepts catalogue codes and other:<slug>, nothing else', () => {
    expect(validate(TradeSchema, 'tailoring').ok).toBe(true);
    expect(validate(TradeSchema, 'other:bamboo-craft').ok).toBe(true);
    for (const bad of [
      'Tailoring',
      'bamboo',
      'other:',
      'other:Bamboo',
      'other:bamboo--craft',
      'other:-x',
      7,
    ]) {
      expect(validate(TradeSchema, bad).ok).toBe(false);
    }
    expect(validate(TradeSchema, `other:${'a'.repeat(61)}`).ok).toBe(false);
  });

  it('turns any label into a valid custom trade, or undefined', () => {
    expect(customTrade('Bamboo Craft!')).toBe('other:bamboo-craft');
    expect(customTrade('  ')).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (label) => {
        const trade = customTrade(label);
        if (trade !== undefined) {
          expect(validate(TradeSchema, trade).ok).toBe(true);
          expect(isCustomTrade(trade)).toBe(true);
        }
      }),
    );
  });

  it('labels catalogue and custom trades in both languages', () => {
    expect(tradeLabel('dhaka_weaving', 'en')).toBe('Dhaka weaving');
    expect(tradeLabel('dhaka_weaving', 'ne')).toMatch(/[\u0900-\u097F]/);
    expect(tradeLabel('other:bamboo-craft', 'en')).toBe('Bamboo craft');
    expect(tradeLabel('other:bamboo-craft', 'ne')).toBe('अन्य: Bamboo craft');
    expect(isCustomTrade('tailoring')).toBe(false);
  });
});
