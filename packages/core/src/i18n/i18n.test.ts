import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import * as synthetic from '../synthetic/index.js';
import {
  allCatalogs,
  CatalogError,
  defineEnum,
  defineMessages,
  fromNepaliDigits,
  type LocalizedText,
  toNepaliDigits,
} from './index.js';

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
    expect(c.format('hi', 'en', { name: 'Demo' })).toBe('Hi Demo, {missing}');
    expect(c.localized('hi', { name: 'Demo' })).toEqual({ en: 'Hi Demo, {missing}', ne: 'नमस्ते Demo' });
  });

  it('returns the registered catalog when a namespace is declared again with the same entries', () => {
    const entries = { a: { en: 'A', ne: 'क' } };
    const first = defineMessages('test.same', entries);
    expect(defineMessages('test.same', { a: { en: 'A', ne: 'क' } })).toBe(first);
  });

  it('throws a CatalogError when a namespace is reused with other entries', () => {
    defineMessages('test.taken', { a: { en: 'A', ne: 'क' } });
    const others: Record<string, LocalizedText>[] = [
      { a: { en: 'A', ne: 'क' }, b: { en: 'B', ne: 'ख' } },
      { a: { en: 'Changed', ne: 'क' } },
      { b: { en: 'A', ne: 'क' } },
    ];
    for (const other of others) {
      let caught: unknown;
      try {
        defineMessages('test.taken', other);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CatalogError);
      expect(caught).toMatchObject({ code: 'duplicate_catalog_namespace', namespace: 'test.taken' });
      expect((caught as CatalogError).localized.ne).toMatch(DEVANAGARI);
    }
    expect(allCatalogs().filter((c) => c.namespace === 'test.taken')).toHaveLength(1);
  });

  it('registers each namespace once', () => {
    const namespaces = allCatalogs().map((c) => c.namespace);
    expect(new Set(namespaces).size).toBe(namespaces.length);
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

  it('builds its schema once, on first use', () => {
    expect(Colour.schema).toBe(Colour.schema);
    expect(Object.isFrozen(Colour)).toBe(true);
  });

  it('can be declared over a catalog, sharing its labels', () => {
    const labels = defineMessages('test.shape', {
      round: { en: 'Round', ne: 'गोलो' },
      square: { en: 'Square', ne: 'वर्गाकार' },
    });
    const Shape = defineEnum(labels);
    expect(Shape.values).toEqual(['round', 'square']);
    expect(Shape.labels).toBe(labels);
    expect(Shape.label('round', 'ne')).toBe('गोलो');
    expect(Shape.schema.safeParse('square').success).toBe(true);
    expect(Shape.schema.safeParse('oval').success).toBe(false);
    expect(() => defineEnum(defineMessages('test.no-shape', {}))).toThrow(
      expect.objectContaining({ code: 'empty_enumeration', namespace: 'test.no-shape' }),
    );
  });

  it('throws a CatalogError for an enumeration without values', () => {
    expect(() => defineEnum('test.empty', {})).toThrow(CatalogError);
    expect(() => defineEnum('test.empty', {})).toThrow(
      expect.objectContaining({ code: 'empty_enumeration', namespace: 'test.empty' }),
    );
  });
});

describe('Nepali digits', () => {
  it('round-trips every digit', () => {
    expect(toNepaliDigits('0123456789')).toBe('०१२३४५६७८९');
    expect(fromNepaliDigits('०१२३४५६७८९')).toBe('0123456789');
    expect(toNepaliDigits(2082)).toBe('२०८२');
  });
});
