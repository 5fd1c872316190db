import type { Principal } from './principal.js';

/** Longest time a resolved credential may be kept, in seconds: the cross-process revocation bound. */
export const MAX_CREDENTIAL_CACHE_SECONDS = 5;

interface Entry {
  readonly principal: Principal;
  /** `performance.now()` after which the entry is not used. */
  readonly until: number;
}

/**
 * Resolved credentials of one process, keyed by the credential's hash (never the credential itself),
 * each kept at most `ttlSeconds` and never past the credential's own expiry; at most `maxEntries`
 * (the oldest go first). Only live credentials are kept: an unknown or revoked one is looked up every
 * time, so a new key works at once. {@link invalidate} forgets everything: the registry calls it when
 * this process revokes, rotates or changes a credential, its user or its organisation, so that the
 * next request is refused at once; other processes forget it within `ttlSeconds` (see
 * docs/decisions/2026-12-06-read-path-caches.md).
 *
 * @example
 * ```ts
 * const cache = new CredentialCache();
 * const ticket = cache.ticket();
 * const principal = cache.get(hash) ?? (await lookUp(hash));
 * cache.set(ticket, hash, principal, 2);
 * ```
 */
export class CredentialCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #lookups = new Map<string, Promise<unknown>>();
  #generation = 0;

  /** @param maxEntries - how many credentials are kept at most (@default 10000) */
  constructor(maxEntries = 10_000) {
    this.#maxEntries = maxEntries;
  }

  /** The live principal of `hash`, or undefined when it is not kept (or no longer). */
  get(hash: string): Principal | undefined {
    const entry = this.#entries.get(hash);
    if (!entry) return undefined;
    if (entry.until <= performance.now()) {
      this.#entries.delete(hash);
      return undefined;
    }
    return entry.principal;
  }

  /**
   * A ticket to take before looking a credential up: {@link set} drops the answer when an
   * {@link invalidate} happened since, because the lookup may have read the state before the change.
   */
  ticket(): number {
    return this.#generation;
  }

  /**
   * Keeps `principal` for `hash` for `ttlSeconds` (capped at {@link MAX_CREDENTIAL_CACHE_SECONDS}) or
   * until `expiresAt`, whichever is first. Nothing is kept when `ttlSeconds` is 0 or the cache was
   * invalidated after `ticket` was taken.
   */
  set(ticket: number, hash: string, principal: Principal, ttlSeconds: number, expiresAt?: Date | null): void {
    if (ticket !== this.#generation || ttlSeconds <= 0) return;
    let lifetime = Math.min(ttlSeconds, MAX_CREDENTIAL_CACHE_SECONDS) * 1000;
    if (expiresAt) lifetime = Math.min(lifetime, expiresAt.getTime() - Date.now());
    if (lifetime <= 0) return;
    this.#entries.delete(hash);
    this.#entries.set(hash, { principal, until: performance.now() + lifetime });
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  /**
   * Runs `lookup` for `hash` once for every concurrent caller: a credential whose kept entry ran out
   * while many of its requests are in flight is looked up once, not once per request (on PGlite, where
   * every lookup queues on one connection, that made a stall). An {@link invalidate} forgets the lookups
   * under way, so that no caller joins one that may have read the state before a revocation.
   */
  once<T>(hash: string, lookup: () => Promise<T>): Promise<T> {
    const running = this.#lookups.get(hash);
    if (running) return running as Promise<T>;
    const started = lookup();
    this.#lookups.set(hash, started);
    const forget = () => {
      if (this.#lookups.get(hash) === started) this.#lookups.delete(hash);
    };
    started.then(forget, forget);
    return started;
  }

  /** Forgets every credential, and every lookup still in flight. */
  invalidate(): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#lookups.clear();
  }

  /** How many credentials are kept. */
  get size(): number {
    return this.#entries.size;
  }
}
