import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';
import { type FieldIssue, toJsonPointer } from './field-issue.js';

/**
 * The summary message of {@link ValidationError}: the first five issues, then how many more.
 *
 * @example
 * ```ts
 * validationErrorMessages.format('validation_failed', 'en', { issues: '/name Required', more: '' });
 * ```
 */
export const validationErrorMessages = defineMessages('validation.error', {
  validation_failed: { en: 'Validation failed: {issues}{more}', ne: 'प्रमाणीकरण असफल: {issues}{more}' },
  more_issues: { en: ' (+{count} more)', ne: ' (+{count} थप)' },
});

/** Where an issue is, for the message: an unknown key is shown by its parent, never by its own name. */
function placeOf(issue: FieldIssue): string {
  const path = issue.code === 'unrecognized_keys' ? issue.path.slice(0, -1) : issue.path;
  return toJsonPointer(path) || '/';
}

/**
 * Thrown by {@link assertValid} (and by core functions that take records) when input does not match
 * its schema. Carries every field issue, never the input itself: inputs may hold personal data. The
 * message leaves out the names of unknown keys too (a key can itself be personal data); `issues` keeps
 * their pointers for clients.
 *
 * @example
 * ```ts
 * try {
 *   assertValid(ParticipantSchema, input);
 * } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.issues.map((i) => i.pointer));
 * }
 * ```
 */
export class ValidationError extends LocalizedError<'validation_failed'> {
  override readonly name = 'ValidationError';
  /** Every problem found, field by field. */
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super('validation_failed', { en: summary(issues, 'en'), ne: summary(issues, 'ne') });
    this.issues = issues;
  }
}

function summary(issues: readonly FieldIssue[], locale: Locale): string {
  const more = issues.length > 5;
  return validationErrorMessages.format('validation_failed', locale, {
    issues: issues
      .slice(0, 5)
      .map((i) => `${placeOf(i)} ${i.message[locale]}`)
      .join('; '),
    more: more ? validationErrorMessages.format('more_issues', locale, { count: issues.length - 5 }) : '',
  });
}
