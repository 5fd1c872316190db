// Source: ./nepal-data.ts (public province and district lists and local-level counts; see
// docs/reference-data.md). Nepali names are ours and await a native speaker's review (docs/i18n.md).
import { defineMessages } from '../i18n/catalog.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import { DistrictError, districtErrorMessages } from './district-error.js';
import { DISTRICT_NAMES, type District, type ProvinceCode } from './district-schema.js';
import { nepal } from './nepal-data.js';

/**
 * The names of the 7 provinces in English and Nepali, keyed by ISO 3166-2 code (exported as
 * `provinceLabels`).
 *
 * @example
 * ```ts
 * provinceLabels.format('NP-P3', 'ne'); // 'बागमती'
 * ```
 */
const provinceLabels = defineMessages<ProvinceCode>('geography.province', {
  'NP-P1': { en: 'Koshi', ne: 'कोशी' },
  'NP-P2': { en: 'Madhesh', ne: 'मधेश' },
  'NP-P3': { en: 'Bagmati', ne: 'बागमती' },
  'NP-P4': { en: 'Gandaki', ne: 'गण्डकी' },
  'NP-P5': { en: 'Lumbini', ne: 'लुम्बिनी' },
  'NP-P6': { en: 'Karnali', ne: 'कर्णाली' },
  'NP-P7': { en: 'Sudurpashchim', ne: 'सुदूरपश्चिम' },
});

/**
 * The seats of the 7 provincial governments in English and Nepali, keyed by province code (exported as
 * `provinceHeadquartersLabels`).
 *
 * @example
 * ```ts
 * provinceHeadquartersLabels.format('NP-P4', 'en'); // 'Pokhara'
 * ```
 */
const headquartersLabels = defineMessages<ProvinceCode>('geography.province_headquarters', {
  'NP-P1': { en: 'Biratnagar', ne: 'विराटनगर' },
  'NP-P2': { en: 'Janakpur', ne: 'जनकपुर' },
  'NP-P3': { en: 'Hetauda', ne: 'हेटौँडा' },
  'NP-P4': { en: 'Pokhara', ne: 'पोखरा' },
  'NP-P5': { en: 'Deukhuri', ne: 'देउखुरी' },
  'NP-P6': { en: 'Birendranagar', ne: 'वीरेन्द्रनगर' },
  'NP-P7': { en: 'Godawari', ne: 'गोदावरी' },
});

/**
 * One of the 7 provinces of Nepal.
 *
 * @example
 * ```ts
 * const bagmati = provinceByCode('NP-P3');
 * bagmati.name.ne; // 'बागमती'
 * bagmati.districts.includes('Kathmandu'); // true
 * ```
 */
export interface Province {
  /** ISO 3166-2 code, `NP-P1` to `NP-P7`. */
  readonly code: ProvinceCode;
  /** The province's number, 1 to 7 (its name before the provinces were named). */
  readonly number: number;
  /** The province's name in English and Nepali. */
  readonly name: LocalizedText;
  /** The seat of the provincial government, in English and Nepali. */
  readonly headquarters: LocalizedText;
  /** The number of local levels (municipalities and rural municipalities). */
  readonly localLevels: number;
  /** Its districts, by canonical name. */
  readonly districts: readonly District[];
}

const districtSet = new Set<string>(DISTRICT_NAMES);
function asDistrict(name: string): District {
  // Guards the cast below: nepal-data.ts and DISTRICT_NAMES must agree (also covered by a test).
  if (!districtSet.has(name))
    throw new TypeError(`nepal-data.ts lists a district not in DISTRICT_NAMES: ${name}`);
  return name as District;
}

/**
 * The 7 provinces, in order of their number (Koshi first).
 *
 * @example
 * ```ts
 * PROVINCES.map((p) => p.name.en); // ['Koshi', 'Madhesh', ..., 'Sudurpashchim']
 * ```
 */
export const PROVINCES: readonly Province[] = Object.freeze(
  nepal.provinces.map((p) => {
    const code = p.code as ProvinceCode;
    return Object.freeze({
      code,
      number: p.number,
      name: provinceLabels.localized(code),
      headquarters: headquartersLabels.localized(code),
      localLevels: p.localLevels,
      districts: Object.freeze(p.districts.map(asDistrict)),
    });
  }),
);

const byCode = new Map<ProvinceCode, Province>(PROVINCES.map((p) => [p.code, p]));
const provinceByDistrict = new Map<District, Province>(
  PROVINCES.flatMap((p) => p.districts.map((d) => [d, p] as const)),
);

/**
 * The province with a code.
 *
 * @example
 * ```ts
 * provinceByCode('NP-P7').name.en; // 'Sudurpashchim'
 * ```
 */
export function provinceByCode(code: ProvinceCode): Province {
  // Every ProvinceCode is in PROVINCES (tested), so the look-up cannot miss for well-typed input.
  return byCode.get(code) as Province;
}

/**
 * The province a district belongs to. Takes any string, since district names often come from stored or
 * typed data: a name that is not a canonical district (see `normalizeDistrict` for spellings) throws.
 *
 * @param district - a canonical district name
 * @throws {@link DistrictError} `unknown_district` when `district` is not one of the 77 canonical names
 * @example
 * ```ts
 * provinceOfDistrict('Rukum West').code; // 'NP-P6' (Karnali)
 * provinceOfDistrict('Rukum East').code; // 'NP-P5' (Lumbini)
 * provinceOfDistrict('Kavre'); // throws DistrictError (code 'unknown_district'): not the canonical name
 * ```
 */
export function provinceOfDistrict(district: District | (string & {})): Province {
  const province = provinceByDistrict.get(district as District);
  if (!province)
    throw new DistrictError('unknown_district', districtErrorMessages.localized('unknown_district'));
  return province;
}

/**
 * The districts of a province, in the order of `nepal-data.ts`.
 *
 * @example
 * ```ts
 * districtsOfProvince('NP-P2'); // ['Saptari', 'Siraha', 'Dhanusha', ...] (8 districts)
 * ```
 */
export function districtsOfProvince(code: ProvinceCode): readonly District[] {
  return provinceByCode(code).districts;
}

/**
 * The name of a province in a locale.
 *
 * @example
 * ```ts
 * provinceName('NP-P5', 'ne'); // 'लुम्बिनी'
 * ```
 */
export function provinceName(code: ProvinceCode, locale: Locale): string {
  return provinceLabels.format(code, locale);
}

// The catalogs of province names and headquarters, e.g. to list them for review (documented above).
export { headquartersLabels as provinceHeadquartersLabels, provinceLabels };
