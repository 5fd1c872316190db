import type { CallOptions } from '../options.js';
import type { Operations } from './operation.js';
import type { BodyOf, ResponseOf } from './types.js';

/** Short-lived staff tokens, issued by a partner's backend (with its secret key) for one of its users. */
export interface TokensResource {
  /**
   * Issues a staff token for a user of the caller's organisation (secret key only). Hand it to that
   * user's browser, whose client gets it through `getToken`.
   * @example
   * ```ts
   * const { token, expiresAt } = await server.tokens.create({ userId, ttlSeconds: 900 });
   * ```
   */
  create(body: BodyOf<'createStaffToken'>, options?: CallOptions): Promise<ResponseOf<'createStaffToken'>>;
}

/** Builds {@link TokensResource} over the transport's operations. */
export function tokens(op: Operations): TokensResource {
  return { create: op.create('/v1/tokens') };
}
