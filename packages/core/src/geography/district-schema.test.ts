import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DISTRICT_NAMES, DistrictSchema, ProvinceCodeSchema } from './district-schema.js';
import { nepal } from './nepal-data.js';

// An independent copy of the official list (province by province, Koshi first), so that a change to the
// reference data that drops, renames or reorders a district fails here.
const OFFICIAL = [
  'Taplejung',
  'Panchthar',
  'Ilam',
  'Jhapa',
  'Morang',
  'Sunsari',
  'Dhankuta',
  'Terhathum',
  'Sankhuwasabha',
  'Bhojpur',
  'Solukhumbu',
  'Okhaldhunga',
  'Khotang',
  'Udayapur',
  'Saptari',
  'Siraha',
  'Dhanusha',
  'Mahottari',
  'Sarlahi',
  'Rautahat',
  'Bara',
  'Parsa',
  'Sindhuli',
  'Ramechhap',
  'Dolakha',
  'Sindhupalchok',
  'Kavrepalanchok',
  'Lalitpur',
  'Bhaktapur',
  'Kathmandu',
  'Nuwakot',
  'Rasuwa',
  'Dhading',
  'Makwanpur',
  'Chitwan',
  'Gorkha',
  'Manang',
  'Mustang',
  'Myagdi',
  'Kaski',
  'Lamjung',
  'Tanahun',
  'Nawalpur',
  'Syangja',
  'Parbat',
  'Baglung',
  'Rukum East',
  'Rolpa',
  'Pyuthan',
  'Gulmi',
  'Arghakhanchi',
  'Palpa',
  'Parasi',
  'Rupandehi',
  'Kapilvastu',
  'Dang',
  'Banke',
  'Bardiya',
  'Dolpa',
  'Mugu',
  'Humla',
  'Jumla',
  'Kalikot',
  'Dailekh',
  'Jajarkot',
  'Rukum West',
  'Salyan',
  'Surkhet',
  'Bajura',
  'Bajhang',
  'Darchula',
  'Baitadi',
  'Dadeldhura',
  'Doti',
  'Achham',
  'Kailali',
  'Kanchanpur',
];

describe('DISTRICT_NAMES', () => {
  it('lists the 77 official districts, in order, without duplicates', () => {
    expect(DISTRICT_NAMES).toHaveLength(77);
    expect(new Set(DISTRICT_NAMES).size).toBe(77);
    expect([...DISTRICT_NAMES]).toEqual(OFFICIAL);
  });

  it('has no pre-2015 names', () => {
    expect(DISTRICT_NAMES).not.toContain('Rukum');
    expect(DISTRICT_NAMES).not.toContain('Nawalparasi');
  });
});

describe('DistrictSchema', () => {
  it('accepts every canonical name and rejects aliases and other case', () => {
    for (const name of DISTRICT_NAMES) expect(DistrictSchema.safeParse(name).success).toBe(true);
    expect(DistrictSchema.safeParse('Kavre').success).toBe(false);
    expect(DistrictSchema.safeParse('kathmandu').success).toBe(false);
    expect(DistrictSchema.safeParse('Rukum').success).toBe(false);
  });

  it('converts to a plain JSON Schema enum', () => {
    expect(z.toJSONSchema(DistrictSchema)).toMatchObject({ type: 'string', enum: [...DISTRICT_NAMES] });
  });
});

describe('ProvinceCodeSchema', () => {
  it('accepts NP-P1 to NP-P7 only', () => {
    expect(ProvinceCodeSchema.options).toEqual(nepal.provinces.map((p) => p.code));
    for (const bad of ['NP-P0', 'NP-P8', 'np-p1', 'P1', '1'])
      expect(ProvinceCodeSchema.safeParse(bad).success).toBe(false);
    expect(z.toJSONSchema(ProvinceCodeSchema)).toMatchObject({ enum: ProvinceCodeSchema.options });
  });
});
