import { defineElementMessages } from './element-messages.js';

/**
 * The texts of the NGO forms' Bikram Sambat date fields (`<nb-needs-assessment>`, `<nb-livelihood-plan>`),
 * in English and Nepali.
 *
 * @example
 * ```ts
 * bsDateFieldMessages.format('bsDateInvalid', 'ne'); // 'वि.सं. मिति साल-महिना-गते ढाँचामा लेख्नुहोस्'
 * ```
 */
export const bsDateFieldMessages = defineElementMessages('elements.bs-date-field', {
  bsHint: { en: 'Bikram Sambat, year-month-day, e.g. {example}', ne: 'वि.सं., साल-महिना-गते, जस्तै {example}' },
  adEquivalent: { en: 'In AD: {date}', ne: 'ई.सं.मा: {date}' },
  bsDateInvalid: {
    en: 'Enter a Bikram Sambat date as year-month-day',
    ne: 'वि.सं. मिति साल-महिना-गते ढाँचामा लेख्नुहोस्',
  },
});
