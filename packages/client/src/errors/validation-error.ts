import type { FieldIssue } from '@nayabato/core';
import { NayaBatoError, type NayaBatoErrorInit } from './nayabato-error.js';

/**
 * The registry refused the input (HTTP 422, or 400): `issues` lists every field with a JSON pointer, a
 * stable code and a message in English and Nepali. {@link RequestValidationError} is the same check made
 * locally, before anything was sent.
 *
 * @example
 * ```ts
 * try {
 *   await client.participants.create(input);
 * } catch (error) {
 *   if (error instanceof ValidationError) for (const i of error.issues) form.setError(i.pointer, i.message.ne);
 * }
 * ```
 */
export class ValidationError extends NayaBatoError {
  override readonly name: string = 'ValidationError';
  readonly kind = 'validation' as const;
  /** Every field issue; empty when the registry gave none. */
  readonly issues: readonly FieldIssue[];

  constructor(message: string, init: NayaBatoErrorInit & { readonly issues?: readonly FieldIssue[] } = {}) {
    super(message, init);
    this.issues = init.issues ?? init.problem?.errors ?? [];
  }
}
