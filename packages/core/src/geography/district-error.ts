import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { District } from './district-schema.js';

const messages = defineMessages('geography.district_error', {
  unknown_district: {
    en: 'Not a district of Nepal. Choose one of the 77 districts.',
    ne: 'यो नेपालको जिल्ला होइन। ७७ जिल्लामध्ये एउटा छान्नुहोस्।',
  },
  ambiguous_district: {
    en: '{old} was divided into {first} ({firstProvince}) and {second} ({secondProvince}). Choose one of them.',
    ne: '{old} जिल्ला {first} ({firstProvince}) र {second} ({secondProvince}) मा विभाजित भयो। तीमध्ये एउटा छान्नुहोस्।',
  },
});

/**
 * The stable codes of {@link DistrictError} and of a failed `DistrictNormalization`.
 *
 * @example
 * ```ts
 * const code: DistrictErrorCode = 'ambiguous_district';
 * ```
 */
export type DistrictErrorCode = 'ambiguous_district' | 'unknown_district';

/**
 * Thrown by `parseDistrict` and `provinceOfDistrict`. `code` is stable; `localized` and `candidates` are as in
 * `DistrictNormalization`. The input is not repeated in the message.
 *
 * @example
 * ```ts
 * try {
 *   parseDistrict('Rukum');
 * } catch (error) {
 *   if (error instanceof DistrictError && error.code === 'ambiguous_district') error.candidates;
 * }
 * ```
 */
export class DistrictError extends LocalizedError<DistrictErrorCode> {
  override readonly name = 'DistrictError';
  /** Successors of a divided district, or close spellings of an unknown one. */
  readonly candidates: readonly District[];

  constructor(code: DistrictErrorCode, localized: LocalizedText, candidates: readonly District[] = []) {
    super(code, localized);
    this.candidates = candidates;
  }
}

/**
 * The catalog of district normalisation messages.
 *
 * @example
 * ```ts
 * districtErrorMessages.format('unknown_district', 'ne'); // 'यो नेपालको जिल्ला होइन। ...'
 * ```
 */
export const districtErrorMessages = messages;
