/**
 * The kit answers every operation of the contract: one request per `METHOD /route` of the generated
 * operation list (from the committed OpenAPI document) must reach a handler, not fall through as
 * unhandled. A new operation without an msw handler fails here.
 */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../generated/operations.js';
import { createRegistryMock } from './index.js';

const baseUrl = 'http://registry.test';

/** The operation's route with a placeholder in each path parameter. */
const urlOf = (route: string) => baseUrl + route.replace(/\{[^}]+\}/g, 'pt_0000000000');

describe('@nayabato/client/testing', () => {
  it('has a handler for every operation of the contract', async () => {
    const { handlers } = createRegistryMock({ baseUrl, data: 'empty' });
    const operations = Object.entries(OPERATIONS);
    const unhandled: string[] = [];
    for (const [key, operation] of operations) {
      const [method, route] = key.split(' ') as [string, string];
      const body = method === 'GET' || method === 'DELETE' ? null : '{}';
      const request = new Request(urlOf(route), {
        method,
        body,
        headers: { authorization: 'Bearer sk_test_coverage', 'content-type': 'application/json' },
      });
      const response = await getResponse(handlers, request);
      if (!response) unhandled.push(`${operation.id} (${key})`);
    }
    expect(operations.length).toBeGreaterThan(90);
    expect(unhandled).toEqual([]);
  });

  it('would report an operation no handler answers', async () => {
    // The check above is only as good as its notion of "unhandled": a route the kit lacks gives none.
    const { handlers } = createRegistryMock({ baseUrl, data: 'empty' });
    const request = new Request(`${baseUrl}/v1/no-such-resource`, { headers: { authorization: 'Bearer x' } });
    expect(await getResponse(handlers, request)).toBeUndefined();
  });

  it("seeds core's synthetic programme by default, with a credential for each demo role", async () => {
    const mock = createRegistryMock({ baseUrl });
    expect(mock.store.participants.all()).toHaveLength(20);
    expect(mock.store.organizations.all().length).toBeGreaterThan(10);
    expect(Object.keys(mock.demo.credentials).sort()).toEqual(
      ['coordinator', 'corporate', 'government', 'ngo', 'training_institution'].sort(),
    );
    const ngo = mock.demo.organizations.ngo;
    const request = new Request(`${baseUrl}/v1/participants?limit=100`, {
      headers: { authorization: `Bearer ${mock.demo.credentials.ngo}` },
    });
    const page = (await (await getResponse(mock.handlers, request))?.json()) as {
      items: { organizationId: string }[];
    };
    // The NGO sees every participant it registered (and others only through a referral's consent).
    const registered = mock.store.participants.all().filter((p) => p.organizationId === ngo);
    expect(registered.length).toBeGreaterThan(0);
    expect(page.items.filter((p) => p.organizationId === ngo)).toHaveLength(registered.length);
  });

  it("seeds the integrator's own records, or none", () => {
    expect(createRegistryMock({ baseUrl, data: 'empty' }).store.participants.all()).toEqual([]);
    const own = createRegistryMock({ baseUrl, data: { synthetic: { participants: 3, seed: 9 } } });
    expect(own.store.participants.all()).toHaveLength(3);
    const [org] = own.store.organizations.all();
    const mine = createRegistryMock({ baseUrl, data: { organizations: [org!] } });
    expect(mine.store.organizations.all()).toEqual([org]);
    expect(mine.demo.organizations[org!.role]).toBe(org!.id);
  });
});
