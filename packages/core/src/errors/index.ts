export { isLocalizedError, LocalizedError, type LocalizedErrorOptions } from './localized-error.js';
