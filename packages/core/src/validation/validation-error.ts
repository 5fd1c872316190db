import { type FieldIssue, toJsonPointer } from './field-issue.js';

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
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /** Every problem found, field by field. */
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super(
      `Validation failed: ${issues
        .slice(0, 5)
        .map((i) => `${placeOf(i)} ${i.message.en}`)
        .join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`,
    );
    this.issues = issues;
  }
}
