export {
  allCatalogs,
  catalogErrorMessages,
  defineMessages,
  type MessageCatalog,
  type MessageParams,
} from './catalog.js';
export { CatalogError, type CatalogErrorCode } from './catalog-error.js';
export { fromNepaliDigits, toNepaliDigits } from './digits.js';
export { defineEnum, type Enumeration, type EnumValue } from './enumeration.js';
export { isLocale, LOCALES, type Locale, type LocalizedText } from './locale.js';
