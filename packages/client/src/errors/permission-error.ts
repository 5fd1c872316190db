import { NayaBatoError } from './nayabato-error.js';

/**
 * The credentials are valid but may not do this (HTTP 403), e.g. an organisation reading another's referral, or a referral without a sharing consent.
 *
 * @example
 * ```ts
 * if (error instanceof PermissionError) showMessage('Not allowed for your organisation');
 * ```
 */
export class PermissionError extends NayaBatoError {
  override readonly name = 'PermissionError';
  readonly kind = 'permission' as const;
}
