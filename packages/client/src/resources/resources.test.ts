/**
 * Resource behaviour over msw: calls whose answer carries a secret shown once, and lists whose cursor
 * repeats.
 */
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { ApiError, NetworkError, ServerError, TimeoutError } from '../errors/index.js';

const baseUrl = 'http://registry.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (timeout?: number) =>
  createClient({
    baseUrl,
    apiKey: 'sk_test_1',
    validate: false,
    retry: { baseDelay: 1, maxDelay: 5 },
    timeout,
  });

const created = {
  key: { id: 'key_0123456789', kind: 'secret', hint: 'sk_…1234' },
  secret: 'sk_test_new',
};

/** The secret-returning calls, each with the msw method and route that answers it. */
const secretCalls = [
  {
    name: 'keys.create',
    route: '/v1/keys',
    call: (c: ReturnType<typeof client>) => c.keys.create({ kind: 'secret' }),
  },
  {
    name: 'keys.rotate',
    route: '/v1/keys/:id/rotate',
    call: (c: ReturnType<typeof client>) => c.keys.rotate('key_0123456789'),
  },
  {
    name: 'tokens.create',
    route: '/v1/tokens',
    call: (c: ReturnType<typeof client>) => c.tokens.create({ userId: 'usr_0123456789' } as never),
  },
  {
    name: 'organizations.create',
    route: '/v1/organizations',
    call: (c: ReturnType<typeof client>) => c.organizations.create({} as never),
  },
];

describe('calls whose answer carries a secret shown once', () => {
  for (const { name, route, call } of secretCalls) {
    it(`${name}: a network error is not retried and says the outcome is unknown`, async () => {
      let calls = 0;
      server.use(
        http.post(`${baseUrl}${route}`, () => {
          calls++;
          return HttpResponse.error();
        }),
      );
      const error = await call(client()).catch((e: unknown) => e);
      expect(calls).toBe(1);
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ kind: 'network', code: 'outcome_unknown' });
      expect((error as Error).message).toMatch(/outcome is unknown/);
    });
  }

  it('a timeout is not retried either and says the outcome is unknown', async () => {
    let calls = 0;
    server.use(
      http.post(`${baseUrl}/v1/keys/:id/rotate`, async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json(created);
      }),
    );
    const error = await client(30)
      .keys.rotate('key_0123456789')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'outcome_unknown' });
    expect(calls).toBe(1);
  });

  it('statuses by which the registry did nothing (429, 500, 503) are still retried, with one key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${baseUrl}/v1/keys`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1
          ? HttpResponse.json({ status: 503 }, { status: 503 })
          : HttpResponse.json(created, { status: 201 });
      }),
    );
    await expect(client().keys.create({ kind: 'secret' })).resolves.toEqual(created);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
  });

  it('a gateway’s 502 or 504 is not retried (the registry may have answered behind it)', async () => {
    let calls = 0;
    server.use(
      http.post(`${baseUrl}/v1/tokens`, () => {
        calls++;
        return new HttpResponse(null, { status: 504 });
      }),
    );
    await expect(client().tokens.create({ userId: 'usr_0123456789' } as never)).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(calls).toBe(1);
  });

  it('other calls still retry network errors, and their errors carry no outcome code', async () => {
    let calls = 0;
    server.use(
      http.post(`${baseUrl}/v1/keys/:id/revoke`, () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    const error = await client()
      .keys.revoke('key_0123456789')
      .catch((e: unknown) => e);
    expect(calls).toBe(3);
    expect(error).toMatchObject({ kind: 'network', code: 'network' });
  });
});

describe('lists', () => {
  it('throw ApiError repeated_cursor when the registry hands back a cursor twice', async () => {
    const cursors: (string | null)[] = [];
    server.use(
      http.get(`${baseUrl}/v1/referrals`, ({ request }) => {
        cursors.push(new URL(request.url).searchParams.get('cursor'));
        return HttpResponse.json({ items: [{ id: `ref_${cursors.length}` }], nextCursor: 'c1' });
      }),
    );
    const error = await client()
      .referrals.list({ status: 'sent' })
      .toArray({ limit: 100 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'api', code: 'repeated_cursor' });
    expect(cursors).toEqual([null, 'c1']);
  });
});
