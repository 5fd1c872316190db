import * as z from 'zod/mini';

/** Crockford's base 32: no I, L, O or U, so codes read aloud or typed by hand are not confused. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY = `[${ALPHABET}]{4}-[${ALPHABET}]{4}`;

/**
 * A pseudonymous code such as `PLC-7KQ2-M9XD`: a prefix and 8 random Crockford base-32 characters
 * (40 bits). It says nothing about the person, so a corporate partner can quote it on the phone. The
 * registry must check uniqueness when it stores one.
 */
export function newPseudonymousCode(prefix: string): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  // 256 is a multiple of 32, so `b % 32` is unbiased.
  const chars = Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** A zod/mini schema for codes made by {@link newPseudonymousCode} with `prefix`. */
export function pseudonymousCodeSchema(prefix: string) {
  return z.string().check(z.regex(new RegExp(`^${prefix}-${BODY}$`), `${prefix}-XXXX-XXXX`));
}
