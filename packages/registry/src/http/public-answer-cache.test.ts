import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PublicAnswerCache } from './public-answer-cache.js';

/**
 * How long a kept public answer can be served (docs/decisions/2026-12-06-read-path-caches.md): fresh for
 * its time to live, then, only while one request recomputes it, at most as long again; never after a
 * write's invalidation, and never when it was computed across one.
 */
describe('PublicAnswerCache: freshness and the stale grace', () => {
  const headers = { etag: '"a"', 'content-type': 'application/json' };
  const body = new TextEncoder().encode('{"items":[]}') as Uint8Array<ArrayBuffer>;
  const key = 'key_1 /v1/job-offers?limit=20';

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('serves an answer fresh for its time to live, then only as stale, for as long again', () => {
    const cache = new PublicAnswerCache();
    cache.set(cache.ticket(), key, headers, body, 2);
    vi.advanceTimersByTime(1_999);
    expect(cache.get(key)?.body).toBe(body);
    vi.advanceTimersByTime(2);
    expect(cache.get(key)).toBeUndefined();
    expect(cache.stale(key)?.body).toBe(body);
    vi.advanceTimersByTime(1_997);
    expect(cache.stale(key)?.body).toBe(body);
    vi.advanceTimersByTime(2);
    expect(cache.stale(key)).toBeUndefined();
    expect(cache.get(key)).toBeUndefined();
  });

  it('leaves nothing to serve, fresh or stale, after a write invalidates it', () => {
    const cache = new PublicAnswerCache();
    cache.set(cache.ticket(), key, headers, body, 60);
    cache.invalidate();
    expect(cache.get(key)).toBeUndefined();
    expect(cache.stale(key)).toBeUndefined();
  });

  it('drops an answer computed across an invalidation (its ticket is older than the write)', () => {
    const cache = new PublicAnswerCache();
    const ticket = cache.ticket();
    cache.invalidate(); // a consent withdrawn while the answer was being computed
    cache.set(ticket, key, headers, body, 60);
    expect(cache.get(key)).toBeUndefined();
    expect(cache.stale(key)).toBeUndefined();
  });

  it('keeps no answer with no time to live, and none over its size bound', () => {
    const cache = new PublicAnswerCache(10, 4);
    cache.set(cache.ticket(), key, headers, body, 0);
    expect(cache.stale(key)).toBeUndefined();
    cache.set(cache.ticket(), key, headers, body, 60);
    expect(cache.get(key)).toBeUndefined();
  });
});
