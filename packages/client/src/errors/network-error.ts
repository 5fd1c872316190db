import { NayaBatoError } from './nayabato-error.js';

/**
 * The request never got an answer: DNS, refused connection, reset, offline. Retried with backoff before being thrown; the cause is the underlying fetch error.
 *
 * @example
 * ```ts
 * if (error instanceof NetworkError) queueForLater();
 * ```
 */
export class NetworkError extends NayaBatoError {
  override readonly name = 'NetworkError';
  readonly kind = 'network' as const;
}
