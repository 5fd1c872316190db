import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from './client.js';
import { AuthenticationError, ConfigurationError, NotFoundError } from './errors/index.js';
import type { ClientOptions } from './options.js';

const baseUrl = 'http://registry.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const spec = {
  method: 'GET',
  route: '/v1/participants/{id}',
  path: { id: 'ptc_PRIVATE9' },
} as const;

describe('credentials', () => {
  it('refuses a secret key in a browser page, with a typed error', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    try {
      const error = (() => {
        try {
          createClient({ baseUrl, apiKey: 'sk_live_abc' });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).code).toBe('secret_key_in_browser');
      expect((error as ConfigurationError).kind).toBe('configuration');
      expect(() => createClient({ baseUrl, publishableKey: 'sk_live_abc' })).toThrow(ConfigurationError);
      expect(() => createClient({ baseUrl, apiKey: 'pk_live_abc' })).not.toThrow();
      expect(() => createClient({ baseUrl, getToken: () => 'tok' })).not.toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
    // On a server (no window and document) a secret key is what it is for.
    expect(() => createClient({ baseUrl, apiKey: 'sk_live_abc' })).not.toThrow();
  });

  it('needs some credential', () => {
    expect(() => createClient({ baseUrl } as ClientOptions)).toThrow(/apiKey, getToken or publishableKey/);
  });

  it('calls getToken per call, and once more with forceRefresh after a 401, then retries once', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, ({ request }) => {
        const auth = request.headers.get('authorization');
        seen.push(auth);
        return auth === 'Bearer fresh'
          ? HttpResponse.json({ ok: 1 })
          : HttpResponse.json({ title: 'Expired' }, { status: 401 });
      }),
    );
    const getToken = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) =>
      forceRefresh ? 'fresh' : 'stale',
    );
    const client = createClient({ baseUrl, getToken, validate: false });
    await expect(client.request(spec)).resolves.toEqual({ ok: 1 });
    expect(getToken.mock.calls.map((c) => c[0])).toEqual([{ forceRefresh: false }, { forceRefresh: true }]);
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it('throws AuthenticationError when the refreshed token is refused too, without looping', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () => {
        calls++;
        return HttpResponse.json({ title: 'No' }, { status: 401 });
      }),
    );
    const getToken = vi.fn(async () => 'tok');
    const error = await createClient({ baseUrl, getToken })
      .request(spec)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(calls).toBe(2);
  });

  it('does not refresh for an API key', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () => {
        calls++;
        return HttpResponse.json({}, { status: 401 });
      }),
    );
    await expect(createClient({ baseUrl, apiKey: 'sk_x' }).request(spec)).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    expect(calls).toBe(1);
  });
});

describe('hooks', () => {
  it('lets beforeRequest replace the request and afterResponse replace the response, per attempt', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, ({ request }) => {
        calls++;
        expect(request.headers.get('traceparent')).toBe('00-abc-01');
        return calls === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ from: 'server' });
      }),
    );
    const contexts: unknown[] = [];
    const client = createClient({
      baseUrl,
      apiKey: 'sk_x',
      retry: { baseDelay: 1 },
      hooks: {
        beforeRequest: [
          (request, context) => {
            contexts.push(context);
            const next = new Request(request);
            next.headers.set('traceparent', '00-abc-01');
            return next;
          },
        ],
        afterResponse: [(response) => (response.ok ? HttpResponse.json({ from: 'hook' }) : undefined)],
      },
    });
    await expect(client.request(spec)).resolves.toEqual({ from: 'hook' });
    expect(contexts).toEqual([
      { method: 'GET', route: '/v1/participants/{id}', attempt: 1 },
      { method: 'GET', route: '/v1/participants/{id}', attempt: 2 },
    ]);
  });
});

describe('events', () => {
  it('report method, route template, status, duration, attempt and request id, never ids, bodies or queries', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/v1/participants/:id`, () =>
        ++calls === 1
          ? HttpResponse.json({ title: 'Busy' }, { status: 503, headers: { 'x-request-id': 'req_1' } })
          : HttpResponse.json({ title: 'Gone' }, { status: 404, headers: { 'x-request-id': 'req_2' } }),
      ),
    );
    const client = createClient({ baseUrl, apiKey: 'sk_x', retry: { baseDelay: 1 } });
    const events: [string, unknown][] = [];
    for (const name of ['request', 'response', 'retry', 'error', 'rate-limited'] as const) {
      client.on(name, (e: unknown) => events.push([name, e]));
    }
    await expect(
      client.request({ ...spec, query: { q: 'PRIVATE-QUERY' }, body: undefined }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(events.map(([n]) => n)).toEqual(['request', 'response', 'retry', 'request', 'response', 'error']);
    const route = '/v1/participants/{id}';
    expect(events[1]?.[1]).toMatchObject({
      method: 'GET',
      route,
      attempt: 1,
      status: 503,
      requestId: 'req_1',
    });
    expect(events[4]?.[1]).toMatchObject({ attempt: 2, status: 404, requestId: 'req_2' });
    expect(events[5]?.[1]).toMatchObject({ kind: 'not_found', status: 404, attempt: 2, requestId: 'req_2' });
    expect(events[5]?.[1]).toHaveProperty('duration', expect.any(Number));
    const text = JSON.stringify(events);
    expect(text).not.toContain('PRIVATE');
    expect(text).not.toContain('sk_x');
  });

  it('on() returns a function that stops listening', async () => {
    server.use(http.get(`${baseUrl}/v1/participants/:id`, () => HttpResponse.json({})));
    const client = createClient({ baseUrl, apiKey: 'sk_x' });
    const listener = vi.fn();
    const stop = client.on('response', listener);
    await client.request(spec);
    stop();
    await client.request(spec);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
