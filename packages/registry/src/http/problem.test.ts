import { expect, it } from 'vitest';
import { describeRegistry, type Json, participantBody } from '../registry.fixture.js';

const PROBLEM_KEYS = ['type', 'title', 'status', 'detail', 'instance', 'errors', 'requestId'];

describeRegistry('problem+json and operations', (t) => {
  const ngoKey = () => t().org('ngo').secretKey;

  function expectProblem(
    res: { status: number; headers: Headers; body: Json },
    status: number,
    slug: string,
  ) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    for (const key of PROBLEM_KEYS) expect(res.body).toHaveProperty(key);
    expect(res.body.type).toBe(`urn:nayabato:problem:${slug}`);
    expect(res.body.status).toBe(status);
    expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
  }

  it('answers /health and /ready with a request id', async () => {
    const health = await t().call(null, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const uuid = '0f1e2d3c-4b5a-4978-8f1e-2d3c4b5a6978';
    const ready = await t().call(null, 'GET', '/ready', { headers: { 'x-request-id': uuid } });
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-request-id')).toBe(uuid);
    const ulid = '01JDQ7ZK5W3V8M2N4P6R9T1XYZ';
    expect(
      (await t().call(null, 'GET', '/health', { headers: { 'x-request-id': ulid } })).headers.get(
        'x-request-id',
      ),
    ).toBe(ulid);
    // A request id that could carry words, or a long run of digits (a phone number), is replaced, not logged.
    for (const unsafe of [
      'Sita-Kumari-Tamang',
      '9779812345678901',
      '0f1e2d3c4b5a69780f1e2d3c',
      '01234567890123456789012345',
    ]) {
      const res = await t().call(null, 'GET', '/health', { headers: { 'x-request-id': unsafe } });
      expect(res.headers.get('x-request-id'), unsafe).not.toBe(unsafe);
      expect(res.headers.get('x-request-id')).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    }
  });

  it('reports wrong types and unknown fields field by field (422)', async () => {
    const res = await t().call(ngoKey(), 'POST', '/v1/participants', {
      json: participantBody({ gender: 42, languages: 'ne', shoeSize: 38 }),
    });
    expectProblem(res, 422, 'validation-failed');
    const byPointer = Object.fromEntries(res.body.errors.map((e: Json) => [e.pointer, e]));
    expect(byPointer['/gender'].code).toBe('invalid_value');
    expect(byPointer['/languages'].code).toBe('invalid_type');
    expect(byPointer['/shoeSize'].code).toBe('unrecognized_keys');
    for (const e of res.body.errors) expect(e.message.ne).toMatch(/[\u0900-\u097F]/);
  });

  it('refuses malformed JSON (400), other media types (415) and oversized bodies (413)', async () => {
    expectProblem(
      await t().call(ngoKey(), 'POST', '/v1/participants', {
        body: '{"category": ',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'malformed-json',
    );
    expectProblem(
      await t().call(ngoKey(), 'POST', '/v1/participants', {
        body: 'category=x',
        headers: { 'content-type': 'text/plain' },
      }),
      415,
      'unsupported-media-type',
    );
    const huge = participantBody({ notes: 'x'.repeat(300 * 1024) });
    expectProblem(
      await t().call(ngoKey(), 'POST', '/v1/participants', { json: huge }),
      413,
      'payload-too-large',
    );
  });

  it('reads a body sent in chunks without a length, and refuses one that grows past the limit (413)', async () => {
    const send = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      const chunk = 256;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += chunk) controller.enqueue(bytes.slice(at, at + chunk));
          controller.close();
        },
      });
      return fetch(`${t().url}/v1/participants`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ngoKey()}`, 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
    };
    const fits = await send(JSON.stringify(participantBody({ notes: 'y'.repeat(1500) })));
    expect(fits.status).toBe(201);
    expect(((await fits.json()) as { notes: string }).notes).toHaveLength(1500);
    const tooBig = await send(JSON.stringify(participantBody({ notes: 'x'.repeat(300 * 1024) })));
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { type: string }).type).toBe('urn:nayabato:problem:payload-too-large');
  });

  it('refuses bad cursors, bad limits and bad instants (400)', async () => {
    expectProblem(await t().call(ngoKey(), 'GET', '/v1/participants?cursor=not-a-cursor'), 400, 'bad-cursor');
    const forged = Buffer.from(JSON.stringify({ v: 1, s: -4 })).toString('base64url');
    expectProblem(await t().call(ngoKey(), 'GET', `/v1/referrals?cursor=${forged}`), 400, 'bad-cursor');
    expectProblem(await t().call(ngoKey(), 'GET', '/v1/organizations?limit=1000'), 400, 'bad-request');
    // What `Date.parse` accepts but is no ISO 8601 instant (or PostgreSQL cannot store) is a 400 naming
    // the parameter, never a 500.
    for (const since of [
      'yesterday',
      '1',
      '2024',
      '+275760-09-13T00:00:00.000Z',
      '2024-02-30T00:00:00Z',
      '0000-01-01T00:00:00Z',
    ]) {
      const res = await t().call(
        ngoKey(),
        'GET',
        `/v1/participants?updatedSince=${encodeURIComponent(since)}`,
      );
      expectProblem(res, 400, 'bad-request');
      expect(res.body.errors[0].pointer, since).toBe('/updatedSince');
      expect(res.body.errors[0].message.ne).toMatch(/[\u0900-\u097F]/);
    }
    const referrals = await t().call(ngoKey(), 'GET', '/v1/referrals?updatedSince=2024');
    expectProblem(referrals, 400, 'bad-request');
    const search = await t().call(ngoKey(), 'POST', '/v1/participants/search', {
      json: { updatedSince: '0000-01-01T00:00:00Z' },
    });
    expectProblem(search, 422, 'validation-failed');
    expect(search.body.errors[0].pointer).toBe('/updatedSince');
    expect(
      (await t().call(ngoKey(), 'GET', '/v1/participants?updatedSince=2026-11-28T10%3A00%3A00%2B05%3A45'))
        .status,
    ).toBe(200);
  });

  it('refuses unknown values of enumerated query parameters (400 naming the parameter)', async () => {
    for (const path of [
      '/v1/referrals?status=lost',
      '/v1/referrals?direction=up',
      '/v1/organizations?role=club',
      '/v1/organizations?district=Atlantis',
    ]) {
      const res = await t().call(ngoKey(), 'GET', path);
      expectProblem(res, 400, 'bad-request');
      expect(res.body.errors[0].pointer, path).toBe(`/${path.split('?')[1]!.split('=')[0]}`);
    }
    expect((await t().call(ngoKey(), 'GET', '/v1/organizations?role=ngo&district=Kaski')).status).toBe(200);
  });

  it('answers 405 with Allow for a known path asked with another method', async () => {
    const one = await t().call(ngoKey(), 'PATCH', '/v1/participants/pt_0000000000', { json: {} });
    expectProblem(one, 405, 'method-not-allowed');
    expect(one.headers.get('allow')).toBe('GET, HEAD, PUT');
    const collection = await t().call(ngoKey(), 'DELETE', '/v1/participants');
    expectProblem(collection, 405, 'method-not-allowed');
    expect(collection.headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await t().call(ngoKey(), 'GET', '/v1/referrals/ref_x/accept')).headers.get('allow')).toBe('POST');
    expectProblem(await t().call(ngoKey(), 'DELETE', '/v1/nothing-here'), 404, 'not-found');
  });

  it('answers 401 without or with an unknown credential, 404 for unknown routes', async () => {
    const none = await t().call(null, 'GET', '/v1/participants');
    expectProblem(none, 401, 'unauthenticated');
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectProblem(await t().call(`sk_${'a'.repeat(43)}`, 'GET', '/v1/participants'), 401, 'unauthenticated');
    expectProblem(await t().call(ngoKey(), 'GET', '/v1/nothing-here'), 404, 'not-found');
  });

  it('logs one JSON line per request with the route template and nothing personal', async () => {
    const marker = 'LOGMARKER';
    const created = await t().call(ngoKey(), 'POST', '/v1/participants?x=1', {
      json: participantBody({ notes: marker }),
      headers: { 'x-request-id': 'aaaa0000-bbbb-4111-8111-000000000001' },
    });
    expect(created.status).toBe(201);
    await t().call(ngoKey(), 'GET', `/v1/participants/${created.body.id}`, {
      headers: { 'x-request-id': 'aaaa0000-bbbb-4222-8222-000000000002' },
    });
    const line = t().logs.find((l) => l.requestId === 'aaaa0000-bbbb-4222-8222-000000000002');
    expect(line).toMatchObject({ method: 'GET', route: '/v1/participants/:id', status: 200 });
    expect(typeof line?.durationMs).toBe('number');
    const text = JSON.stringify(t().logs);
    expect(text).not.toContain(marker);
    expect(text).not.toContain(created.body.id);
    expect(text).not.toContain(ngoKey());
  });
});
