export { type FieldIssue, toJsonPointer } from './field-issue.js';
export { expectedTypeNames, validationMessages } from './messages.js';
export { assertValid, toFieldIssues, type ValidationResult, validate } from './parse.js';
export { ValidationError, validationErrorMessages } from './validation-error.js';
