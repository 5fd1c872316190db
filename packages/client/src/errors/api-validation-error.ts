import type { FieldIssue } from '@nayabato/core';
import { NayaBatoError, type NayaBatoErrorInit } from './nayabato-error.js';

/**
 * The registry refused the input (HTTP 422, or 400): `issues` lists every field with a JSON pointer, a
 * stable code and a message in English and Nepali. {@link RequestValidationError} is the same check made
 * locally, before anything was sent; `code` `invalid_response` marks a response that broke the contract.
 * Named apart from core's `ValidationError` (thrown by core's `assertValid`, not by the client) so that an
 * app importing both packages sees two different names.
 *
 * @example
 * ```ts
 * try {
 *   await client.participants.create(input);
 * } catch (error) {
 *   if (error instanceof ApiValidationError) for (const i of error.issues) form.setError(i.pointer, i.message.ne);
 * }
 * ```
 */
export class ApiValidationError extends NayaBatoError {
  override readonly name: string = 'ApiValidationError';
  readonly kind = 'validation' as const;
  /** Every field issue; empty when the registry gave none. */
  readonly issues: readonly FieldIssue[];

  constructor(message: string, init: NayaBatoErrorInit & { readonly issues?: readonly FieldIssue[] } = {}) {
    super(message, init);
    this.issues = init.issues ?? init.problem?.errors ?? [];
  }
}
