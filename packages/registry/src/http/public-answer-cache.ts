import type { Representation } from './content-coding.js';

/**
 * One kept answer: a 200 with its headers and body, stored as the Node adapter writes them fastest (a
 * plain header record and bytes), with its `ETag` read out once, and its gzip representation when the
 * body is worth compressing.
 */
export interface KeptAnswer {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array<ArrayBuffer>;
  readonly etag: string | undefined;
  /** The same answer gzip-compressed, with its own `ETag` (see `gzipRepresentation`). */
  readonly gzip: Representation | undefined;
  /** `performance.now()` after which the answer is not fresh. */
  readonly until: number;
  /** `performance.now()` after which it is not served at all, not even while it is being recomputed. */
  readonly staleUntil: number;
}

/**
 * Publishable-key answers of one process, keyed by key, method and URL, fresh `ttlSeconds` (then served
 * at most as long again, only while one request recomputes them: {@link stale}) and forgotten all at once by {@link invalidate} (every write this process commits calls it). A bounded
 * number of bounded answers: the oldest go first, a large answer is not kept.
 *
 * @example
 * ```ts
 * const cache = new PublicAnswerCache();
 * const ticket = cache.ticket();
 * cache.set(ticket, 'key:GET /v1/job-offers', headers, body, 1);
 * cache.get('key:GET /v1/job-offers'); // { headers, body, etag, gzip, until, staleUntil }
 * ```
 */
export class PublicAnswerCache {
  readonly #entries = new Map<string, KeptAnswer>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #computing = new Map<string, Promise<void>>();
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
    const now = performance.now();
    if (entry.until > now) return entry;
    if (entry.staleUntil <= now) this.#entries.delete(key);
    return undefined;
  }

  /**
   * The expired answer kept under `key`, within its grace (as long again as it was fresh): served only
   * while one request recomputes it, so that the others do not all wait for that one. A write's
   * {@link invalidate} leaves nothing to serve stale.
   */
  stale(key: string): KeptAnswer | undefined {
    const entry = this.#entries.get(key);
    return entry && entry.staleUntil > performance.now() ? entry : undefined;
  }

  /**
   * Whether {@link set} would keep an answer of `byteLength` bytes computed under `ticket`: not one
   * computed across an {@link invalidate}, nor one larger than the largest kept.
   */
  keeps(ticket: number, byteLength: number): boolean {
    return ticket === this.#generation && byteLength <= this.#maxBytes;
  }

  /** Take it before computing an answer: {@link set} drops an answer computed across an {@link invalidate}. */
  ticket(): number {
    return this.#generation;
  }

  /**
   * Keeps an answer (and its gzip representation, if any) for `ttlSeconds`, unless the cache was
   * invalidated since `ticket`.
   */
  set(
    ticket: number,
    key: string,
    headers: Readonly<Record<string, string>>,
    body: Uint8Array<ArrayBuffer>,
    ttlSeconds: number,
    gzip?: Representation,
  ): void {
    if (ttlSeconds <= 0 || !this.keeps(ticket, body.byteLength)) return;
    this.#entries.delete(key);
    const until = performance.now() + ttlSeconds * 1000;
    const staleUntil = until + ttlSeconds * 1000;
    this.#entries.set(key, { headers, body, etag: headers.etag, gzip, until, staleUntil });
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  /**
   * Marks `key` as being computed until `done` settles: concurrent misses of one answer wait for it
   * (see {@link computing}) instead of each running the same queries, which on PGlite's one connection
   * would queue behind each other.
   */
  compute(key: string, done: Promise<void>): void {
    this.#computing.set(key, done);
    void done.finally(() => {
      if (this.#computing.get(key) === done) this.#computing.delete(key);
    });
  }

  /** The computation of `key` under way, if any. */
  computing(key: string): Promise<void> | undefined {
    return this.#computing.get(key);
  }

  /** Forgets every answer, and every answer still being computed. */
  invalidate(): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#computing.clear();
  }
}
