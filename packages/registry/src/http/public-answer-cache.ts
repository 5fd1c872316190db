/** One kept answer: a 200 with its headers and body. */
export interface KeptAnswer {
  readonly headers: readonly (readonly [string, string])[];
  readonly body: ArrayBuffer;
  /** `performance.now()` after which the answer is not used. */
  readonly until: number;
}

/**
 * Publishable-key answers of one process, keyed by key, method and URL, kept `ttlSeconds` at most and
 * forgotten all at once by {@link invalidate} (every write this process commits calls it). A bounded
 * number of bounded answers: the oldest go first, a large answer is not kept.
 *
 * @example
 * ```ts
 * const cache = new PublicAnswerCache();
 * const ticket = cache.ticket();
 * cache.set(ticket, 'key:GET /v1/job-offers', headers, body, 1);
 * cache.get('key:GET /v1/job-offers'); // { headers, body, until }
 * ```
 */
export class PublicAnswerCache {
  readonly #entries = new Map<string, KeptAnswer>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #generation = 0;

  /**
   * @param maxEntries - answers kept at most (@default 1000)
   * @param maxBytes - largest body kept (@default 262144)
   */
  constructor(maxEntries = 1000, maxBytes = 256 * 1024) {
    this.#maxEntries = maxEntries;
    this.#maxBytes = maxBytes;
  }

  /** The answer kept under `key`, unless it expired. */
  get(key: string): KeptAnswer | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= performance.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Take it before computing an answer: {@link set} drops an answer computed across an {@link invalidate}. */
  ticket(): number {
    return this.#generation;
  }

  /** Keeps an answer for `ttlSeconds`, unless the cache was invalidated since `ticket`. */
  set(
    ticket: number,
    key: string,
    headers: readonly (readonly [string, string])[],
    body: ArrayBuffer,
    ttlSeconds: number,
  ): void {
    if (ticket !== this.#generation || ttlSeconds <= 0 || body.byteLength > this.#maxBytes) return;
    this.#entries.delete(key);
    this.#entries.set(key, { headers, body, until: performance.now() + ttlSeconds * 1000 });
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  /** Forgets every answer, and every answer still being computed. */
  invalidate(): void {
    this.#generation += 1;
    this.#entries.clear();
  }
}
