import * as z from 'zod/mini';
import { defineMessages } from '../i18n/catalog.js';

/**
 * The messages of the livelihood records' cross-field rules. Each key is the stable `code` of the
 * {@link FieldIssue} that `validate()` reports when the rule fails.
 *
 * @example
 * ```ts
 * livelihoodRuleMessages.format('end_before_start', 'en'); // 'The end date is before the start date'
 * ```
 */
export const livelihoodRuleMessages = defineMessages('livelihood.rule', {
  end_before_start: { en: 'The end date is before the start date', ne: 'अन्त्य मिति सुरु मितिभन्दा अघि छ' },
  wage_range_inverted: {
    en: 'The highest wage is below the lowest wage',
    ne: 'अधिकतम ज्याला न्यूनतम ज्यालाभन्दा कम छ',
  },
  completed_without_date: {
    en: 'A completed enrolment needs its completion date',
    ne: 'पूरा भएको भर्नाको पूरा भएको मिति चाहिन्छ',
  },
  certified_without_date: {
    en: 'A certification needs the date it was awarded',
    ne: 'प्रमाणीकरणको प्रमाणपत्र पाएको मिति चाहिन्छ',
  },
  confirmation_mismatch: {
    en: 'A confirmed checkpoint needs its confirmation time, and a pending one has none',
    ne: 'पुष्टि भएको जाँचबिन्दुमा पुष्टि समय चाहिन्छ, बाँकी रहेकोमा हुँदैन',
  },
  duplicate_checkpoint: {
    en: 'Each retention checkpoint appears once',
    ne: 'प्रत्येक टिकाउ जाँचबिन्दु एक पटक मात्र हुन्छ',
  },
  end_reason_mismatch: {
    en: 'An end date and an end reason go together',
    ne: 'अन्त्य मिति र अन्त्यको कारण सँगै हुनुपर्छ',
  },
  duplicate_month: { en: 'Each month is recorded once', ne: 'प्रत्येक महिना एक पटक मात्र दर्ता हुन्छ' },
  duplicate_item: { en: 'Each item appears once', ne: 'प्रत्येक वस्तु एक पटक मात्र हुन्छ' },
  valid_through_before_posted: {
    en: 'The offer expires before it was posted',
    ne: 'प्रस्ताव प्रकाशित हुनुअघि नै म्याद सकिन्छ',
  },
  in_shelter_and_independent: {
    en: 'A person in a shelter is not living independently',
    ne: 'आश्रयमा बस्ने व्यक्ति स्वतन्त्र रूपमा बसेको मानिँदैन',
  },
});

/** The codes of {@link livelihoodRuleMessages}. */
export type LivelihoodRuleCode = keyof typeof livelihoodRuleMessages.entries;

/**
 * A cross-field check reported at `path` with the rule's own code and bilingual message, so that
 * `validate()` turns it into a field-level issue. Internal to the livelihood schemas.
 */
export function rule<T>(code: LivelihoodRuleCode, path: readonly PropertyKey[], ok: (value: T) => boolean) {
  return z.refine<T>(ok, {
    path: [...path],
    params: { code, message: livelihoodRuleMessages.localized(code) },
  });
}

/** Whether no two elements share a key. */
export function unique<T>(items: readonly T[], key: (item: T) => unknown): boolean {
  return new Set(items.map(key)).size === items.length;
}
