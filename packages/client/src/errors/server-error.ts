import { NayaBatoError } from './nayabato-error.js';

/**
 * The registry failed (HTTP 5xx) and retries did not help.
 *
 * @example
 * ```ts
 * if (error instanceof ServerError) console.warn('Registry unavailable, request id', error.requestId);
 * ```
 */
export class ServerError extends NayaBatoError {
  override readonly name = 'ServerError';
  readonly kind = 'server' as const;
}
