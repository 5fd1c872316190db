/**
 * Test support: polls `call` (every 50 ms) until it answers 401 or `ms` have passed; true when it was
 * refused in time. For guarantees that are bounds in time (a key revoked by another process), checked by
 * polling rather than by sleeping past the bound, so that a cache that never expires fails the test.
 *
 * @example
 * ```ts
 * expect(await refusedWithin(5000, () => b.call(key, 'GET', '/v1/participants'))).toBe(true);
 * ```
 */
export async function refusedWithin(ms: number, call: () => Promise<{ status: number }>): Promise<boolean> {
  const end = performance.now() + ms;
  for (;;) {
    if ((await call()).status === 401) return true;
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
