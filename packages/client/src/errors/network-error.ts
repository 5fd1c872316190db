import { NayaBatoError } from './nayabato-error.js';

/**
 * The request never got an answer: DNS, refused connection, reset, offline. Retried with backoff before being thrown; the cause is the underlying fetch error. A call whose answer carries a secret shown once (creating a key or token, rotating a key, registering an organisation) is not retried, and its error has code `outcome_unknown`: it may have been done.
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
