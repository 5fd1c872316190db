import { NayaBatoError } from './nayabato-error.js';

/**
 * The registry did not accept the credentials (HTTP 401): a wrong, revoked or expired key or token. With `getToken`, the client has already asked for a fresh token once and retried.
 *
 * @example
 * ```ts
 * if (error instanceof AuthenticationError) await signInAgain();
 * ```
 */
export class AuthenticationError extends NayaBatoError {
  override readonly name = 'AuthenticationError';
  readonly kind = 'authentication' as const;
}
