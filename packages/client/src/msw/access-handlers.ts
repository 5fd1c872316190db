import { newId } from '@nayabato/core';
import { type HttpHandler, http } from 'msw';
import type { Schemas } from '../resources/types.js';
import type { MockCaller } from './callers.js';
import type { MockRoutes } from './referral-handlers.js';
import { Collection } from './store.js';

type ApiKey = Schemas['ApiKey'];

/** A fresh mock credential: random, recognisably fake, never a real key. */
const mockSecret = (prefix: string) => `${prefix}_mock_${crypto.randomUUID().replaceAll('-', '')}`;

/**
 * The access routes (API keys, staff tokens, organisation registration and browser origins), with the
 * registry's ownership rules: an organisation manages its own keys and origins (404 for another's key, 403
 * for another's origins), only the coordinator registers organisations or revokes another's key, and a
 * staff token is issued only for a user of the caller's organisation. The mock cannot tell a secret key
 * from a publishable one (any bearer credential is accepted), so the secret-key-only rule is not played.
 */
export function accessHandlers(routes: MockRoutes): HttpHandler[] {
  const { store, path, handle, json, problem, limitOf } = routes;
  const keys = new Collection<ApiKey>();
  const origins = new Map<string, readonly string[]>();
  const now = () => new Date().toISOString();
  const notFound = (request: Request, detail: string) =>
    problem(request, { status: 404, options: { type: 'not-found', title: 'Not found', detail } });
  const forbidden = (request: Request, detail: string) =>
    problem(request, { status: 403, options: { type: 'forbidden', title: 'Forbidden', detail } });
  // An organisation the store does not hold is taken as it comes, as in the other handlers: only a
  // seeded non-coordinator is refused.
  const coordinator = (caller: MockCaller) => {
    const role = store.organizations.get(caller.organizationId)?.role;
    return role === undefined || role === 'coordinator';
  };
  const issue = (organizationId: string, kind: ApiKey['kind']): Schemas['CreatedApiKey'] => {
    const secret = mockSecret(kind === 'secret' ? 'sk' : 'pk');
    const key = keys.put({
      id: `key_${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`,
      organizationId,
      kind,
      hint: secret.slice(-4),
      createdAt: now(),
      expiresAt: null,
      replacedBy: null,
      revokedAt: null,
    });
    return { key, secret };
  };
  const active = (key: ApiKey) => !key.revokedAt && (!key.expiresAt || key.expiresAt > now());

  return [
    http.get(
      path('/v1/keys'),
      handle('GET /v1/keys', (request, _params, _body, caller) => {
        const url = new URL(request.url);
        const own = (key: ApiKey) => key.organizationId === caller.organizationId;
        return json(keys.page(own, url.searchParams.get('cursor'), limitOf(url)));
      }),
    ),
    http.post(
      path('/v1/keys'),
      handle('POST /v1/keys', (_request, _params, body, caller) =>
        json(issue(caller.organizationId, (body as Schemas['ApiKeyInput']).kind), 201),
      ),
    ),
    http.post(
      path('/v1/keys/{id}/revoke'),
      handle('POST /v1/keys/{id}/revoke', (request, params, _body, caller) => {
        const key = keys.get(params.id ?? '');
        const own = key?.organizationId === caller.organizationId;
        const coordinating = store.organizations.get(caller.organizationId)?.role === 'coordinator';
        if (!key || (!own && !coordinating)) return notFound(request, 'No such key.');
        if (!active(key))
          return problem(request, { status: 409, options: { type: 'conflict', title: 'Conflict' } });
        return json(keys.put({ ...key, revokedAt: now() }));
      }),
    ),
    http.post(
      path('/v1/keys/{id}/rotate'),
      handle('POST /v1/keys/{id}/rotate', (request, params, _body, caller) => {
        const key = keys.get(params.id ?? '');
        if (!key || key.organizationId !== caller.organizationId) return notFound(request, 'No such key.');
        if (!active(key))
          return problem(request, { status: 409, options: { type: 'conflict', title: 'Conflict' } });
        const created = issue(key.organizationId, key.kind);
        // The old key keeps working for the registry's default grace period (24 hours).
        const expiresAt = key.expiresAt ?? new Date(Date.now() + 86_400_000).toISOString();
        keys.put({ ...key, replacedBy: created.key.id, expiresAt });
        return json(created, 201);
      }),
    ),
    http.post(
      path('/v1/tokens'),
      handle('POST /v1/tokens', (request, _params, body, caller) => {
        const input = body as Schemas['TokenInput'];
        const user = store.users.get(input.userId);
        if (!user || user.organizationId !== caller.organizationId)
          return notFound(request, 'No such user in this organisation.');
        if (user.disabled) return forbidden(request, 'The user is disabled.');
        const ttl = input.ttlSeconds ?? 900;
        return json(
          {
            token: mockSecret('st'),
            userId: user.id,
            organizationId: caller.organizationId,
            expiresAt: new Date(Date.now() + ttl * 1000).toISOString(),
          } satisfies Schemas['StaffToken'],
          201,
        );
      }),
    ),
    http.post(
      path('/v1/organizations'),
      handle('POST /v1/organizations', (request, _params, body, caller) => {
        if (!coordinator(caller)) return forbidden(request, 'Only the coordinator registers organisations.');
        const at = now();
        const organization = store.organizations.put({
          ...(body as Schemas['OrganizationInput']),
          id: newId('organization'),
          createdAt: at,
          updatedAt: at,
        } as Schemas['Organization']);
        const secretKey = issue(organization.id, 'secret');
        const publishableKey = issue(organization.id, 'publishable');
        return json({ organization, secretKey, publishableKey }, 201);
      }),
    ),
    ...(['get', 'put'] as const).map((method) =>
      http[method](
        path('/v1/organizations/{id}/allowed-origins'),
        handle(
          `${method.toUpperCase()} /v1/organizations/{id}/allowed-origins`,
          (request, params, body, caller) => {
            const id = params.id ?? '';
            if (!store.organizations.get(id)) return notFound(request, 'No such organisation.');
            const coordinating = store.organizations.get(caller.organizationId)?.role === 'coordinator';
            if (!coordinating && id !== caller.organizationId)
              return forbidden(request, 'Only the organisation itself manages its origins.');
            if (method === 'put') origins.set(id, (body as Schemas['AllowedOrigins']).origins);
            return json({ origins: origins.get(id) ?? [] });
          },
        ),
      ),
    ),
  ];
}
