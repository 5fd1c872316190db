/**
 * Counts of one rate-limit bucket taken from the database in leases, so that a busy bucket costs about
 * one statement per {@link LEASE_MS} instead of one per request. A lease is a run of places in the
 * bucket's window that one statement added to the shared count (`add n`): the requests waiting for it,
 * plus, for a bucket this process sees busy, the places its own traffic should use in the next
 * {@link LEASE_MS}, at most an eighth of what the bucket had left. Each request takes the next place in
 * order, and its count is that place, so a limit is never exceeded across processes: a place counted by
 * another process is never handed out here. What a lease costs is the other way round: places this
 * process holds and does not use before the window ends were counted and are lost, so another process
 * can be refused that much early (docs/decisions/2026-12-07-rate-limit-leases.md states the bound).
 * A lease is refilled in the background when half of it is used, so requests rarely wait for one.
 *
 * @example
 * ```ts
 * const leases = new RateLeases<BucketCount>();
 * const slot = await leases.take('key_1', (n) => lease(n), (seen) => 600 - seen.count);
 * // this request is number `slot.result.count - slot.size + slot.index + 1` in the window
 * ```
 */
export class RateLeases<R> {
  readonly #buckets = new Map<string, Bucket<R>>();
  #sweptAt = 0;

  /**
   * Takes the next place in `bucket`: from a lease this process holds (no database work), else from a
   * new one made with `run(n)`, which must add `n` to the bucket and answer with the count after it and
   * the milliseconds until the window ends. `left(seen)` says how many places the bucket had left after
   * the last lease: prefetching never takes more than an eighth of that.
   */
  take(bucket: string, run: (n: number) => Promise<Leased<R>>, left: (seen: R) => number): Promise<Slot<R>> {
    const now = performance.now();
    this.#sweep(now);
    let state = this.#buckets.get(bucket);
    if (!state) {
      state = {
        leases: [],
        waiting: [],
        running: false,
        period: now,
        current: 0,
        last: 0,
        prefetched: 0,
        run,
        left,
      };
      this.#buckets.set(bucket, state);
    }
    state.run = run;
    state.left = left;
    // This process's own traffic in the bucket: this period of LEASE_MS so far, and the whole last one.
    if (now - state.period >= LEASE_MS) {
      state.last = now - state.period < 2 * LEASE_MS ? state.current : 0;
      state.current = 0;
      state.period = now;
    }
    state.current += 1;
    const slot = this.#next(state, now);
    if (slot) {
      this.#refill(state);
      return Promise.resolve(slot);
    }
    const waiting = new Promise<Slot<R>>((resolve, reject) => state.waiting.push({ resolve, reject }));
    if (!state.running) void this.#lease(state);
    return waiting;
  }

  /** The next place of the oldest live lease, if any. */
  #next(state: Bucket<R>, now: number): Slot<R> | undefined {
    while (state.leases.length > 0) {
      const lease = state.leases[0]!;
      if (lease.ends <= now || lease.next >= lease.size) {
        state.leases.shift();
        continue;
      }
      const index = lease.next++;
      return {
        result: lease.result,
        index,
        size: lease.size,
        reset: Math.max(1, Math.ceil((lease.ends - now) / 1000)),
      };
    }
    return undefined;
  }

  /** Leases again in the background once less than half of the last prefetch is left. */
  #refill(state: Bucket<R>): void {
    if (state.running || state.prefetched === 0) return;
    const held = state.leases.reduce((sum, l) => sum + l.size - l.next, 0);
    if (held * 2 < state.prefetched) void this.#lease(state);
  }

  async #lease(state: Bucket<R>): Promise<void> {
    state.running = true;
    try {
      while (true) {
        const waiting = state.waiting.length;
        // What this process's own traffic used in one LEASE_MS lately, within an eighth of what is left.
        const wanted = Math.max(state.last, state.current);
        const left = state.seen === undefined ? 0 : Math.floor(state.left(state.seen) / 8);
        const prefetch = Math.max(0, Math.min(wanted, left, MAX_PREFETCH));
        state.prefetched = prefetch;
        if (waiting + prefetch === 0) return;
        let leased: Leased<R>;
        // The window's end is measured from before the statement was sent: a little early, never late.
        const sent = performance.now();
        try {
          leased = await state.run(waiting + prefetch);
        } catch (error) {
          // Every request waiting now fails with it; a later request leases again.
          for (const w of state.waiting.splice(0)) w.reject(error);
          state.prefetched = 0;
          return;
        }
        state.seen = leased.result;
        state.leases.push({
          result: leased.result,
          size: waiting + prefetch,
          next: 0,
          ends: sent + leased.resetMs,
        });
        // First come, first served: those waiting take the places in order, then later arrivals.
        const after = performance.now();
        while (state.waiting.length > 0) {
          const slot = this.#next(state, after);
          if (!slot) break;
          state.waiting.shift()!.resolve(slot);
        }
        if (state.waiting.length === 0) return;
      }
    } finally {
      state.running = false;
    }
  }

  /** Forgets buckets whose leases all ended and that nobody waits for, now and then. */
  #sweep(now: number): void {
    if (now - this.#sweptAt < 10_000) return;
    this.#sweptAt = now;
    for (const [name, state] of this.#buckets) {
      const live = state.leases.some((l) => l.ends > now && l.next < l.size);
      if (!live && !state.running && state.waiting.length === 0 && now - state.period > 10_000) {
        this.#buckets.delete(name);
      }
    }
  }
}

/**
 * How long a prefetched lease should last at this process's own rate. Short, because what a process
 * holds unused is what another process can be refused early.
 */
export const LEASE_MS = 250;
/** The most places one lease prefetches. */
const MAX_PREFETCH = 10_000;

/** What a lease statement answers: the bucket's count after it, and when its window ends. */
export interface Leased<R> {
  readonly result: R;
  readonly resetMs: number;
}

/** One request's place: the lease's answer, its place in the lease, the lease's size, seconds to reset. */
export interface Slot<R> {
  readonly result: R;
  /** 0 for the first place of the lease. */
  readonly index: number;
  readonly size: number;
  /** Seconds until the window of this place ends (at least 1). */
  readonly reset: number;
}

interface Lease<R> {
  readonly result: R;
  readonly size: number;
  next: number;
  /** `performance.now()` when the lease's window ends. */
  readonly ends: number;
}

interface Bucket<R> {
  readonly leases: Lease<R>[];
  readonly waiting: { resolve: (slot: Slot<R>) => void; reject: (error: unknown) => void }[];
  running: boolean;
  /** When the current period of LEASE_MS began, the places taken in it, and in the one before. */
  period: number;
  current: number;
  last: number;
  prefetched: number;
  seen?: R;
  run: (n: number) => Promise<Leased<R>>;
  left: (seen: R) => number;
}
