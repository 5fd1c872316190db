import type { LocalizedText } from '../i18n/locale.js';

/**
 * One problem with one field of an input, as the registry returns it in problem+json `errors` and the
 * client raises it in its validation error.
 *
 * @example
 * ```ts
 * const issue: FieldIssue = {
 *   path: ['consents', 0, 'purpose'],
 *   pointer: '/consents/0/purpose',
 *   code: 'invalid_value',
 *   message: { en: 'Must be one of: services, sharing', ne: 'यीमध्ये एक हुनुपर्छ: services, sharing' },
 * };
 * ```
 */
export interface FieldIssue {
  /** Where the problem is, as keys and indexes from the root of the input. */
  readonly path: readonly (string | number)[];
  /** The same place as a JSON Pointer (RFC 6901), e.g. `/consents/0/purpose`; `` for the root. */
  readonly pointer: string;
  /** A stable machine code (zod 4 issue codes, plus `required` and the domain's own codes). */
  readonly code: string;
  /** What is wrong, in English and Nepali. */
  readonly message: LocalizedText;
}

/**
 * Turns a path into a JSON Pointer (RFC 6901).
 *
 * @example
 * ```ts
 * toJsonPointer(['a/b', 0]); // '/a~1b/0'
 * ```
 */
export function toJsonPointer(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
