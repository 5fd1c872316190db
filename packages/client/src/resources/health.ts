import type { CallOptions } from '../options.js';
import type { Operations } from './operation.js';
import type { ResponseOf } from './types.js';

/** The registry's liveness and readiness (no credential needed). */
export interface HealthResource {
  /**
   * Liveness: the process answers.
   * @example
   * ```ts
   * const { status } = await client.health.live(); // 'ok'
   * ```
   */
  live(options?: CallOptions): Promise<ResponseOf<'health'>>;
  /**
   * Readiness: the registry can serve (its database answers); a 503 `ServerError` when not.
   * @example
   * ```ts
   * await client.health.ready();
   * ```
   */
  ready(options?: CallOptions): Promise<ResponseOf<'ready'>>;
}

/** Builds {@link HealthResource} over the transport's operations. */
export function health(op: Operations): HealthResource {
  return { live: op.call('GET', '/health'), ready: op.call('GET', '/ready') };
}
