import * as z from 'zod/mini';

/**
 * A calendar date in ISO 8601 (AD), e.g. `2026-11-28`. Dates are stored in AD; Bikram Sambat is for display.
 */
export const IsoDateSchema = z.iso.date();

/** An instant in ISO 8601 with an offset, e.g. `2026-11-28T09:30:00Z`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** A non-negative whole amount of Nepali rupees (NPR). Money is always integer rupees. */
export const NprSchema = z.number().check(z.int(), z.nonnegative());

/** A short single-line text (names of organisations, titles): 1 to 200 characters. */
export const ShortTextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/**
 * Free text written by staff. Always classed `sensitive`: free text can carry anything, including
 * names and places, so it is never shown to roles that may not see personal data.
 */
export const FreeTextSchema = z.string().check(z.maxLength(10_000));
