import * as z from 'zod/mini';
import { defineMessages } from '../i18n/catalog.js';
import { type DomainIssue, domainChecks } from './domain-checks.js';

/**
 * Messages of the text rules every string field of the model shares.
 *
 * @example
 * ```ts
 * textRuleMessages.format('nul_character', 'en'); // 'Must not contain the NUL character (U+0000)'
 * ```
 */
export const textRuleMessages = defineMessages('model.text', {
  nul_character: {
    en: 'Must not contain the NUL character (U+0000)',
    ne: 'NUL अक्षर (U+0000) राख्न मिल्दैन',
  },
  lone_surrogate: {
    en: 'Contains a broken character (an unpaired UTF-16 surrogate)',
    ne: 'बिग्रिएको अक्षर (जोडा नमिलेको UTF-16 सरोगेट) छ',
  },
  offset_out_of_range: {
    en: 'The UTC offset must be between -12:00 and +14:00',
    ne: 'UTC अफसेट -12:00 देखि +14:00 भित्र हुनुपर्छ',
  },
});

// Without the `u` flag a regular expression sees UTF-16 code units, so an unpaired half is found.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The issues of text that no store can keep as sent: a NUL character (PostgreSQL refuses it in text and
 * JSON) and an unpaired UTF-16 surrogate (it has no UTF-8 encoding, so it would be refused or silently
 * replaced). Empty when the text is fine.
 *
 * @param path - the path the issues blame (relative to the field; `[]` for the field itself)
 * @example
 * ```ts
 * textIssues('a\u0000b'); // [{ path: [], code: 'nul_character', ... }]
 * textIssues('नमस्ते'); // []
 * ```
 */
export function textIssues(value: string, path: readonly (string | number)[] = []): DomainIssue[] {
  const m = textRuleMessages;
  const out: DomainIssue[] = [];
  if (value.includes('\u0000'))
    out.push({ path, code: 'nul_character', message: m.localized('nul_character') });
  if (LONE_SURROGATE.test(value))
    out.push({ path, code: 'lone_surrogate', message: m.localized('lone_surrogate') });
  return out;
}

/**
 * The one text rule of the model, as a zod/mini check for any string schema: refuses what
 * {@link textIssues} finds. Every string field of the model carries it (directly, or through
 * {@link TextSchema}, `ShortTextSchema` and `FreeTextSchema`), so forms, the client and the registry agree.
 *
 * @example
 * ```ts
 * const Email = z.email().check(storableText());
 * ```
 */
export function storableText(): z.core.$ZodCheck<string> {
  return domainChecks<string>((value) => textIssues(value));
}

/**
 * Any text the model stores: a string that passes {@link storableText}. The base of every free-form
 * string field; add length checks with `.check(...)`.
 *
 * @example
 * ```ts
 * TextSchema.safeParse('a\u0000b').success; // false
 * const Reason = TextSchema.check(z.trim(), z.minLength(1), z.maxLength(10_000));
 * ```
 */
export const TextSchema = z.string().check(storableText());

// An offset is `Z` or `±hh:mm` at the end of an ISO 8601 instant.
const OFFSET = /([+-])(\d{2}):(\d{2})$/;

/**
 * Refuses a UTC offset outside the ones in use on Earth (-12:00 to +14:00); PostgreSQL refuses offsets
 * beyond ±15:59 and an offset like `+23:00` is a typing error. Apply after an ISO 8601 instant check.
 *
 * @example
 * ```ts
 * const Instant = z.iso.datetime({ offset: true }).check(offsetInRange());
 * ```
 */
export function offsetInRange(): z.core.$ZodCheck<string> {
  return domainChecks<string>((value) => {
    const match = OFFSET.exec(value);
    if (!match) return [];
    const minutes = (Number(match[2]) * 60 + Number(match[3])) * (match[1] === '-' ? -1 : 1);
    if (minutes >= -12 * 60 && minutes <= 14 * 60) return [];
    const m = textRuleMessages;
    return [{ path: [], code: 'offset_out_of_range', message: m.localized('offset_out_of_range') }];
  });
}
