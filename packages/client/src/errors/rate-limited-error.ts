import { NayaBatoError, type NayaBatoErrorInit } from './nayabato-error.js';

/**
 * Too many requests (HTTP 429), still refused after the client's retries. `retryAfter` is the
 * registry's `Retry-After`, in seconds, when it sent one.
 *
 * @example
 * ```ts
 * if (error instanceof RateLimitedError) setTimeout(retry, (error.retryAfter ?? 1) * 1000);
 * ```
 */
export class RateLimitedError extends NayaBatoError {
  override readonly name = 'RateLimitedError';
  readonly kind = 'rate_limited' as const;
  /** Seconds to wait before trying again, from `Retry-After`. */
  readonly retryAfter: number | undefined;

  constructor(message: string, init: NayaBatoErrorInit & { readonly retryAfter?: number | undefined } = {}) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}
