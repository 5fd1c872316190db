import { NayaBatoError } from './nayabato-error.js';

/**
 * An error response that no other class describes (e.g. HTTP 405 or 415): usually a client and registry out of step.
 *
 * @example
 * ```ts
 * if (error instanceof ApiError) console.error(error.status, error.problem?.title);
 * ```
 */
export class ApiError extends NayaBatoError {
  override readonly name = 'ApiError';
  readonly kind = 'api' as const;
}
