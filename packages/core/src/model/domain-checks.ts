import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/locale.js';

/**
 * A problem found by a domain rule (a rule across fields that a schema's types cannot say), with the
 * path of the field to blame so that forms can show it beside that field.
 *
 * @example
 * ```ts
 * const issue: DomainIssue = {
 *   path: ['ageBand'],
 *   code: 'age_exclusive',
 *   message: { en: 'Give a birth year or an age band, not both', ne: 'जन्म वर्ष वा उमेर समूह मध्ये एउटा मात्र दिनुहोस्' },
 * };
 * ```
 */
export interface DomainIssue {
  /** Keys and indexes from the root of the record. */
  readonly path: readonly (string | number)[];
  /** A stable machine code, e.g. `age_exclusive`. */
  readonly code: string;
  /** What is wrong, in English and Nepali. */
  readonly message: LocalizedText;
}

/**
 * Turns a pure function returning {@link DomainIssue}s into a zod/mini check. `validate()` maps each issue to a
 * `FieldIssue` with the rule's own code and bilingual message. The check is invisible to `z.toJSONSchema`, so
 * schemas stay JSON-Schema friendly. zod skips it when a field has the wrong type, so `rules` always sees
 * well-typed values (though a length or format check may have failed).
 *
 * @example
 * ```ts
 * const Range = z.strictObject({ from: z.number(), to: z.number() }).check(
 *   domainChecks((v) => (v.from <= v.to ? [] : [{ path: ['to'], code: 'range', message: { en: 'to < from', ne: 'उल्टो दायरा' } }])),
 * );
 * ```
 */
export function domainChecks<T>(rules: (value: T) => readonly DomainIssue[]): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    for (const issue of rules(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [...issue.path],
        message: issue.message.en,
        params: { code: issue.code, message: issue.message },
      });
    }
  });
}
