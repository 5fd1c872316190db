import { SYNTHETIC_PARTICIPANT_INPUT, syntheticSharingConsent } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { ApiValidationError, ConflictError, NetworkError, RequestValidationError } from '../errors/index.js';
import { createRegistryHandlers, networkErrorHandler, problemHandler } from './index.js';
import { mswFetch } from './msw-fetch.fixture.js';

// The client's own msw handlers, answering in Chromium through msw's `getResponse` (no service worker).

const baseUrl = 'http://registry.test';
const participant = SYNTHETIC_PARTICIPANT_INPUT;

function setup(validate: 'all' | false = 'all') {
  const mock = createRegistryHandlers({
    baseUrl,
    organizationId: 'org_mockngo00001',
    callers: { pk_test_training: 'org_mocktraining1' },
  });
  const clientWith = (apiKey: string) =>
    createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate, retry: { baseDelay: 1 } });
  return { mock, client: clientWith('pk_test_mock'), training: clientWith('pk_test_training') };
}

describe('createRegistryHandlers in the browser, without a service worker', () => {
  it('runs a participant and its referral through the life cycle, with paging', async () => {
    const { mock, client, training } = setup();
    const p = await client.participants.create(participant);
    expect(mock.store.participants.get(p.id)?.organizationId).toBe('org_mockngo00001');
    await client.consents.create(syntheticSharingConsent(p.id, 'org_mocktraining1'));
    const draft = await client.referrals.create({
      participantId: p.id,
      toOrganizationId: 'org_mocktraining1',
      serviceType: 'vocational_training',
      reason: 'Tailoring course',
    });
    expect(draft.status).toBe('draft');
    expect((await client.referrals.send(draft.id)).status).toBe('sent');
    for (const [step, status] of [
      ['accept', 'accepted'],
      ['start', 'in_progress'],
    ] as const)
      expect((await training.referrals[step](draft.id)).status).toBe(status);
    const done = await training.referrals.complete(draft.id, { outcome: { result: 'service_delivered' } });
    expect(done.status).toBe('completed');
    await expect(client.referrals.cancel(draft.id)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'invalid-transition',
    });
    await client.participants.create({ ...participant, ageBand: '21-23' });
    const sizes: number[] = [];
    for await (const page of client.participants.list({ limit: 1 }).pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([1, 1]);
  });

  it('answers a bad body with a problem+json 422 that the client maps to an ApiValidationError', async () => {
    const { client } = setup(false);
    const error = await client.participants
      .create({ ...participant, ageBand: 'about twenty' } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiValidationError);
    expect(error).not.toBeInstanceOf(RequestValidationError);
    const e = error as ApiValidationError;
    expect(e).toMatchObject({ status: 422, code: 'validation-failed' });
    expect(e.requestId).toMatch(/^req_mock/);
    expect(e.issues.map((i) => i.pointer)).toEqual(['/ageBand']);
    expect(e.issues[0]?.message.ne).toMatch(/[\u0900-\u097F]/);
  });

  it('lets problemHandler and networkErrorHandler take over a route', async () => {
    const mock = createRegistryHandlers({ baseUrl });
    const handlers = [
      problemHandler(baseUrl, 'POST', '/v1/referrals/{id}/send', 409, { type: 'consent-required' }),
      networkErrorHandler(baseUrl, 'GET', '/v1/referrals'),
      ...mock.handlers,
    ];
    const client = createClient({
      baseUrl,
      apiKey: 'pk_x',
      fetch: mswFetch(handlers),
      retry: { baseDelay: 1 },
    });
    const error = await client.referrals.send('ref_any00000001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('consent-required');
    let attempts = 0;
    client.on('request', () => attempts++);
    await expect(client.referrals.list().toArray({ limit: 1 })).rejects.toBeInstanceOf(NetworkError);
    expect(attempts).toBe(3);
  });
});
