import { defineMessages } from '../i18n/catalog.js';

/**
 * The currency prefix and the Indian numbering units used when formatting NPR (namespace `money.unit`).
 *
 * @example
 * ```ts
 * moneyUnitLabels.format('lakh', 'ne'); // 'लाख'
 * ```
 */
export const moneyUnitLabels = defineMessages('money.unit', {
  currency: { en: 'Rs', ne: 'रु' },
  lakh: { en: 'lakh', ne: 'लाख' },
  crore: { en: 'crore', ne: 'करोड' },
});
