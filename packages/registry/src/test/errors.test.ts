import { expect, it } from 'vitest';
import { describeRegistry, type Json, participantBody } from './harness.js';

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
    const ready = await t().call(null, 'GET', '/ready', {
      headers: { 'x-request-id': '0f1e2d3c4b5a69780f1e2d3c' },
    });
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-request-id')).toBe('0f1e2d3c4b5a69780f1e2d3c');
    // A request id that could carry words is replaced, not logged.
    const wordy = await t().call(null, 'GET', '/health', {
      headers: { 'x-request-id': 'Sita-Kumari-Tamang' },
    });
    expect(wordy.headers.get('x-request-id')).not.toContain('Sita');
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

  it('refuses bad cursors, bad limits and bad instants (400)', async () => {
    expectProblem(await t().call(ngoKey(), 'GET', '/v1/participants?cursor=not-a-cursor'), 400, 'bad-cursor');
    const forged = Buffer.from(JSON.stringify({ v: 1, s: -4 })).toString('base64url');
    expectProblem(await t().call(ngoKey(), 'GET', `/v1/referrals?cursor=${forged}`), 400, 'bad-cursor');
    expectProblem(await t().call(ngoKey(), 'GET', '/v1/organizations?limit=1000'), 400, 'bad-request');
    expectProblem(
      await t().call(ngoKey(), 'GET', '/v1/participants?updatedSince=yesterday'),
      400,
      'bad-request',
    );
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
      headers: { 'x-request-id': 'aaaa0000bbbb1111' },
    });
    expect(created.status).toBe(201);
    await t().call(ngoKey(), 'GET', `/v1/participants/${created.body.id}`, {
      headers: { 'x-request-id': 'aaaa0000bbbb2222' },
    });
    const line = t().logs.find((l) => l.requestId === 'aaaa0000bbbb2222');
    expect(line).toMatchObject({ method: 'GET', route: '/v1/participants/:id', status: 200 });
    expect(typeof line?.durationMs).toBe('number');
    const text = JSON.stringify(t().logs);
    expect(text).not.toContain(marker);
    expect(text).not.toContain(created.body.id);
    expect(text).not.toContain(ngoKey());
  });
});
