import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DistrictError } from './district-error.js';
import { districtLabels } from './district-labels.js';
import { DISTRICT_NAMES, type District } from './district-schema.js';
import { nepal } from './nepal-data.js';
import { normalizeDistrict, parseDistrict } from './normalize-district.js';

const ALIASES = Object.entries(nepal.districtAliases) as [string, District][];
const NAMES: [string, District][] = [
  ...DISTRICT_NAMES.map((d): [string, District] => [d, d]),
  ...ALIASES,
  ...DISTRICT_NAMES.map((d): [string, District] => [districtLabels.entries[d].ne, d]),
];

/** Random upper/lower case per character, random padding, and doubled inner spaces. */
const disguised = (name: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }),
      fc.constantFrom('', ' ', '  ', '\t', '\n ', '\u00a0'),
      fc.constantFrom('', ' ', '   ', '\t'),
      fc.constantFrom(' ', '  ', '-', ' - ', '_'),
    )
    .map(([upper, before, after, space]) => {
      const cased = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('');
      return before + cased.replace(/ /g, space) + after;
    });

describe('normalizeDistrict', () => {
  it('normalises the examples users type', () => {
    expect(normalizeDistrict(' kavre ')).toEqual({ ok: true, district: 'Kavrepalanchok' });
    expect(normalizeDistrict('KATHMANDU')).toEqual({ ok: true, district: 'Kathmandu' });
    expect(normalizeDistrict('Dang Deukhuri')).toEqual({ ok: true, district: 'Dang' });
    expect(normalizeDistrict('dang-deukhuri')).toEqual({ ok: true, district: 'Dang' });
    expect(normalizeDistrict('दाङ देउखुरी')).toEqual({ ok: true, district: 'Dang' });
    expect(normalizeDistrict('rukum  east')).toEqual({ ok: true, district: 'Rukum East' });
    expect(normalizeDistrict('Rukum-West')).toEqual({ ok: true, district: 'Rukum West' });
    expect(normalizeDistrict('Nawalparasi (Bardaghat Susta East)')).toEqual({
      ok: true,
      district: 'Nawalpur',
    });
    expect(normalizeDistrict('Nawalparasi Bardaghat Susta West')).toEqual({ ok: true, district: 'Parasi' });
    expect(normalizeDistrict('Bardia')).toEqual({ ok: true, district: 'Bardiya' });
    expect(normalizeDistrict('Chitawan.')).toEqual({ ok: true, district: 'Chitwan' });
  });

  it('accepts Nepali names, with either nasal mark', () => {
    expect(normalizeDistrict('काठमाडौँ')).toEqual({ ok: true, district: 'Kathmandu' });
    expect(normalizeDistrict('काठमाडौं')).toEqual({ ok: true, district: 'Kathmandu' });
    expect(normalizeDistrict(' रुकुम पश्चिम ')).toEqual({ ok: true, district: 'Rukum West' });
    expect(normalizeDistrict('काभ्रे')).toEqual({ ok: true, district: 'Kavrepalanchok' });
  });

  it.each([
    ['Rukum', ['Rukum East', 'Rukum West']],
    [' rukum ', ['Rukum East', 'Rukum West']],
    ['रुकुम', ['Rukum East', 'Rukum West']],
    ['NAWALPARASI', ['Nawalpur', 'Parasi']],
    ['नवलपरासी', ['Nawalpur', 'Parasi']],
  ])('rejects the divided district %j as ambiguous, naming its successors', (input, successors) => {
    const result = normalizeDistrict(input);
    expect(result).toMatchObject({ ok: false, code: 'ambiguous_district', candidates: successors });
    if (result.ok) return;
    for (const successor of successors as District[]) {
      expect(result.message.en).toContain(successor);
      expect(result.message.ne).toContain(districtLabels.entries[successor].ne);
    }
    expect(result.message.ne).not.toBe(result.message.en);
  });

  it('names the provinces of the successors', () => {
    const result = normalizeDistrict('Rukum');
    expect(!result.ok && result.message.en).toBe(
      'Rukum was divided into Rukum East (Lumbini) and Rukum West (Karnali). Choose one of them.',
    );
  });

  it('rejects unknown names, suggesting close spellings without repeating the input', () => {
    const result = normalizeDistrict('Kathmando');
    expect(result).toMatchObject({ ok: false, code: 'unknown_district', candidates: ['Kathmandu'] });
    expect(!result.ok && result.message.en).not.toContain('Kathmando');
    expect(normalizeDistrict('Gotham City')).toMatchObject({ ok: false, code: 'unknown_district' });
    expect(normalizeDistrict('Gotham City')).not.toHaveProperty('candidates');
    expect(normalizeDistrict('')).toMatchObject({ ok: false, code: 'unknown_district' });
    expect(normalizeDistrict('   ')).toMatchObject({ ok: false, code: 'unknown_district' });
    expect(normalizeDistrict('Kathmandu'.repeat(20))).toMatchObject({ ok: false, code: 'unknown_district' });
  });

  it('does not throw on non-strings from untyped callers', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(normalizeDistrict(value as unknown as string)).toMatchObject({
        ok: false,
        code: 'unknown_district',
      });
    }
  });

  it('property: every canonical name, alias and Nepali name, disguised, normalises to its district', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...NAMES)
          .chain(([name, district]) => disguised(name).map((input) => ({ input, district }))),
        ({ input, district }) => {
          expect(normalizeDistrict(input)).toEqual({ ok: true, district });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('property: strings that are not names are rejected, and nothing throws', () => {
    // Looser than the implementation's key (it keeps only letters), so no real name slips through as a non-name.
    const keyOf = (s: string) =>
      s
        .normalize('NFKD')
        .replace(/\u0901/g, '\u0902')
        .toLowerCase()
        .replace(/[^a-z\u0900-\u097f]|[\u0964\u0965\u0970]/g, '');
    const nameKeys = new Set(NAMES.map(([name]) => keyOf(name)));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (input) => {
          const result = normalizeDistrict(input);
          if (!nameKeys.has(keyOf(input))) expect(result.ok).toBe(false);
          if (!result.ok) expect(['unknown_district', 'ambiguous_district']).toContain(result.code);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('parseDistrict', () => {
  it('returns the district or throws a DistrictError with a stable code', () => {
    expect(parseDistrict('Kapilbastu')).toBe('Kapilvastu');
    expect(() => parseDistrict('Nawalparasi')).toThrow(DistrictError);
    try {
      parseDistrict('Nawalparasi');
    } catch (error) {
      expect(error).toBeInstanceOf(DistrictError);
      expect(error).toMatchObject({ code: 'ambiguous_district', candidates: ['Nawalpur', 'Parasi'] });
      expect((error as DistrictError).localized.ne).toContain('नवलपुर');
    }
    expect(() => parseDistrict('Atlantis')).toThrow(expect.objectContaining({ code: 'unknown_district' }));
  });
});
