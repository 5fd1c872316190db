import * as z from 'zod/mini';
import { offsetInRange, TextSchema } from './text.js';

/**
 * A calendar date in ISO 8601 (AD), e.g. `2026-11-28`. Dates are stored in AD; Bikram Sambat is for display.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse('2026-11-28').success; // true
 * IsoDateSchema.safeParse('2083-08-12').success; // true: a valid AD date, so convert BS first
 * ```
 */
export const IsoDateSchema = z.iso.date();

/**
 * An instant in ISO 8601 with an offset, e.g. `2026-11-28T09:30:00Z`. The offset is one in use
 * (-12:00 to +14:00).
 *
 * @example
 * ```ts
 * IsoDateTimeSchema.safeParse('2026-11-28T15:15:00+05:45').success; // true
 * IsoDateTimeSchema.safeParse('2026-11-28T15:15:00').success; // false: no offset
 * IsoDateTimeSchema.safeParse('2026-11-28T15:15:00+16:00').success; // false: no such offset
 * ```
 */
// Pure, so that a bundle which checks dates only (the job widget's editor) leaves the datetime rules out.
export const IsoDateTimeSchema = /* @__PURE__ */ (() =>
  z.iso.datetime({ offset: true }).check(offsetInRange()))();

/**
 * A non-negative whole amount of Nepali rupees (NPR). Money is always integer rupees.
 *
 * @example
 * ```ts
 * NprSchema.safeParse(19550).success; // true
 * NprSchema.safeParse(12.5).success; // false
 * ```
 */
export const NprSchema = z.number().check(z.int(), z.nonnegative());

/**
 * A short single-line text (names of organisations, titles): 1 to 200 characters, without NUL or broken
 * characters (see `TextSchema`).
 *
 * @example
 * ```ts
 * ShortTextSchema.parse('  Kitchen assistant '); // 'Kitchen assistant' (trimmed)
 * ShortTextSchema.safeParse('   ').success; // false
 * ```
 */
export const ShortTextSchema = TextSchema.check(z.trim(), z.minLength(1), z.maxLength(200));

/**
 * Free text written by staff. Always classed `free_text`: free text can carry anything, including
 * names and places, so it is never shown to roles that may not see personal data. Up to 10,000
 * characters, without NUL or broken characters (see `TextSchema`).
 *
 * @example
 * ```ts
 * const NotesSchema = z.optional(FreeTextSchema); // up to 10,000 characters
 * const ReasonSchema = FreeTextSchema.check(z.trim(), z.minLength(1)); // required free text
 * ```
 */
export const FreeTextSchema = TextSchema.check(z.maxLength(10_000));
