import type { FieldIssue } from './field-issue.js';

/**
 * Thrown by {@link assertValid} (and by core functions that take records) when input does not match
 * its schema. Carries every field issue, never the input itself: inputs may hold personal data.
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
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /** Every problem found, field by field. */
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super(
      `Validation failed: ${issues
        .slice(0, 5)
        .map((i) => `${i.pointer || '/'} ${i.message.en}`)
        .join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`,
    );
    this.issues = issues;
  }
}
