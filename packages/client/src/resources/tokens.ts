import type { CallOptions } from '../options.js';
import type { Operations } from './operation.js';
import type { BodyOf, ResponseOf } from './types.js';

/** Short-lived staff tokens, issued by a partner's backend (with its secret key) for one of its users. */
export interface TokensResource {
  /**
   * Issues a staff token for a user of the caller's organisation (secret key only). Hand it to that
   * user's browser, whose client gets it through `getToken`. The token is shown once, so a lost
   * response is not retried: a `NetworkError` or `TimeoutError` with code `outcome_unknown` means a
   * token may have been issued; issue a new one (an unused token expires by itself).
   * @example
   * ```ts
   * const { token, expiresAt } = await server.tokens.create({ userId, ttlSeconds: 900 });
   * ```
   */
  create(body: BodyOf<'createStaffToken'>, options?: CallOptions): Promise<ResponseOf<'createStaffToken'>>;
}

/** Builds {@link TokensResource} over the transport's operations. */
export function tokens(op: Operations): TokensResource {
  return { create: op.call('POST', '/v1/tokens', true) };
}
