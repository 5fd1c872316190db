/**
 * The languages every label and message is written in.
 *
 * @example
 * ```ts
 * const locale: Locale = 'ne';
 * ```
 */
export type Locale = 'en' | 'ne';

/**
 * Every supported locale, English first.
 *
 * @example
 * ```ts
 * LOCALES; // ['en', 'ne']
 * LOCALES.map((locale) => Sensitivity.label('public', locale)); // ['Public', 'सार्वजनिक']
 * ```
 */
export const LOCALES: readonly Locale[] = Object.freeze(['en', 'ne']);

/**
 * A text in every supported locale. Nepali is required: a missing translation is a bug, not a fallback.
 *
 * @example
 * ```ts
 * const text: LocalizedText = { en: 'Survivor', ne: 'पीडित' };
 * ```
 */
export interface LocalizedText {
  readonly en: string;
  readonly ne: string;
  /**
   * Whether a native speaker has reviewed the Nepali text. Unreviewed texts are listed in `docs/i18n.md`.
   * @default false
   */
  readonly reviewed?: boolean;
}

/**
 * Narrows an unknown value to a supported locale.
 *
 * @example
 * ```ts
 * isLocale('ne'); // true
 * isLocale('fr'); // false
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ne';
}
