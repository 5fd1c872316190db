import type { CallOptions } from '../options.js';
import { Paginator } from '../pagination/paginator.js';
import type { Transport } from '../transport/transport.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf } from './types.js';

/**
 * The organisation's webhook endpoints (secret key only): registered with the events to receive,
 * signed per the Standard Webhooks specification with a secret shown once (check deliveries with
 * `verifyWebhook`), their deliveries listed with every attempt, replayed, and a test event sent.
 */
export interface WebhookEndpointsResource {
  /**
   * The organisation's endpoints, without their secrets.
   * @example
   * ```ts
   * const endpoints = await client.webhookEndpoints.list().toArray({ limit: 100 });
   * ```
   */
  list(
    query?: ListQuery<'listWebhookEndpoints'>,
    options?: CallOptions,
  ): Paginator<ItemOf<'listWebhookEndpoints'>>;
  /**
   * Registers an endpoint; store `secret` at once (it is shown once, so a lost response is not
   * retried: a `NetworkError` or `TimeoutError` with code `outcome_unknown` means it may exist; list,
   * then delete or rotate). A private or loopback target is an `ApiValidationError` at `/url`.
   * @example
   * ```ts
   * const { endpoint, secret } = await client.webhookEndpoints.create({ url: 'https://crm.example/hooks', events: ['referral.accepted'] });
   * ```
   */
  create(
    body: BodyOf<'createWebhookEndpoint'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'createWebhookEndpoint'>>;
  /**
   * One endpoint.
   * @example
   * ```ts
   * const endpoint = await client.webhookEndpoints.get(id);
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getWebhookEndpoint'>>;
  /**
   * Changes the URL, events or description, or disables (`disabled: true`) or enables the endpoint.
   * @example
   * ```ts
   * await client.webhookEndpoints.update(id, { disabled: true });
   * ```
   */
  update(
    id: string,
    body: BodyOf<'updateWebhookEndpoint'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'updateWebhookEndpoint'>>;
  /**
   * Deletes an endpoint with its deliveries.
   * @example
   * ```ts
   * await client.webhookEndpoints.delete(id);
   * ```
   */
  delete(id: string, options?: CallOptions): Promise<ResponseOf<'deleteWebhookEndpoint'>>;
  /**
   * Replaces the signing secret (shown once); the old one keeps signing beside it for a grace period.
   * @example
   * ```ts
   * const { secret } = await client.webhookEndpoints.rotateSecret(id);
   * ```
   */
  rotateSecret(id: string, options?: CallOptions): Promise<ResponseOf<'rotateWebhookEndpointSecret'>>;
  /**
   * The endpoint's deliveries, oldest first, each with its attempts (status code, duration, error class).
   * @example
   * ```ts
   * const failed = (await client.webhookEndpoints.deliveries(id).toArray({ limit: 100 })).filter((d) => d.status === 'failed');
   * ```
   */
  deliveries(
    id: string,
    query?: ListQuery<'listWebhookDeliveries'>,
    options?: CallOptions,
  ): Paginator<ItemOf<'listWebhookDeliveries'>>;
  /**
   * Sends a delivery again: the same event and `webhook-id`, with a fresh count of attempts.
   * @example
   * ```ts
   * await client.webhookEndpoints.replay(id, delivery.id);
   * ```
   */
  replay(id: string, deliveryId: string, options?: CallOptions): Promise<ResponseOf<'replayWebhookDelivery'>>;
  /**
   * Sends a `webhook.test` event to this endpoint only, and answers its delivery.
   * @example
   * ```ts
   * const delivery = await client.webhookEndpoints.test(id);
   * ```
   */
  test(id: string, options?: CallOptions): Promise<ResponseOf<'sendWebhookTest'>>;
}

/** Builds {@link WebhookEndpointsResource} over the transport's operations (and the transport, for two ids). */
export function webhookEndpoints(op: Operations, t: Transport): WebhookEndpointsResource {
  const one = '/v1/webhook-endpoints/{id}';
  const rotate = op.call<ResponseOf<'rotateWebhookEndpointSecret'>>('POST', `${one}/rotate-secret`, true);
  const test = op.call<ResponseOf<'sendWebhookTest'>>('POST', `${one}/test`);
  const deliveries = '/v1/webhook-endpoints/{id}/deliveries';
  return {
    list: op.list('/v1/webhook-endpoints'),
    create: op.call('POST', '/v1/webhook-endpoints', true),
    get: op.call('GET', one),
    update: op.call('PATCH', one),
    delete: op.call('DELETE', one),
    rotateSecret: (id, o) => rotate(id, undefined, o),
    deliveries: (id, query, o) =>
      new Paginator((cursor) =>
        t.request({ method: 'GET', route: deliveries, path: { id }, query: { ...query, cursor } }, o),
      ),
    replay: (id, deliveryId, o) =>
      t.request(
        {
          method: 'POST',
          route: '/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/replay',
          path: { id, deliveryId },
          body: {},
        },
        o,
      ),
    test: (id, o) => test(id, undefined, o),
  };
}
