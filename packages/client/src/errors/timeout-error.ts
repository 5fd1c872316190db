import { NayaBatoError } from './nayabato-error.js';

/**
 * An attempt took longer than the `timeout` option (per attempt). Timeouts are not retried: the registry may still be working on the request. For a call whose answer carries a secret shown once, the code is `outcome_unknown`.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl, apiKey, timeout: 5_000 });
 * ```
 */
export class TimeoutError extends NayaBatoError {
  override readonly name = 'TimeoutError';
  readonly kind = 'timeout' as const;
}
