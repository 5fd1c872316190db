import { NayaBatoError } from './nayabato-error.js';

/**
 * The request conflicts with the resource's state (HTTP 409), e.g. accepting a referral that was already rejected, or reusing an idempotency key with another body.
 *
 * @example
 * ```ts
 * if (error instanceof ConflictError) await reload();
 * ```
 */
export class ConflictError extends NayaBatoError {
  override readonly name = 'ConflictError';
  readonly kind = 'conflict' as const;
}
