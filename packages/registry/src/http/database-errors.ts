import { Problem } from './problem.js';

/**
 * PostgreSQL SQLSTATEs of class 22 ("data exception") that only a value sent by the caller can cause:
 * text the database cannot store, a datetime or offset it cannot read, a number or string out of range.
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const CALLER_DATA = new Set([
  '22001', // string_data_right_truncation
  '22003', // numeric_value_out_of_range
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22009', // invalid_time_zone_displacement_value
  '22021', // character_not_in_repertoire (a NUL byte in text)
  '22P02', // invalid_text_representation (e.g. a lone surrogate in JSON)
  '22P05', // untranslatable_character (a \u0000 escape in JSON)
]);

/**
 * The 400 problem for a database error that a value of the request caused, or undefined for any other
 * error. A defence in depth: core's schemas and the HTTP layer refuse such values up front with a field
 * pointer; this keeps a value that slipped past them (a new field, a new query) from becoming a 500. The
 * detail names the SQLSTATE only: the driver's message may quote the value.
 *
 * @example
 * ```ts
 * const problem = problemFromDatabaseError(error); // Problem('bad-request', …) for code 22P05
 * ```
 */
export function problemFromDatabaseError(error: unknown): Problem | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !CALLER_DATA.has(code)) return undefined;
  return new Problem('bad-request', `A value of the request cannot be stored (SQLSTATE ${code}).`);
}
