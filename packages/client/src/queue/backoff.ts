/** How the queue waits after a transient failure. */
export interface BackoffOptions {
  /**
   * Base delay in ms: wait n (n ≥ 1) is a random time in [base × 2^(n-1) / 2, base × 2^(n-1)].
   * @default 1000
   */
  readonly baseDelay?: number;
  /**
   * Cap of one wait, in ms.
   * @default 300000
   */
  readonly maxDelay?: number;
}

/**
 * The wait before the `failures`-th retry: exponential with "equal jitter" (half fixed, half random),
 * so that devices coming back online together do not all call at once, and a wait is never near zero
 * (no busy loop even when the random draw is small).
 *
 * @example
 * ```ts
 * backoffDelay(3, { baseDelay: 1000 }); // between 2000 and 4000
 * ```
 */
export function backoffDelay(failures: number, options: BackoffOptions = {}, random = Math.random): number {
  const base = options.baseDelay ?? 1000;
  const cap = Math.min(options.maxDelay ?? 300_000, base * 2 ** Math.max(0, failures - 1));
  return cap / 2 + (cap / 2) * random();
}
