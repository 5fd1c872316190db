import { describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { NetworkError, RateLimitedError, ServerError, TimeoutError } from '../errors/index.js';
import type { ClientOptions } from '../options.js';
import { jsonResponse, problemResponse, type Respond, stubFetch } from './fetch-stub.fixture.js';

// Retries, Retry-After, idempotency keys, timeouts and aborts with Chromium's own fetch classes,
// AbortSignal and timers (the `chromium` vitest project).

const baseUrl = 'http://registry.test';
const referralInput = {
  participantId: 'pt_0123456789',
  toOrganizationId: 'org_abcdefghij',
  serviceType: 'vocational_training',
  reason: 'Wants to train as a tailor',
} as const;

function client(respond: Respond, options: Partial<ClientOptions> = {}) {
  const stub = stubFetch(respond);
  const c = createClient({
    baseUrl,
    apiKey: 'pk_test_1',
    fetch: stub.fetch,
    retry: { baseDelay: 1, maxDelay: 5 },
    ...options,
  } as ClientOptions);
  return { client: c, requests: stub.requests };
}

describe('retries in the browser', () => {
  it('waits for Retry-After (seconds) on a 429, emits rate-limited, then succeeds', async () => {
    const { client: c, requests } = client((_, i) =>
      i === 0 ? problemResponse(429, {}, { 'retry-after': '1' }) : jsonResponse({ status: 'ok' }),
    );
    const limited: unknown[] = [];
    c.on('rate-limited', (e) => limited.push(e));
    const start = performance.now();
    await expect(c.health.live()).resolves.toEqual({ status: 'ok' });
    expect(performance.now() - start).toBeGreaterThanOrEqual(950);
    expect(requests).toHaveLength(2);
    expect(limited).toEqual([
      { method: 'GET', route: '/health', attempt: 1, retryAfter: 1000, requestId: undefined },
    ]);
  });

  it('waits for Retry-After as an HTTP-date on a 503', async () => {
    const times: number[] = [];
    const { client: c } = client((_, i) => {
      times.push(Date.now());
      // A whole second at least one second ahead (HTTP-dates have no milliseconds).
      const at = new Date(Math.ceil((Date.now() + 1_000) / 1_000) * 1_000).toUTCString();
      return i === 0 ? problemResponse(503, {}, { 'retry-after': at }) : jsonResponse({ status: 'ok' });
    });
    await c.health.live();
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('caps a long Retry-After at maxRetryAfter, and throws RateLimitedError once retries are spent', async () => {
    const { client: c, requests } = client(() => problemResponse(429, {}, { 'retry-after': '30' }), {
      retry: { limit: 1, baseDelay: 1, maxRetryAfter: 100 },
    });
    const start = performance.now();
    const error = await c.health.live().catch((e: unknown) => e);
    const elapsed = performance.now() - start;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfter).toBe(30);
    expect(requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('keeps one idempotency key and the same body across a POST’s retries, and makes a new key per call', async () => {
    const { client: c, requests } = client((_, i) => {
      if (i === 0) return problemResponse(503);
      // What Chromium's fetch throws when the connection fails.
      if (i === 1) throw new TypeError('Failed to fetch');
      return jsonResponse({ ...referralInput, id: `ref_000000000${i}`, status: 'draft' }, 201);
    });
    const retries: unknown[] = [];
    c.on('retry', (e) => retries.push(e));
    await expect(c.referrals.create(referralInput)).resolves.toMatchObject({ id: 'ref_0000000002' });
    expect(requests).toHaveLength(3);
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(keys).size).toBe(1);
    // The body stream is sent anew on each attempt, not consumed by the first.
    for (const request of requests) expect(await request.json()).toEqual(referralInput);
    expect(retries).toEqual([
      { method: 'POST', route: '/v1/referrals', attempt: 2, status: 503, requestId: undefined },
      { method: 'POST', route: '/v1/referrals', attempt: 3, status: undefined, requestId: undefined },
    ]);
    await c.referrals.create(referralInput);
    await c.referrals.create(referralInput, { idempotencyKey: 'partner-key-0001' });
    expect(requests[3]?.headers.get('idempotency-key')).toMatch(/^[0-9a-f]{32}$/);
    expect(requests[3]?.headers.get('idempotency-key')).not.toBe(keys[0]);
    expect(requests[4]?.headers.get('idempotency-key')).toBe('partner-key-0001');
  });

  it('gives up after the retry limit with the last error', async () => {
    const { client: c, requests } = client(() => problemResponse(502), {
      retry: { limit: 3, baseDelay: 1, maxDelay: 5 },
    });
    const attempts: number[] = [];
    c.on('retry', (e) => attempts.push(e.attempt));
    await expect(c.referrals.get('ref_0123456789')).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(4);
    expect(attempts).toEqual([2, 3, 4]);
  });

  it('turns a real fetch failure of Chromium into a NetworkError after retrying', async () => {
    // Chromium refuses port 1 (an unsafe port) itself, so this needs no server and reaches no network.
    const c = createClient({ baseUrl: 'http://127.0.0.1:1', apiKey: 'pk_test_1', retry: { baseDelay: 1 } });
    const attempts: number[] = [];
    c.on('request', (e) => attempts.push(e.attempt));
    const error = await c.health.live().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toBe('GET /health failed: network error');
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
    expect(attempts).toEqual([1, 2, 3]);
  });
});

describe('timeouts and aborts in the browser', () => {
  /** Answers like a real fetch that never hears back: only an abort ends it. */
  const hang: Respond = (request) =>
    new Promise<Response>((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason));
    });

  it('times out a hanging attempt with a TimeoutError and does not retry it', async () => {
    const { client: c, requests } = client(hang, { timeout: 50 });
    const start = performance.now();
    const error = await c.health.live().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe('GET /health timed out');
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(requests).toHaveLength(1);
  });

  it('rejects with the caller’s abort reason, not a client error, and emits no error event', async () => {
    const { client: c, requests } = client(hang, { timeout: false });
    const errors: unknown[] = [];
    c.on('error', (e) => errors.push(e));
    const controller = new AbortController();
    const call = c.health.live({ signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(new DOMException('user left the page', 'AbortError')), 20);
    const error = await call;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(requests).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
