import { defineMessages } from '../i18n/catalog.js';
import type { DomainIssue } from './domain-checks.js';

/**
 * Messages of the rules shared by several records.
 *
 * @example
 * ```ts
 * commonRuleMessages.format('duplicate', 'en'); // 'This value appears more than once'
 * ```
 */
export const commonRuleMessages = defineMessages('model.rules', {
  duplicate: { en: 'This value appears more than once', ne: 'यो मान एकभन्दा बढी पटक आएको छ' },
  date_order: {
    en: 'This date is before the date it must follow',
    ne: 'यो मिति यसअघि हुनुपर्ने मितिभन्दा पहिले छ',
  },
});

/**
 * Issues for every repeated value in `values`, blaming the repeats (not the first occurrence).
 *
 * @example
 * ```ts
 * duplicateIssues(['a', 'b', 'a'], ['languages']); // one issue at ['languages', 2]
 * ```
 */
export function duplicateIssues(
  values: readonly unknown[],
  path: readonly (string | number)[],
  key: (value: unknown) => unknown = (v) => v,
): DomainIssue[] {
  const seen = new Set<unknown>();
  const out: DomainIssue[] = [];
  values.forEach((value, index) => {
    const k = key(value);
    if (seen.has(k))
      out.push({
        path: [...path, index],
        code: 'duplicate',
        message: commonRuleMessages.localized('duplicate'),
      });
    seen.add(k);
  });
  return out;
}

/**
 * An issue at `path` when both instants are present and `later` is before `earlier`.
 *
 * @example
 * ```ts
 * dateOrderIssue('2026-02-01', '2026-01-01', ['dueDate']); // [issue at ['dueDate']]
 * ```
 */
export function dateOrderIssue(
  earlier: string | undefined,
  later: string | undefined,
  path: readonly (string | number)[],
): DomainIssue[] {
  if (earlier === undefined || later === undefined) return [];
  return Date.parse(later) < Date.parse(earlier)
    ? [{ path, code: 'date_order', message: commonRuleMessages.localized('date_order') }]
    : [];
}
