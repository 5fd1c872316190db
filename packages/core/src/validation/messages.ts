import { defineMessages } from '../i18n/catalog.js';

/**
 * Field-level validation messages, one per issue code, in English and Nepali.
 * Codes follow zod 4's issue codes so that server, client and components speak one vocabulary.
 *
 * @example
 * ```ts
 * validationMessages.format('too_short', 'ne', { minimum: 2 }); // 'कम्तीमा 2 अक्षर हुनुपर्छ'
 * ```
 */
export const validationMessages = defineMessages('validation', {
  invalid_type: { en: 'Expected {expected}', ne: '{expected} हुनुपर्छ' },
  required: { en: 'This field is required', ne: 'यो क्षेत्र आवश्यक छ' },
  too_small: { en: 'Must be at least {minimum}', ne: 'कम्तीमा {minimum} हुनुपर्छ' },
  too_big: { en: 'Must be at most {maximum}', ne: 'बढीमा {maximum} हुनुपर्छ' },
  too_short: { en: 'Must have at least {minimum} characters', ne: 'कम्तीमा {minimum} अक्षर हुनुपर्छ' },
  too_long: { en: 'Must have at most {maximum} characters', ne: 'बढीमा {maximum} अक्षर हुनुपर्छ' },
  too_few_items: { en: 'Must have at least {minimum} items', ne: 'कम्तीमा {minimum} वटा हुनुपर्छ' },
  too_many_items: { en: 'Must have at most {maximum} items', ne: 'बढीमा {maximum} वटा हुनुपर्छ' },
  invalid_format: { en: 'Invalid format: expected {format}', ne: 'ढाँचा मिलेन: {format} हुनुपर्छ' },
  invalid_value: { en: 'Must be one of: {values}', ne: 'यीमध्ये एक हुनुपर्छ: {values}' },
  // The key is not named: a key sent by mistake can itself be personal data (e.g. a participant's name).
  unrecognized_keys: { en: 'Unknown field', ne: 'अज्ञात क्षेत्र' },
  not_multiple_of: { en: 'Must be a multiple of {divisor}', ne: '{divisor} को गुणज हुनुपर्छ' },
  invalid_union: { en: 'Does not match any allowed shape', ne: 'कुनै पनि अनुमत ढाँचासँग मिलेन' },
  invalid_key: { en: 'Invalid key', ne: 'अमान्य कुञ्जी' },
  invalid_element: { en: 'Invalid element', ne: 'अमान्य तत्व' },
  custom: { en: 'Invalid value', ne: 'अमान्य मान' },
});

/** The issue codes {@link validationMessages} knows. */
export type ValidationMessageKey = keyof typeof validationMessages.entries;

/**
 * Nepali words for the types zod names in `invalid_type` issues (`expected`), so the Nepali message does not
 * show English type names. English keeps zod's own names (the `en` texts here are those names).
 *
 * @example
 * ```ts
 * expectedTypeNames.format('number', 'ne'); // 'सङ्ख्या'
 * ```
 */
export const expectedTypeNames = defineMessages('validation.expected_type', {
  string: { en: 'string', ne: 'पाठ' },
  number: { en: 'number', ne: 'सङ्ख्या' },
  int: { en: 'int', ne: 'पूर्णाङ्क' },
  integer: { en: 'integer', ne: 'पूर्णाङ्क' },
  boolean: { en: 'boolean', ne: 'हो वा होइन' },
  array: { en: 'array', ne: 'सूची' },
  object: { en: 'object', ne: 'विवरणको समूह' },
  date: { en: 'date', ne: 'मिति' },
});
