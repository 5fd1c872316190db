import type { FieldIssue } from '@nayabato/core';
import { ApiValidationError } from './api-validation-error.js';

/**
 * The client's own check of a request body against core's schema failed, so nothing was sent
 * (`status` is undefined, `code` is `'invalid_request'`). Turn it off with `validate: false`.
 *
 * @example
 * ```ts
 * try {
 *   await client.participants.create({ category: 'nonsense' } as never);
 * } catch (error) {
 *   if (error instanceof RequestValidationError) console.log(error.issues.map((i) => i.pointer));
 * }
 * ```
 */
export class RequestValidationError extends ApiValidationError {
  override readonly name = 'RequestValidationError';

  constructor(issues: readonly FieldIssue[], operation: string) {
    super(
      `Invalid request for ${operation}: ${issues.map((i) => `${i.pointer || '/'} ${i.code}`).join(', ')}`,
      {
        issues,
        code: 'invalid_request',
      },
    );
  }
}
