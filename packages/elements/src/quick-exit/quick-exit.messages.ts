import { defineElementMessages } from '../base/element-messages.js';

/**
 * The texts of `<nb-quick-exit>`, in English and Nepali.
 *
 * @example
 * ```ts
 * quickExitMessages.format('label', 'ne'); // 'तुरुन्तै बाहिर जानुहोस्'
 * ```
 */
export const quickExitMessages = defineElementMessages('elements.quick-exit', {
  label: { en: 'Quick exit', ne: 'तुरुन्तै बाहिर जानुहोस्' },
  hint: {
    en: 'Leaves this page at once. You can also press Escape three times.',
    ne: 'यसले यो पृष्ठ तुरुन्तै छोड्छ। Escape तीन पटक थिचेर पनि बाहिर जान सकिन्छ।',
  },
});
