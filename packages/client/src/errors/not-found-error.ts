import { NayaBatoError } from './nayabato-error.js';

/**
 * No such resource, or one the caller may not know exists (HTTP 404).
 *
 * @example
 * ```ts
 * const participant = await client.participants.get(id).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e)));
 * ```
 */
export class NotFoundError extends NayaBatoError {
  override readonly name = 'NotFoundError';
  readonly kind = 'not_found' as const;
}
