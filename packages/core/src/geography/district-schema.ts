import * as z from 'zod/mini';
import { nepal } from './nepal-data.js';

/**
 * The 77 districts of Nepal by their canonical English names, grouped by province (Koshi first) in the
 * order of the reference data (`nepal-data.ts`), whose `as const` literals make `District` a union.
 *
 * The two districts split in 2015 appear under their successors only: `Rukum East` / `Rukum West` and
 * `Nawalpur` (Nawalparasi East) / `Parasi` (Nawalparasi West).
 *
 * @example
 * ```ts
 * DISTRICT_NAMES.length; // 77
 * DISTRICT_NAMES.includes('Kathmandu'); // true
 * ```
 */
export const DISTRICT_NAMES = Object.freeze(
  nepal.provinces.flatMap((p) => p.districts) as unknown as readonly [
    (typeof nepal.provinces)[number]['districts'][number],
    ...(typeof nepal.provinces)[number]['districts'][number][],
  ],
);

/**
 * Accepts exactly one of the 77 canonical district names (case-sensitive, no aliases). Plain `z.enum`
 * without transforms, so it converts to JSON Schema cleanly; normalise user input first with
 * `normalizeDistrict`.
 *
 * @example
 * ```ts
 * DistrictSchema.safeParse('Kavrepalanchok').success; // true
 * DistrictSchema.safeParse('Kavre').success; // false: an alias, normalise it first
 * ```
 */
// Pure, so that a bundle which only lists districts (the job board) drops it and zod with it.
export const DistrictSchema = /* @__PURE__ */ z.enum(DISTRICT_NAMES);

/**
 * One of the 77 districts of Nepal, by canonical English name.
 *
 * @example
 * ```ts
 * const district: District = 'Kathmandu';
 * ```
 */
export type District = (typeof DISTRICT_NAMES)[number];

/**
 * The ISO 3166-2 code of one of the 7 provinces, `NP-P1` (Koshi) to `NP-P7` (Sudurpashchim).
 *
 * @example
 * ```ts
 * ProvinceCodeSchema.safeParse('NP-P3').success; // true (Bagmati)
 * ProvinceCodeSchema.safeParse('NP-P8').success; // false
 * ```
 */
export const ProvinceCodeSchema = /* @__PURE__ */ z.enum([
  'NP-P1',
  'NP-P2',
  'NP-P3',
  'NP-P4',
  'NP-P5',
  'NP-P6',
  'NP-P7',
]);

/**
 * The code of one of the 7 provinces of Nepal.
 *
 * @example
 * ```ts
 * const bagmati: ProvinceCode = 'NP-P3';
 * ```
 */
export type ProvinceCode = z.infer<typeof ProvinceCodeSchema>;
