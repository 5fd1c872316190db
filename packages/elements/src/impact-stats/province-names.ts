import type { ProvinceCode } from '@nayabato/core';
import { defineElementMessages } from '../base/element-messages.js';

/**
 * The seven provinces' names, in English and Nepali, for the breakdown by province. The same texts as
 * core's `provinceLabels` (a test holds them equal): core's catalog sits in a module with the whole
 * province table, about 4 kB gzip more, which would take `<nb-impact-stats>` over its 20 kB budget.
 *
 * @example
 * ```ts
 * provinceNames.format('NP-P3', 'ne'); // 'बागमती'
 * ```
 */
export const provinceNames = defineElementMessages<ProvinceCode>('elements.impact-stats.provinces', {
  'NP-P1': { en: 'Koshi', ne: 'कोशी' },
  'NP-P2': { en: 'Madhesh', ne: 'मधेश' },
  'NP-P3': { en: 'Bagmati', ne: 'बागमती' },
  'NP-P4': { en: 'Gandaki', ne: 'गण्डकी' },
  'NP-P5': { en: 'Lumbini', ne: 'लुम्बिनी' },
  'NP-P6': { en: 'Karnali', ne: 'कर्णाली' },
  'NP-P7': { en: 'Sudurpashchim', ne: 'सुदूरपश्चिम' },
});
