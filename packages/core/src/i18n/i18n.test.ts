import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import * as synthetic from '../synthetic/index.js';
import { allCatalogs, defineEnum, defineMessages, fromNepaliDigits, toNepaliDigits } from './index.js';

const DEVANAGARI = /[\u0900-\u097F]/;

describe('every localised text in core', () => {
  // Importing the barrel registers every catalog core declares.
  expect(core).toBeTruthy();
  expect(synthetic).toBeTruthy();
  const entries = allCatalogs().flatMap((c) =>
    Object.entries(c.entries).map(([key, text]) => ({ id: `${c.namespace}.${key}`, text })),
  );

  it('has catalogs to check', () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  it.each(entries)('$id has English and a distinct Devanagari Nepali text', ({ text }) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.ne.trim()).not.toBe('');
    expect(text.ne).toMatch(DEVANAGARI);
    expect(text.ne).not.toBe(text.en);
  });
});

describe('defineMessages', () => {
  it('interpolates placeholders and leaves unknown ones visible', () => {
    const c = defineMessages('test.interpolate', { hi: { en: 'Hi {name}, {missing}', ne: 'नमस्ते {name}' } });
    expect(c.format('hi', 'en', { name: 'Asha' })).toBe('Hi Asha, {missing}');
    expect(c.localized('hi', { name: 'Asha' })).toEqual({ en: 'Hi Asha, {missing}', ne: 'नमस्ते Asha' });
  });
});

describe('defineEnum', () => {
  const Colour = defineEnum('test.colour', {
    red: { en: 'Red', ne: 'रातो' },
    blue: { en: 'Blue', ne: 'निलो' },
  });
  it('validates exactly its values and labels them', () => {
    expect(Colour.values).toEqual(['red', 'blue']);
    expect(Colour.schema.safeParse('red').success).toBe(true);
    expect(Colour.schema.safeParse('green').success).toBe(false);
    expect(Colour.label('blue', 'ne')).toBe('निलो');
    expect(Colour.is('blue')).toBe(true);
    expect(Colour.is('Blue')).toBe(false);
  });
});

describe('Nepali digits', () => {
  it('round-trips every digit', () => {
    expect(toNepaliDigits('0123456789')).toBe('०१२३४५६७८९');
    expect(fromNepaliDigits('०१२३४५६७८९')).toBe('0123456789');
    expect(toNepaliDigits(2082)).toBe('२०८२');
  });
});
