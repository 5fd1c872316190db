import { defineElementMessages } from './element-messages.js';

/**
 * The texts of the states every component shows the same way (see `renderState`), in English and
 * Nepali. Components never hard-code a string in a template: each has its own catalog like this one.
 *
 * @example
 * ```ts
 * baseMessages.format('retry', 'ne'); // 'फेरि प्रयास गर्नुहोस्'
 * ```
 */
export const baseMessages = defineElementMessages('elements.base', {
  loading: { en: 'Loading…', ne: 'लोड हुँदैछ…' },
  empty: { en: 'Nothing to show yet.', ne: 'अहिले देखाउने केही छैन।' },
  offline: {
    en: 'You are offline. This will load again when the connection is back.',
    ne: 'तपाईं अफलाइन हुनुहुन्छ। इन्टरनेट जडान फर्केपछि यो फेरि लोड हुनेछ।',
  },
  forbidden: {
    en: 'You do not have permission to see this information.',
    ne: 'तपाईंलाई यो जानकारी हेर्ने अनुमति छैन।',
  },
  error: {
    en: 'This could not be loaded. Please try again.',
    ne: 'यो लोड गर्न सकिएन। कृपया फेरि प्रयास गर्नुहोस्।',
  },
  unconnected: {
    en: 'This component is not connected to a registry.',
    ne: 'यो भाग कुनै रजिस्ट्रीसँग जोडिएको छैन।',
  },
  retry: { en: 'Try again', ne: 'फेरि प्रयास गर्नुहोस्' },
  reference: { en: 'Reference: {requestId}', ne: 'सन्दर्भ: {requestId}' },
});
