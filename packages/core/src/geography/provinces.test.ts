import { describe, expect, it } from 'vitest';
import { DistrictError } from './district-error.js';
import { districtLabels, districtName } from './district-labels.js';
import { DISTRICT_NAMES, ProvinceCodeSchema } from './district-schema.js';
import { nepal } from './nepal-data.js';
import {
  districtsOfProvince,
  PROVINCES,
  provinceByCode,
  provinceHeadquartersLabels,
  provinceLabels,
  provinceName,
  provinceOfDistrict,
} from './provinces.js';

const DEVANAGARI = /[\u0900-\u097F]/;

describe('PROVINCES', () => {
  it('lists the 7 provinces in order with their data', () => {
    expect(PROVINCES.map((p) => [p.code, p.number, p.name.en, p.headquarters.en])).toEqual([
      ['NP-P1', 1, 'Koshi', 'Biratnagar'],
      ['NP-P2', 2, 'Madhesh', 'Janakpur'],
      ['NP-P3', 3, 'Bagmati', 'Hetauda'],
      ['NP-P4', 4, 'Gandaki', 'Pokhara'],
      ['NP-P5', 5, 'Lumbini', 'Deukhuri'],
      ['NP-P6', 6, 'Karnali', 'Birendranagar'],
      ['NP-P7', 7, 'Sudurpashchim', 'Godawari'],
    ]);
    expect(PROVINCES.map((p) => p.districts.length)).toEqual([14, 8, 13, 11, 12, 10, 9]);
    expect(PROVINCES.reduce((sum, p) => sum + p.localLevels, 0)).toBe(nepal.localLevels.total);
  });

  it('has a province for every code', () => {
    for (const code of ProvinceCodeSchema.options) expect(provinceByCode(code).code).toBe(code);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(PROVINCES)).toBe(true);
    expect(Object.isFrozen(PROVINCES[0]?.districts)).toBe(true);
  });
});

describe('provinceOfDistrict and districtsOfProvince', () => {
  it('place the split districts in different provinces', () => {
    expect(provinceOfDistrict('Rukum East').code).toBe('NP-P5');
    expect(provinceOfDistrict('Rukum West').code).toBe('NP-P6');
    expect(provinceOfDistrict('Nawalpur').code).toBe('NP-P4');
    expect(provinceOfDistrict('Parasi').code).toBe('NP-P5');
    expect(provinceOfDistrict('Kathmandu').name.en).toBe('Bagmati');
  });

  it('throws a typed DistrictError, not a TypeError later, for a name that is not canonical', () => {
    for (const name of ['Kavre', 'kathmandu', 'Rukum', '', 'Gotham']) {
      expect(() => provinceOfDistrict(name)).toThrow(DistrictError);
      expect(() => provinceOfDistrict(name)).toThrow(expect.objectContaining({ code: 'unknown_district' }));
    }
  });

  it('are inverse: every district is in exactly the province that lists it', () => {
    const all = ProvinceCodeSchema.options.flatMap((code) => districtsOfProvince(code));
    expect([...all].sort()).toEqual([...DISTRICT_NAMES].sort());
    for (const district of DISTRICT_NAMES) {
      expect(districtsOfProvince(provinceOfDistrict(district).code)).toContain(district);
    }
  });
});

describe('Nepali names', () => {
  it('exist, in Devanagari and distinct from English, for every district, province and headquarters', () => {
    for (const catalog of [districtLabels, provinceLabels, provinceHeadquartersLabels]) {
      for (const text of Object.values(catalog.entries)) {
        expect(text.ne).toMatch(DEVANAGARI);
        expect(text.ne).not.toBe(text.en);
      }
    }
    expect(Object.keys(districtLabels.entries)).toEqual([...DISTRICT_NAMES]);
    const ne = DISTRICT_NAMES.map((d) => districtName(d, 'ne'));
    expect(new Set(ne).size).toBe(77);
  });

  it('are returned by locale', () => {
    expect(districtName('Kathmandu', 'ne')).toBe('काठमाडौँ');
    expect(districtName('Kathmandu', 'en')).toBe('Kathmandu');
    expect(provinceName('NP-P7', 'ne')).toBe('सुदूरपश्चिम');
    expect(provinceByCode('NP-P3').name).toEqual({ en: 'Bagmati', ne: 'बागमती' });
  });
});
