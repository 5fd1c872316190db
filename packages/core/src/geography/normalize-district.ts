// Aliases: `districtAliases` of ./nepal-data.ts (sources: docs/reference-data.md), plus the common spellings
// and Nepali names below.
import type { Locale, LocalizedText } from '../i18n/locale.js';
import {
  DistrictError,
  type DistrictErrorCode,
  districtErrorMessages as messages,
} from './district-error.js';
import { districtLabels } from './district-labels.js';
import { DISTRICT_NAMES, type District } from './district-schema.js';
import { nepal } from './nepal-data.js';
import { provinceOfDistrict } from './provinces.js';

/** Spellings seen in forms and older documents that nepal-data.ts does not list. */
const EXTRA_ALIASES: Readonly<Record<string, District>> = {
  Kabhrepalanchok: 'Kavrepalanchok',
  Kavrepalanchowk: 'Kavrepalanchok',
  Kabhre: 'Kavrepalanchok',
  काभ्रे: 'Kavrepalanchok',
  Sindhupalchowk: 'Sindhupalchok',
  Udaypur: 'Udayapur',
  Bardia: 'Bardiya',
  Tanahu: 'Tanahun',
  Dhanusa: 'Dhanusha',
  'Dang Deukhuri': 'Dang',
  'दाङ देउखुरी': 'Dang',
  'Rukum Purba': 'Rukum East',
  'Rukum Paschim': 'Rukum West',
  'East Rukum': 'Rukum East',
  'West Rukum': 'Rukum West',
  'Nawalparasi East': 'Nawalpur',
  'Nawalparasi West': 'Parasi',
  'Nawalparasi (Bardaghat Susta Purba)': 'Nawalpur',
  'Nawalparasi (Bardaghat Susta Paschim)': 'Parasi',
  'नवलपरासी (बर्दघाट सुस्ता पूर्व)': 'Nawalpur',
  'नवलपरासी (बर्दघाट सुस्ता पश्चिम)': 'Parasi',
  'पूर्वी रुकुम': 'Rukum East',
  'पश्चिमी रुकुम': 'Rukum West',
  काठमाण्डौ: 'Kathmandu',
};

/** Districts divided in 2015; the old name alone cannot say which successor is meant. */
const SPLIT_DISTRICTS: readonly {
  readonly old: LocalizedText;
  readonly pair: readonly [District, District];
}[] = [
  { old: { en: 'Rukum', ne: 'रुकुम' }, pair: ['Rukum East', 'Rukum West'] },
  { old: { en: 'Nawalparasi', ne: 'नवलपरासी' }, pair: ['Nawalpur', 'Parasi'] },
];

/**
 * Reduces a name to a comparison key: case, spacing, punctuation and Latin diacritics are ignored, and
 * Devanagari chandrabindu and anusvara are treated alike (both spellings of काठमाडौँ are common).
 */
function keyOf(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200c\u200d]/g, '')
    .replace(/\u0901/g, '\u0902')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .normalize('NFC');
}

const known = new Map<string, District>();
for (const district of DISTRICT_NAMES) {
  known.set(keyOf(district), district);
  known.set(keyOf(districtLabels.entries[district].ne), district);
}
for (const [alias, district] of Object.entries({ ...nepal.districtAliases, ...EXTRA_ALIASES })) {
  known.set(keyOf(alias), district as District);
}
const split = new Map(
  SPLIT_DISTRICTS.flatMap((entry) => [keyOf(entry.old.en), keyOf(entry.old.ne)].map((k) => [k, entry])),
);

/** Inputs longer than this are not names; rejecting them early keeps the suggestion search cheap. */
const MAX_INPUT_LENGTH = 100;

/**
 * The outcome of {@link normalizeDistrict}: the canonical district, or why the input is not one.
 * Messages never repeat the input (it may come from a participant's record).
 *
 * @example
 * ```ts
 * const result: DistrictNormalization = normalizeDistrict('Rukum');
 * if (!result.ok) result.candidates; // ['Rukum East', 'Rukum West']
 * ```
 */
export type DistrictNormalization =
  | { readonly ok: true; readonly district: District }
  | {
      readonly ok: false;
      readonly code: DistrictErrorCode;
      readonly message: LocalizedText;
      /** For `ambiguous_district`, the successors; for `unknown_district`, close spellings if any. */
      readonly candidates?: readonly District[];
    };

function distanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]! <= limit;
}

function suggestions(key: string): District[] {
  if (key.length < 3) return [];
  const found = new Set<District>();
  for (const [knownKey, district] of known) if (distanceAtMost(key, knownKey, 2)) found.add(district);
  return [...found].slice(0, 5);
}

/**
 * Turns a district name as typed into its canonical name. Accepts canonical names, the aliases of
 * `nepal-data.ts` (e.g. `Kavre`), common spellings and Nepali names, ignoring case, spacing and punctuation.
 * The names of districts divided in 2015 (`Rukum`, `Nawalparasi`) are ambiguous and rejected with their
 * successors as candidates. Never throws; see {@link parseDistrict} for a throwing variant.
 *
 * @param input - a district name as a person typed it
 * @example
 * ```ts
 * normalizeDistrict(' kavre '); // { ok: true, district: 'Kavrepalanchok' }
 * normalizeDistrict('काठमाडौं'); // { ok: true, district: 'Kathmandu' }
 * normalizeDistrict('Nawalparasi');
 * // { ok: false, code: 'ambiguous_district', candidates: ['Nawalpur', 'Parasi'], message: {...} }
 * ```
 */
export function normalizeDistrict(input: string): DistrictNormalization {
  const key = typeof input === 'string' && input.length <= MAX_INPUT_LENGTH ? keyOf(input) : '';
  const district = known.get(key);
  if (district) return { ok: true, district };
  const ambiguous = split.get(key);
  if (ambiguous) {
    const [first, second] = ambiguous.pair;
    const params = (locale: Locale) => ({
      old: ambiguous.old[locale],
      first: districtLabels.format(first, locale),
      firstProvince: provinceOfDistrict(first).name[locale],
      second: districtLabels.format(second, locale),
      secondProvince: provinceOfDistrict(second).name[locale],
    });
    return {
      ok: false,
      code: 'ambiguous_district',
      message: {
        en: messages.format('ambiguous_district', 'en', params('en')),
        ne: messages.format('ambiguous_district', 'ne', params('ne')),
      },
      candidates: ambiguous.pair,
    };
  }
  const candidates = suggestions(key);
  return {
    ok: false,
    code: 'unknown_district',
    message: messages.localized('unknown_district'),
    ...(candidates.length > 0 ? { candidates } : {}),
  };
}

/**
 * Like {@link normalizeDistrict}, but returns the district or throws a {@link DistrictError}.
 *
 * @param input - a district name as a person typed it
 * @throws {@link DistrictError} with code `ambiguous_district` or `unknown_district`
 * @example
 * ```ts
 * parseDistrict('Chitawan'); // 'Chitwan'
 * parseDistrict('Gotham'); // throws DistrictError (code 'unknown_district')
 * ```
 */
export function parseDistrict(input: string): District {
  const result = normalizeDistrict(input);
  if (result.ok) return result.district;
  throw new DistrictError(result.code, result.message, result.candidates);
}
