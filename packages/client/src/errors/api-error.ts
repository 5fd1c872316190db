import { NayaBatoError } from './nayabato-error.js';

/**
 * An answer from the registry that no other class describes (e.g. HTTP 405 or 415), or one the client cannot follow (`code: 'repeated_cursor'`: a list handed back a page cursor it gave before; `status` is then undefined): usually a client and registry out of step.
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
