/**
 * The kit's own helpers: typed operation overrides, setupRegistryMock, and the access routes (keys, staff
 * tokens, organisation registration, origins) with the registry's ownership rules.
 */
import { getResponse, type RequestHandler } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Schemas } from '../resources/types.js';
import { createRegistryMock, type OperationResponse, operationHandler, setupRegistryMock } from './index.js';

const baseUrl = 'http://registry.test';

const send = async (
  handlers: RequestHandler[],
  method: string,
  route: string,
  credential: string,
  body?: unknown,
) => {
  const request = new Request(baseUrl + route, {
    method,
    headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`unhandled ${method} ${route}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('operationHandler', () => {
  it('types the answer as the client types the operation, and answers with it', async () => {
    expectTypeOf<OperationResponse<'GET /v1/referrals/{id}'>>().toEqualTypeOf<Schemas['Referral']>();
    expectTypeOf<OperationResponse<'POST /v1/keys'>>().toEqualTypeOf<Schemas['CreatedApiKey']>();
    const handler = operationHandler(baseUrl, 'GET /v1/organizations/{id}/allowed-origins', () => ({
      origins: ['https://ngo.example'],
    }));
    // @ts-expect-error: the wrong shape for this operation does not compile.
    operationHandler(baseUrl, 'GET /v1/organizations/{id}/allowed-origins', () => ({ origin: 'x' }));
    const answer = await send([handler], 'GET', '/v1/organizations/org_0000000000/allowed-origins', 'x');
    expect(answer).toEqual({ status: 200, body: { origins: ['https://ngo.example'] } });
    const created = operationHandler(baseUrl, 'POST /v1/tokens', () => ({
      token: 'st_x',
      userId: 'usr_0000000000',
      organizationId: 'org_0000000000',
      expiresAt: '2026-01-01T00:00:00Z',
    }));
    expect((await send([created], 'POST', '/v1/tokens', 'x', {})).status).toBe(201);
  });
});

describe('setupRegistryMock', () => {
  it('hands the mock handlers to msw setupServer or setupWorker', () => {
    let given: RequestHandler[] = [];
    const { server, mock } = setupRegistryMock(
      (...handlers) => {
        given = handlers;
        return 'server';
      },
      { baseUrl, data: 'empty' },
    );
    expect(server).toBe('server');
    expect(given).toEqual(mock.handlers);
  });
});

describe('the access routes', () => {
  it('follow the registry: own keys only, the coordinator registers organisations, tokens for own users', async () => {
    const mock = createRegistryMock({ baseUrl, data: { synthetic: { participants: 1 } } });
    const { credentials, organizations } = mock.demo;
    const ngo = credentials.ngo!;
    const created = await send(mock.handlers, 'POST', '/v1/keys', ngo, { kind: 'publishable' });
    expect(created.status).toBe(201);
    const key = created.body.key as Schemas['ApiKey'];
    expect(key).toMatchObject({ organizationId: organizations.ngo, kind: 'publishable', revokedAt: null });
    expect(await send(mock.handlers, 'GET', '/v1/keys', credentials.corporate!)).toMatchObject({
      body: { items: [] },
    });
    expect(
      (await send(mock.handlers, 'POST', `/v1/keys/${key.id}/rotate`, credentials.corporate!)).status,
    ).toBe(404);
    expect((await send(mock.handlers, 'POST', `/v1/keys/${key.id}/rotate`, ngo)).status).toBe(201);
    expect(
      (await send(mock.handlers, 'POST', `/v1/keys/${key.id}/revoke`, credentials.coordinator!)).status,
    ).toBe(200);
    expect((await send(mock.handlers, 'POST', `/v1/keys/${key.id}/revoke`, ngo)).body.type).toBe(
      'urn:nayabato:problem:conflict',
    );

    const organization = {
      name: 'Demo shelter (synthetic)',
      role: 'ngo',
      districtsServed: ['Kathmandu'],
      servicesOffered: ['shelter'],
    };
    const refused = await send(mock.handlers, 'POST', '/v1/organizations', ngo, organization);
    expect(refused.body.type).toBe('urn:nayabato:problem:forbidden');
    const registered = await send(
      mock.handlers,
      'POST',
      '/v1/organizations',
      credentials.coordinator!,
      organization,
    );
    expect(registered.status).toBe(201);
    expect(Object.keys(registered.body).sort()).toEqual(['organization', 'publishableKey', 'secretKey']);

    const origins = `/v1/organizations/${organizations.ngo}/allowed-origins`;
    expect(
      (await send(mock.handlers, 'PUT', origins, ngo, { origins: ['https://ngo.example'] })).status,
    ).toBe(200);
    expect((await send(mock.handlers, 'GET', origins, credentials.corporate!)).status).toBe(403);
    expect((await send(mock.handlers, 'GET', origins, ngo)).body).toEqual({
      origins: ['https://ngo.example'],
    });

    const user = mock.store.users.all().find((u) => u.organizationId === organizations.ngo)!;
    const token = await send(mock.handlers, 'POST', '/v1/tokens', ngo, { userId: user.id, ttlSeconds: 60 });
    expect(token).toMatchObject({
      status: 201,
      body: { userId: user.id, organizationId: organizations.ngo },
    });
    expect(
      (await send(mock.handlers, 'POST', '/v1/tokens', credentials.corporate!, { userId: user.id })).status,
    ).toBe(404);
  });
});
