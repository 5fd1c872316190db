import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client.js';
import {
  ApiError,
  ApiValidationError,
  AuthenticationError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  ServerError,
  TimeoutError,
} from '../errors/index.js';
import type { ClientOptions } from '../options.js';

const baseUrl = 'http://registry.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const getSpec = {
  method: 'GET',
  route: '/v1/participants/{id}',
  path: { id: 'ptc_SECRET1' },
} as const;
const postSpec = {
  method: 'POST',
  route: '/v1/referrals',

  body: { note: 'x' },
} as const;
const fast = { baseDelay: 1, maxDelay: 5 };

function client(options: Partial<ClientOptions> = {}) {
  return createClient({
    baseUrl,
    apiKey: 'sk_test_1',
    validate: false,
    retry: fast,
    ...options,
  } as ClientOptions);
}

function problem(status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    {
      type: `urn:nayabato:problem:s${status}`,
      title: `T${status}`,
      status,
      requestId: 'req_body',
      ...extra,
    },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

describe('requests', () => {
  it('fills the route, sends the key as a bearer token and parses JSON', async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, ({ request, params }) => {
        seen = request;
        return HttpResponse.json({ id: params.id });
      }),
    );
    await expect(client().request(getSpec)).resolves.toEqual({ id: 'ptc_SECRET1' });
    expect(seen?.headers.get('authorization')).toBe('Bearer sk_test_1');
    expect(seen?.headers.get('idempotency-key')).toBeNull();
  });

  it('encodes path parameters and query arrays, and leaves out undefined', async () => {
    let url = '';
    server.use(
      http.get(`${baseUrl}/v1/things/:id`, ({ request }) => {
        url = request.url;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const result = await client().request({
      method: 'GET',
      route: '/v1/things/{id}',
      path: { id: 'a/b c' },
      query: { status: ['sent', 'accepted'], cursor: undefined, limit: 5 },
    });
    expect(result).toBeUndefined();
    expect(url).toBe(`${baseUrl}/v1/things/a%2Fb%20c?status=sent&status=accepted&limit=5`);
  });

  it('works under a base URL with a path', async () => {
    server.use(http.get(`${baseUrl}/api/v1/participants/:id`, () => HttpResponse.json({ ok: true })));
    await expect(client({ baseUrl: `${baseUrl}/api/` }).request(getSpec)).resolves.toEqual({ ok: true });
  });
});

describe('errors', () => {
  const cases = [
    [400, ApiValidationError, 'validation'],
    [422, ApiValidationError, 'validation'],
    [401, AuthenticationError, 'authentication'],
    [403, PermissionError, 'permission'],
    [404, NotFoundError, 'not_found'],
    [409, ConflictError, 'conflict'],
    [429, RateLimitedError, 'rate_limited'],
    [500, ServerError, 'server'],
    [501, ServerError, 'server'],
    [415, ApiError, 'api'],
  ] as const;
  it.each(cases)('maps %i to its class with status, problem and request id', async (status, Class, kind) => {
    server.use(http.get(`${baseUrl}/v1/participants/:id`, () => problem(status)));
    const error = await client({ retry: false })
      .request(getSpec)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    const e = error as InstanceType<typeof Class>;
    expect(e.kind).toBe(kind);
    expect(e.status).toBe(status);
    expect(e.problem?.title).toBe(`T${status}`);
    expect(e.requestId).toBe('req_body');
    expect(e.code).toBe(`s${status}`);
    expect(e.message).toContain('/v1/participants/{id}');
    expect(e.message).not.toContain('ptc_SECRET1');
  });

  it('carries field issues of a 422 and takes the request id from the header when the body has none', async () => {
    const issue = {
      path: ['category'],
      pointer: '/category',
      code: 'invalid_value',
      message: { en: 'Bad', ne: 'गलत' },
    };
    server.use(
      http.post(`${baseUrl}/v1/referrals`, () =>
        HttpResponse.json(
          { title: 'Invalid', status: 422, errors: [issue] },
          { status: 422, headers: { 'x-request-id': 'req_hdr' } },
        ),
      ),
    );
    const error = (await client()
      .request(postSpec)
      .catch((e: unknown) => e)) as ApiValidationError;
    expect(error.issues).toEqual([issue]);
    expect(error.requestId).toBe('req_hdr');
    expect(error.code).toBe('validation');
  });

  it('handles an error without a JSON body', async () => {
    server.use(http.get(`${baseUrl}/v1/participants/:id`, () => new HttpResponse('oops', { status: 404 })));
    const error = (await client()
      .request(getSpec)
      .catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.problem).toBeUndefined();
  });
});

describe('retries', () => {
  it('retries 503 and 500 for GET, then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () => {
        calls++;
        return calls === 1 ? problem(503) : calls === 2 ? problem(500) : HttpResponse.json({ ok: 1 });
      }),
    );
    const c = client();
    const retries: unknown[] = [];
    c.on('retry', (e) => retries.push(e));
    await expect(c.request(getSpec)).resolves.toEqual({ ok: 1 });
    expect(calls).toBe(3);
    expect(retries).toEqual([
      { method: 'GET', route: '/v1/participants/{id}', attempt: 2, status: 503, requestId: undefined },
      { method: 'GET', route: '/v1/participants/{id}', attempt: 3, status: 500, requestId: undefined },
    ]);
  });

  it('gives up after the limit and throws the last error', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () => {
        calls++;
        return problem(502);
      }),
    );
    await expect(client({ retry: { ...fast, limit: 3 } }).request(getSpec)).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(calls).toBe(4);
  });

  it('does not retry 4xx other than 429, nor 501', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () => {
        calls++;
        return problem(calls === 1 ? 409 : 501);
      }),
    );
    await expect(client().request(getSpec)).rejects.toBeInstanceOf(ConflictError);
    await expect(client().request(getSpec)).rejects.toBeInstanceOf(ServerError);
    expect(calls).toBe(2);
  });

  it('retries network errors', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () => {
        calls++;
        return calls < 3 ? HttpResponse.error() : HttpResponse.json({ ok: 1 });
      }),
    );
    await expect(client().request(getSpec)).resolves.toEqual({ ok: 1 });
    expect(calls).toBe(3);
    server.use(http.get(`${baseUrl}/v1/participants/:id`, () => HttpResponse.error()));
    const error = await client()
      .request(getSpec)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toBe('GET /v1/participants/{id} failed: network error');
  });

  it('adds one idempotency key per POST call, keeps it across retries, and retries the POST', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${baseUrl}/v1/referrals`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1
          ? problem(503)
          : keys.length === 2
            ? HttpResponse.error()
            : HttpResponse.json({ id: 'r' }, { status: 201 });
      }),
    );
    const c = client();
    await expect(c.request(postSpec)).resolves.toEqual({ id: 'r' });
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(keys).size).toBe(1);
    await c.request(postSpec);
    expect(keys[3]).not.toBe(keys[0]);
    await c.request(postSpec, { idempotencyKey: 'mine-0001' });
    expect(keys[4]).toBe('mine-0001');
  });

  it('does not retry a PATCH, which carries no idempotency key', async () => {
    let calls = 0;
    server.use(
      http.patch(`${baseUrl}/v1/participants/:id`, ({ request }) => {
        calls++;
        expect(request.headers.get('idempotency-key')).toBeNull();
        return problem(503);
      }),
    );
    await expect(client().request({ ...getSpec, method: 'PATCH', body: {} })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(calls).toBe(1);
  });

  it('backs off exponentially with full jitter', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.999);
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () => (++calls < 3 ? problem(500) : HttpResponse.json({}))),
    );
    const start = performance.now();
    await client({ retry: { baseDelay: 100, maxDelay: 1_000 } }).request(getSpec);
    const elapsed = performance.now() - start;
    expect(random).toHaveBeenCalled();
    expect(elapsed).toBeGreaterThanOrEqual(280); // ≈ 100 + 200
    random.mockReturnValue(0);
    calls = 0;
    const t2 = performance.now();
    await client({ retry: { baseDelay: 1_000 } }).request(getSpec);
    expect(performance.now() - t2).toBeLessThan(500); // full jitter may wait 0
  });

  it('honours Retry-After in seconds and emits rate-limited', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () =>
        ++calls === 1 ? problem(429, {}, { 'retry-after': '1' }) : HttpResponse.json({ ok: 1 }),
      ),
    );
    const c = client();
    const limited: unknown[] = [];
    c.on('rate-limited', (e) => limited.push(e));
    const start = performance.now();
    await c.request(getSpec);
    expect(performance.now() - start).toBeGreaterThanOrEqual(950);
    expect(limited).toEqual([
      { method: 'GET', route: '/v1/participants/{id}', attempt: 1, retryAfter: 1000, requestId: undefined },
    ]);
  });

  it('honours Retry-After as an HTTP-date', async () => {
    let calls = 0;
    const times: number[] = [];
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () => {
        times.push(Date.now());
        const at = new Date(Math.ceil((Date.now() + 1_000) / 1000) * 1000 + 500).toUTCString();
        return ++calls === 1 ? problem(503, {}, { 'retry-after': at }) : HttpResponse.json({ ok: 1 });
      }),
    );
    await client().request(getSpec);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(400);
  });

  it('throws RateLimitedError with retryAfter once retries are spent', async () => {
    server.use(http.get(`${baseUrl}/v1/participants/:id`, () => problem(429, {}, { 'retry-after': '0' })));
    const error = (await client()
      .request(getSpec)
      .catch((e: unknown) => e)) as RateLimitedError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.retryAfter).toBe(0);
  });
});

describe('timeouts and aborts', () => {
  it('times out an attempt and does not retry it', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json({});
      }),
    );
    const error = await client({ timeout: 50 })
      .request(getSpec)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(calls).toBe(1);
    await expect(client().request(getSpec, { timeout: 20 })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('rejects with the abort reason when the caller aborts, without retrying', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = client().request(getSpec, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(1);
  });

  it('aborts during a backoff wait', async () => {
    server.use(http.get(`${baseUrl}/v1/participants/:id`, () => problem(503, {}, { 'retry-after': '5' })));
    const start = performance.now();
    const error = await client()
      .request(getSpec, { signal: AbortSignal.timeout(100) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
