import { type HttpHandler, http } from 'msw';
import type { Schemas } from '../resources/types.js';
import type { MockRoutes } from './referral-handlers.js';
import { Collection } from './store.js';

type Endpoint = Schemas['WebhookEndpoint'];
type Delivery = Schemas['WebhookDelivery'];

/** A fresh mock signing secret: `whsec_` and base64 of random bytes, never a real one. */
const mockSecret = () => `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24))))}`;
const mockId = (prefix: string) => `${prefix}_${crypto.randomUUID().replaceAll('-', '').slice(0, 24)}`;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The webhook-endpoint routes with the registry's rules: an organisation sees and manages its own
 * endpoints only (404 for another's), the secret is answered on creation and rotation only, a URL must
 * be `https` (or `http` to a loopback host, as a registry that allows private targets accepts; 422 at
 * `/url` otherwise), a disabled endpoint cannot be tested (409), a test event or a replay answers 202 with a
 * pending delivery. The mock sends nothing over the network and resolves no host names: sign your own
 * deliveries with `signWebhookPayload` to test a receiver.
 */
export function webhookHandlers(routes: MockRoutes): HttpHandler[] {
  const { path, handle, json, problem, limitOf } = routes;
  const endpoints = new Collection<Endpoint>();
  const deliveries = new Collection<Delivery>();
  const now = () => new Date().toISOString();
  const notFound = (request: Request) =>
    problem(request, { status: 404, options: { type: 'not-found', title: 'Not found' } });
  const badUrl = (request: Request) =>
    problem(request, {
      status: 422,
      options: {
        type: 'validation-failed',
        title: 'Validation failed',
        errors: [
          {
            path: ['url'],
            pointer: '/url',
            code: 'webhook_url_scheme',
            message: { en: 'A webhook URL must use https', ne: 'वेबहुक URL ले https प्रयोग गर्नुपर्छ' },
          },
        ],
      },
    });
  const urlOk = (text: string) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    } catch {
      return false;
    }
  };
  const own = (organizationId: string, id: string | undefined) => {
    const found = endpoints.get(id ?? '');
    return found?.organizationId === organizationId ? found : undefined;
  };
  const one = '/v1/webhook-endpoints/{id}';

  return [
    http.get(
      path('/v1/webhook-endpoints'),
      handle('GET /v1/webhook-endpoints', (request, _params, _body, caller) => {
        const url = new URL(request.url);
        const mine = (e: Endpoint) => e.organizationId === caller.organizationId;
        return json(endpoints.page(mine, url.searchParams.get('cursor'), limitOf(url)));
      }),
    ),
    http.post(
      path('/v1/webhook-endpoints'),
      handle('POST /v1/webhook-endpoints', (request, _params, body, caller) => {
        const input = body as Schemas['WebhookEndpointInput'];
        if (!urlOk(input.url)) return badUrl(request);
        const at = now();
        const endpoint = endpoints.put({
          id: mockId('whe'),
          organizationId: caller.organizationId,
          url: input.url,
          events: [...new Set(input.events)],
          description: input.description ?? null,
          disabled: false,
          previousSecretExpiresAt: null,
          createdAt: at,
          updatedAt: at,
        });
        return json({ endpoint, secret: mockSecret() }, 201);
      }),
    ),
    http.get(
      path(one),
      handle(`GET ${one}`, (request, params, _body, caller) => {
        const found = own(caller.organizationId, params.id);
        return found ? json(found) : notFound(request);
      }),
    ),
    http.patch(
      path(one),
      handle(`PATCH ${one}`, (request, params, body, caller) => {
        const found = own(caller.organizationId, params.id);
        if (!found) return notFound(request);
        const patch = (body ?? {}) as Schemas['WebhookEndpointPatch'];
        if (patch.url !== undefined && !urlOk(patch.url)) return badUrl(request);
        return json(
          endpoints.put({
            ...found,
            ...patch,
            ...(patch.events ? { events: [...new Set(patch.events)] } : {}),
            updatedAt: now(),
          } as Endpoint),
        );
      }),
    ),
    http.delete(
      path(one),
      handle(`DELETE ${one}`, (request, params, _body, caller) => {
        const found = own(caller.organizationId, params.id);
        if (!found) return notFound(request);
        endpoints.delete(found.id);
        for (const d of deliveries.all()) if (d.endpointId === found.id) deliveries.delete(d.id);
        return json(found);
      }),
    ),
    http.post(
      path(`${one}/rotate-secret`),
      handle(`POST ${one}/rotate-secret`, (request, params, _body, caller) => {
        const found = own(caller.organizationId, params.id);
        if (!found) return notFound(request);
        // The old secret keeps signing for the registry's default grace period (24 hours).
        const previousSecretExpiresAt = new Date(Date.now() + 86_400_000).toISOString();
        const endpoint = endpoints.put({ ...found, previousSecretExpiresAt, updatedAt: now() });
        return json({ endpoint, secret: mockSecret() }, 201);
      }),
    ),
    http.get(
      path(`${one}/deliveries`),
      handle(`GET ${one}/deliveries`, (request, params, _body, caller) => {
        const found = own(caller.organizationId, params.id);
        if (!found) return notFound(request);
        const url = new URL(request.url);
        const of = (d: Delivery) => d.endpointId === found.id;
        return json(deliveries.page(of, url.searchParams.get('cursor'), limitOf(url)));
      }),
    ),
    http.post(
      path(`${one}/deliveries/{deliveryId}/replay`),
      handle(`POST ${one}/deliveries/{deliveryId}/replay`, (request, params, _body, caller) => {
        const found = own(caller.organizationId, params.id);
        const delivery = deliveries.get(params.deliveryId ?? '');
        if (!found || delivery?.endpointId !== found.id) return notFound(request);
        return json(deliveries.put({ ...delivery, status: 'pending', nextAttemptAt: now() }), 202);
      }),
    ),
    http.post(
      path(`${one}/test`),
      handle(`POST ${one}/test`, (request, params, _body, caller) => {
        const found = own(caller.organizationId, params.id);
        if (!found) return notFound(request);
        if (found.disabled)
          return problem(request, { status: 409, options: { type: 'conflict', title: 'Conflict' } });
        const at = now();
        const delivery = deliveries.put({
          id: mockId('whd'),
          eventId: mockId('msg'),
          endpointId: found.id,
          type: 'webhook.test',
          status: 'pending',
          nextAttemptAt: at,
          deliveredAt: null,
          createdAt: at,
          attempts: [],
        });
        return json(delivery, 202);
      }),
    ),
  ];
}
