import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { isBrowser } from './environment.js';
import {
  ApiValidationError,
  ConfigurationError,
  NayaBatoError,
  RequestValidationError,
} from './errors/index.js';
import type { ClientOptions } from './options.js';
import { jsonResponse, problemResponse, stubFetch } from './transport/fetch-stub.fixture.js';

// Runs in real headless Chromium (the `chromium` vitest project): window, document, fetch, Request,
// Response, WebCrypto and AbortSignal are the browser's own, not Node's.

const baseUrl = 'http://registry.test';
const referralInput = {
  participantId: 'pt_0123456789',
  toOrganizationId: 'org_abcdefghij',
  serviceType: 'vocational_training',
  reason: 'Wants to train as a tailor',
} as const;

/** The error `fn` throws, or fails the test. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('in a real browser page', () => {
  it('is detected as a browser', () => {
    expect(isBrowser()).toBe(true);
    expect(navigator.userAgent).toMatch(/Chrome/);
  });

  it('refuses a secret key with a typed ConfigurationError that does not repeat the key', () => {
    for (const options of [
      { baseUrl, apiKey: 'sk_live_0123456789' },
      { baseUrl, publishableKey: 'sk_live_0123456789' },
    ] as ClientOptions[]) {
      const error = thrown(() => createClient(options));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toBeInstanceOf(NayaBatoError);
      expect(error).toMatchObject({
        name: 'ConfigurationError',
        kind: 'configuration',
        code: 'secret_key_in_browser',
        status: undefined,
      });
      expect((error as Error).message).not.toContain('0123456789');
    }
  });

  it('accepts a publishable key (as apiKey or publishableKey) and getToken', () => {
    expect(() => createClient({ baseUrl, apiKey: 'pk_live_0123456789' })).not.toThrow();
    expect(() => createClient({ baseUrl, publishableKey: 'pk_live_0123456789' })).not.toThrow();
    expect(() => createClient({ baseUrl, getToken: () => 'staff-token' })).not.toThrow();
    expect(thrown(() => createClient({ baseUrl } as ClientOptions))).toMatchObject({
      code: 'missing_credentials',
    });
  });

  it('sends a publishable key, or the getToken token, as a bearer credential', async () => {
    const stub = stubFetch(() => jsonResponse({ status: 'ok' }));
    await createClient({ baseUrl, publishableKey: 'pk_test_1', fetch: stub.fetch }).health.live();
    let calls = 0;
    const getToken = async () => `staff-token-${++calls}`;
    await createClient({ baseUrl, getToken, fetch: stub.fetch }).health.live();
    expect(stub.requests.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer pk_test_1',
      'Bearer staff-token-1',
    ]);
    expect(stub.requests[0]?.url).toBe(`${baseUrl}/health`);
  });
});

describe('a request/response cycle through the browser fetch stack', () => {
  it('creates a referral: JSON body, headers, idempotency key and the 201 parsed', async () => {
    const stub = stubFetch(async (request) =>
      jsonResponse({ ...(await request.json()), id: 'ref_0123456789', status: 'draft' }, 201),
    );
    const client = createClient({ baseUrl, apiKey: 'pk_test_1', fetch: stub.fetch });
    const created = await client.referrals.create(referralInput, { purpose: 'service_delivery' });
    expect(created).toMatchObject({ ...referralInput, id: 'ref_0123456789', status: 'draft' });
    const [request] = stub.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`${baseUrl}/v1/referrals`);
    expect(request?.headers.get('content-type')).toMatch(/^application\/json/);
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('x-purpose')).toBe('service_delivery');
    expect(request?.headers.get('idempotency-key')).toMatch(/^[0-9a-f]{32}$/);
    expect(await request?.json()).toEqual(referralInput);
  });

  it('maps a problem+json 422 to an ApiValidationError with the field issues, not retried', async () => {
    const issues = [
      {
        path: ['reason'],
        pointer: '/reason',
        code: 'too_small',
        message: { en: 'Too short', ne: 'धेरै छोटो' },
      },
      {
        path: ['serviceType'],
        pointer: '/serviceType',
        code: 'invalid_value',
        message: { en: 'Not an allowed value', ne: 'अनुमति नभएको मान' },
      },
    ];
    const stub = stubFetch(() =>
      problemResponse(
        422,
        { type: 'urn:nayabato:problem:validation-failed', title: 'Validation failed', errors: issues },
        { 'x-request-id': 'req_422' },
      ),
    );
    const client = createClient({ baseUrl, apiKey: 'pk_test_1', fetch: stub.fetch, retry: { baseDelay: 1 } });
    const error = await client.referrals.create(referralInput).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiValidationError);
    expect(error).not.toBeInstanceOf(RequestValidationError);
    const e = error as ApiValidationError;
    expect(e).toMatchObject({
      kind: 'validation',
      status: 422,
      code: 'validation-failed',
      requestId: 'req_422',
    });
    expect(e.issues).toEqual(issues);
    expect(e.problem?.title).toBe('Validation failed');
    expect(e.message).toBe('POST /v1/referrals failed with 422 Validation failed');
    expect(stub.requests).toHaveLength(1);
  });

  it('pages lazily with for await, sending each cursor and the filters, and stops when asked', async () => {
    const pages: Record<string, { items: { id: string }[]; nextCursor: string | null }> = {
      '': { items: [{ id: 'ref_a' }, { id: 'ref_b' }], nextCursor: 'c1' },
      c1: { items: [{ id: 'ref_c' }], nextCursor: 'c2' },
      c2: { items: [{ id: 'ref_d' }], nextCursor: null },
    };
    const stub = stubFetch((request) =>
      jsonResponse(pages[new URL(request.url).searchParams.get('cursor') ?? '']),
    );
    const client = createClient({ baseUrl, apiKey: 'pk_test_1', fetch: stub.fetch, validate: false });
    const list = client.referrals.list({ status: 'sent', limit: 2 });
    expect(stub.requests).toHaveLength(0); // nothing is fetched until iterated
    const ids: string[] = [];
    for await (const referral of list) ids.push(referral.id);
    expect(ids).toEqual(['ref_a', 'ref_b', 'ref_c', 'ref_d']);
    expect(stub.requests.map((r) => new URL(r.url).search)).toEqual([
      '?status=sent&limit=2',
      '?status=sent&limit=2&cursor=c1',
      '?status=sent&limit=2&cursor=c2',
    ]);
    // Breaking out of the loop stops the paging: the second page is never asked for.
    for await (const referral of client.referrals.list()) {
      expect(referral.id).toBe('ref_a');
      break;
    }
    expect(stub.requests).toHaveLength(4);
    await expect(client.referrals.list().toArray({ limit: 3 })).resolves.toHaveLength(3);
    expect(stub.requests).toHaveLength(6);
  });

  it('emits events with route templates only: no ids, query values, bodies or credentials', async () => {
    const stub = stubFetch((_, index) =>
      index === 0
        ? problemResponse(503, {}, { 'x-request-id': 'req_1' })
        : problemResponse(404, {}, { 'x-request-id': 'req_2' }),
    );
    const client = createClient({
      baseUrl,
      apiKey: 'pk_test_secretish',
      fetch: stub.fetch,
      retry: { baseDelay: 1 },
    });
    const events: [string, Record<string, unknown>][] = [];
    for (const name of ['request', 'response', 'retry', 'error', 'rate-limited'] as const)
      client.on(name, (event: unknown) => events.push([name, event as Record<string, unknown>]));
    await expect(client.participants.get('pt_PRIVATE0001')).rejects.toMatchObject({ kind: 'not_found' });
    await expect(
      client.referrals.list({ participantId: 'pt_PRIVATE0002' }).toArray({ limit: 1 }),
    ).rejects.toMatchObject({ kind: 'not_found' });
    await expect(
      client.participants.search({ currentDistrict: 'Sindhupalchok' }).toArray({ limit: 1 }),
    ).rejects.toMatchObject({ kind: 'not_found' });
    // The calls really carried the private values; the events do not.
    expect(stub.requests[1]?.url).toContain('pt_PRIVATE0001');
    expect(stub.requests[2]?.url).toContain('pt_PRIVATE0002');
    expect(await stub.requests[3]?.text()).toContain('Sindhupalchok');
    // The first call was retried once (503, then 404); the others failed at once (404).
    expect(events.map(([name]) => name)).toEqual([
      ...['request', 'response', 'retry', 'request', 'response', 'error'],
      ...['request', 'response', 'error'],
      ...['request', 'response', 'error'],
    ]);
    expect(events[2]?.[1]).toEqual({
      method: 'GET',
      route: '/v1/participants/{id}',
      attempt: 2,
      status: 503,
      requestId: 'req_1',
    });
    expect(new Set(events.map(([, e]) => e.route))).toEqual(
      new Set(['/v1/participants/{id}', '/v1/referrals', '/v1/participants/search']),
    );
    for (const [, event] of events) expect(Object.keys(event)).not.toContain('url');
    const text = JSON.stringify(events);
    for (const secret of ['PRIVATE', 'Sindhupalchok', 'pk_test_secretish', 'registry.test'])
      expect(text).not.toContain(secret);
    expect(events[0]?.[1]).toEqual({ method: 'GET', route: '/v1/participants/{id}', attempt: 1 });
  });
});
