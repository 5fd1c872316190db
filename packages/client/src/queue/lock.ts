/** Names held by this JavaScript realm when Web Locks are absent. */
const held = new Set<string>();

/**
 * Runs `work` while holding the lock `name`, or returns `undefined` at once when someone holds it: with
 * Web Locks (`navigator.locks`) this spans every tab and worker of the origin, so several tabs flush a
 * queue once. Where Web Locks are absent (Node 20, old browsers) it spans this realm only; duplicates
 * across processes are then still prevented by the registry, since every resend carries the same
 * idempotency key.
 *
 * @example
 * ```ts
 * await withLock('nayabato-queue', () => flushOnce());
 * ```
 */
export async function withLock<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) {
    return locks.request(name, { ifAvailable: true }, (lock) => (lock ? work() : undefined)) as Promise<
      T | undefined
    >;
  }
  if (held.has(name)) return undefined;
  held.add(name);
  try {
    return await work();
  } finally {
    held.delete(name);
  }
}
