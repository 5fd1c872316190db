import {
  COMPLETE_CONSENT_CHECKS,
  SYNTHETIC_PARTICIPANT_INPUT,
  syntheticSharingConsent,
} from '@nayabato/core/synthetic';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import {
  ApiValidationError,
  ConflictError,
  NetworkError,
  NotFoundError,
  RequestValidationError,
} from '../errors/index.js';
import { createRegistryHandlers, networkErrorHandler, problemHandler } from './index.js';

const baseUrl = 'http://registry.test';
const participant = SYNTHETIC_PARTICIPANT_INPUT;
const mock = createRegistryHandlers({
  baseUrl,
  organizationId: 'org_mockngo00001',
  callers: { sk_test_training: 'org_mocktraining1' },
});
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createClient({ baseUrl, apiKey: 'sk_test_mock', validate: 'all', retry: { baseDelay: 1 } });
const training = createClient({
  baseUrl,
  apiKey: 'sk_test_training',
  validate: 'all',
  retry: { baseDelay: 1 },
});

describe('createRegistryHandlers', () => {
  it('creates, reads, replaces, lists (with paging) and searches participants in its store', async () => {
    const a = await client.participants.create(participant);
    const b = await client.participants.create({ ...participant, ageBand: '21-23' });
    expect(a.id).toMatch(/^pt_/);
    expect(a.organizationId).toBe('org_mockngo00001');
    expect(mock.store.participants.get(a.id)?.ageBand).toBe('18-20');
    await expect(client.participants.get(b.id)).resolves.toMatchObject({ ageBand: '21-23' });
    await client.participants.update(a.id, { ...participant, educationLevel: 'lower_secondary' });
    expect(mock.store.participants.get(a.id)?.educationLevel).toBe('lower_secondary');
    const pages: number[] = [];
    for await (const page of client.participants.list({ limit: 1 }).pages()) pages.push(page.items.length);
    expect(pages).toEqual([1, 1]);
    const found = await client.participants.search({ ageBand: '21-23' }).toArray({ limit: 10 });
    expect(found.map((p) => p.id)).toEqual([b.id]);
    await expect(client.participants.get('pt_missing000000')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('validates bodies with core’s schemas and answers 422 with field issues', async () => {
    const raw = createClient({ baseUrl, apiKey: 'sk_test_mock', validate: false });
    const error = await raw.participants
      .create({ ...participant, ageBand: 'x' } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiValidationError);
    expect(error).not.toBeInstanceOf(RequestValidationError);
    expect((error as ApiValidationError).issues.map((i) => i.pointer)).toContain('/ageBand');
    expect((error as ApiValidationError).requestId).toMatch(/^req_mock/);
  });

  it('runs referrals through core’s transitions, refusing illegal ones', async () => {
    const p = await client.participants.create(participant);
    const draft = await client.referrals.create({
      participantId: p.id,
      toOrganizationId: 'org_mocktraining1',
      serviceType: 'vocational_training',
      reason: 'Tailoring course',
    });
    expect(draft.status).toBe('draft');
    await client.consents.create(syntheticSharingConsent(p.id, 'org_mocktraining1'));
    expect((await client.referrals.send(draft.id)).status).toBe('sent');
    expect((await training.referrals.accept(draft.id)).status).toBe('accepted');
    expect((await training.referrals.start(draft.id)).status).toBe('in_progress');
    const done = await training.referrals.complete(draft.id, { outcome: { result: 'service_delivered' } });
    expect(done.status).toBe('completed');
    const error = await client.referrals.cancel(draft.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('invalid-transition');
    const sent = await client.referrals
      .list({ direction: 'sent', status: 'completed' })
      .toArray({ limit: 10 });
    expect(sent.map((r) => r.id)).toEqual([draft.id]);
  });

  it('records and withdraws consents', async () => {
    const p = await client.participants.create(participant);
    const consent = await client.consents.create({
      participantId: p.id,
      purpose: 'services',
      givenAt: new Date(Date.now() - 60_000).toISOString(),
      checks: COMPLETE_CONSENT_CHECKS,
      method: 'verbal',
    } as never);
    expect((await client.consents.withdraw(consent.id)).withdrawnAt).toBeTruthy();
    await expect(client.consents.withdraw(consent.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('starts from seeded data', async () => {
    const seeded = createRegistryHandlers({
      baseUrl: 'http://seeded.test',
      data: {
        users: [
          {
            id: 'usr_seeded00001',
            organizationId: 'org_x',
            displayName: 'Counsellor A',
            permissions: [],
            disabled: false,
            createdAt: '2026-01-01T00:00:00Z',
            updatedAt: '2026-01-01T00:00:00Z',
          },
        ],
      },
    });
    server.use(...seeded.handlers);
    const c = createClient({ baseUrl: 'http://seeded.test', apiKey: 'sk_x' });
    await expect(c.users.list().toArray({ limit: 5 })).resolves.toHaveLength(1);
    await c.users.update('usr_seeded00001', { disabled: true });
    expect(seeded.store.users.get('usr_seeded00001')?.disabled).toBe(true);
  });

  it('answers the directory as the registry does: ETag, Cache-Control by credential, 304', async () => {
    const seeded = createRegistryHandlers({
      baseUrl: 'http://directory.test',
      data: {
        organizations: [
          {
            id: 'org_seededcsr001',
            name: 'Synthetic Garments Ltd',
            role: 'corporate',
            districtsServed: ['Kathmandu'],
            servicesOffered: ['job_placement'],
            createdAt: '2026-01-01T00:00:00Z',
            updatedAt: '2026-01-01T00:00:00Z',
          },
        ],
      },
    });
    server.use(...seeded.handlers);
    const read = (path: string, key: string, etag?: string) =>
      fetch(`http://directory.test${path}`, {
        headers: { authorization: `Bearer ${key}`, ...(etag ? { 'if-none-match': etag } : {}) },
      });
    for (const path of ['/v1/organizations?limit=5', '/v1/organizations/org_seededcsr001']) {
      const first = await read(path, 'pk_test_widget');
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
      expect(first.headers.get('vary')).toBe('Authorization');
      const again = await read(path, 'pk_test_widget', `W/${etag}, "other"`);
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect((await read(path, 'sk_test_mock')).headers.get('cache-control')).toBe('private, no-cache');
    }
    const entry = '/v1/organizations/org_seededcsr001';
    const before = (await read(entry, 'pk_test_widget')).headers.get('etag')!;
    await createClient({ baseUrl: 'http://directory.test', apiKey: 'sk_test_mock' }).organizations.update(
      'org_seededcsr001',
      {
        name: 'Synthetic Garments Pvt Ltd',
        role: 'corporate',
        districtsServed: ['Kathmandu'],
        servicesOffered: ['job_placement'],
      },
    );
    const changed = await read(entry, 'pk_test_widget', before);
    expect(changed.status).toBe(200);
    expect((await changed.json()).name).toBe('Synthetic Garments Pvt Ltd');
    expect(changed.headers.get('etag')).not.toBe(before);
  });

  it('requires a bearer credential', async () => {
    const response = await fetch(`${baseUrl}/v1/referrals`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('problemHandler and networkErrorHandler', () => {
  it('make one route answer with a problem or fail like a network', async () => {
    server.use(problemHandler(baseUrl, 'POST', '/v1/referrals/{id}/send', 409, { type: 'consent-required' }));
    const error = await client.referrals.send('ref_any00000001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('consent-required');
    expect((error as ConflictError).problem?.instance).toBe('/v1/referrals/ref_any00000001/send');
    server.use(networkErrorHandler(baseUrl, 'GET', '/v1/referrals'));
    await expect(client.referrals.list().toArray({ limit: 1 })).rejects.toBeInstanceOf(NetworkError);
  });
});
