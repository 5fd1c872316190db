import type { Context } from 'hono';
import { type AuditAction, audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import { idParam, pageParams } from '../contract/operation.js';
import {
  CreatedWebhookEndpointSchema,
  WebhookDeliveryPageSchema,
  WebhookDeliverySchema,
  WebhookEndpointInputSchema,
  WebhookEndpointPageSchema,
  WebhookEndpointPatchSchema,
  WebhookEndpointSchema,
} from '../contract/webhooks.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { caller } from '../policy/require.js';
import {
  deleteWebhookEndpoint,
  findWebhookEndpoint,
  insertWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookSecret,
  toWebhookEndpoint,
  updateWebhookEndpoint,
  type WebhookEndpointRow,
} from '../store/webhook-endpoints.js';
import {
  enqueueWebhookEvent,
  findWebhookDelivery,
  listWebhookDeliveries,
  replayWebhookDelivery,
  toWebhookDelivery,
  WEBHOOK_TEST_EVENT,
} from '../store/webhook-events.js';
import { newWebhookSecret } from '../webhooks/sign.js';
import { checkWebhookTarget, WebhookTargetError } from '../webhooks/target-guard.js';
import { type App, listQuery, param, route } from './route.js';

const tag = 'Webhooks';

/**
 * The endpoint `:id` of the caller's organisation (secret key only: the signing secret belongs on a
 * partner's server, like the key itself). Another organisation's endpoint is a 404.
 */
async function ownEndpoint(c: Context<AppEnv>, lock = false): Promise<WebhookEndpointRow> {
  const who = caller(c, ['secret']);
  const row = await findWebhookEndpoint(c.var.db, who.orgId, param(c, 'id'), lock);
  if (!row) throw new Problem('not-found', 'No such webhook endpoint.');
  return row;
}

/** A URL the registry may call, or a 422 at `/url` saying why not. */
async function checkedUrl(c: Context<AppEnv>, text: string): Promise<string> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Problem('validation-failed', 'The URL is not valid.', {
      errors: [issue(['url'], 'webhook_url_scheme')],
    });
  }
  try {
    await checkWebhookTarget(url, { allowPrivate: c.var.settings.allowPrivateWebhookTargets });
  } catch (error) {
    if (!(error instanceof WebhookTargetError)) throw error;
    throw new Problem('validation-failed', 'The registry may not call this URL.', {
      errors: [issue(['url'], error.code)],
    });
  }
  return url.toString();
}

const entry = (row: { id: string }, action: AuditAction, detail: Record<string, unknown> = {}) => ({
  action,
  resourceType: 'webhook_endpoint',
  resourceId: row.id,
  detail,
});

/** Webhook endpoints: registered, read, changed, disabled, deleted, rotated, their deliveries replayed. */
export function webhookEndpointRoutes(app: App): void {
  route(
    app,
    'get',
    '/v1/webhook-endpoints',
    {
      id: 'listWebhookEndpoints',
      tag,
      summary: 'List the organisation’s webhook endpoints',
      params: pageParams,
      response: WebhookEndpointPageSchema,
    },
    async (c) => {
      const who = caller(c, ['secret']);
      const { limit, after } = listQuery(c);
      const rows = await listWebhookEndpoints(c.var.db, who.orgId, { after, limit });
      return c.json(page(rows, limit, toWebhookEndpoint));
    },
  );

  route(
    app,
    'post',
    '/v1/webhook-endpoints',
    {
      id: 'createWebhookEndpoint',
      tag,
      summary: 'Register a webhook endpoint (its signing secret is shown once)',
      description:
        'Any organisation, with a secret key. Events are signed per the Standard Webhooks specification (`webhook-id`, `webhook-timestamp`, `webhook-signature`); the client’s `verifyWebhook` checks them. A URL whose host resolves to a private, loopback, link-local, multicast or unique-local address is refused (422 at `/url`), and checked again at each delivery.',
      body: WebhookEndpointInputSchema,
      status: 201,
      response: CreatedWebhookEndpointSchema,
    },
    async (c) => {
      const who = caller(c, ['secret']);
      const input = bodyOf(c, WebhookEndpointInputSchema);
      const url = await checkedUrl(c, input.url);
      const secret = newWebhookSecret();
      const row = await insertWebhookEndpoint(
        c.var.db,
        who.orgId,
        { ...input, url, events: [...new Set(input.events)] },
        secret,
      );
      await audit(c, 'webhook_endpoint.create', [entry(row, 'create', { events: row.events })]);
      c.header('cache-control', 'no-store');
      c.header('location', `/v1/webhook-endpoints/${row.id}`);
      return c.json({ endpoint: toWebhookEndpoint(row), secret }, 201);
    },
  );

  route(
    app,
    'get',
    '/v1/webhook-endpoints/:id',
    {
      id: 'getWebhookEndpoint',
      tag,
      summary: 'Read a webhook endpoint (never its secret)',
      params: [idParam()],
      errors: [404],
      response: WebhookEndpointSchema,
    },
    async (c) => c.json(toWebhookEndpoint(await ownEndpoint(c))),
  );

  route(
    app,
    'patch',
    '/v1/webhook-endpoints/:id',
    {
      id: 'updateWebhookEndpoint',
      tag,
      summary: 'Change a webhook endpoint: URL, events, description, or disable it',
      params: [idParam()],
      body: WebhookEndpointPatchSchema,
      errors: [404],
      response: WebhookEndpointSchema,
    },
    async (c) => {
      const row = await ownEndpoint(c, true);
      const patch = bodyOf(c, WebhookEndpointPatchSchema);
      const url = patch.url === undefined ? undefined : await checkedUrl(c, patch.url);
      const updated = await updateWebhookEndpoint(c.var.db, row.id, {
        ...patch,
        ...(url ? { url } : {}),
        ...(patch.events ? { events: [...new Set(patch.events)] } : {}),
      });
      await audit(c, 'webhook_endpoint.update', [entry(row, 'update', { fields: Object.keys(patch) })]);
      return c.json(toWebhookEndpoint(updated));
    },
  );

  route(
    app,
    'delete',
    '/v1/webhook-endpoints/:id',
    {
      id: 'deleteWebhookEndpoint',
      tag,
      summary: 'Delete a webhook endpoint with its deliveries',
      params: [idParam()],
      errors: [404],
      response: WebhookEndpointSchema,
    },
    async (c) => {
      const row = await ownEndpoint(c, true);
      await deleteWebhookEndpoint(c.var.db, row.id);
      await audit(c, 'webhook_endpoint.delete', [entry(row, 'erase')]);
      return c.json(toWebhookEndpoint(row));
    },
  );

  route(
    app,
    'post',
    '/v1/webhook-endpoints/:id/rotate-secret',
    {
      id: 'rotateWebhookEndpointSecret',
      tag,
      summary: 'Replace the signing secret (the old one keeps signing for a grace period)',
      description:
        'For `keyRotationGraceSeconds` (24 hours by default) every delivery carries two signatures, by the new and the old secret, so that the receiver can switch without missing an event.',
      params: [idParam()],
      status: 201,
      errors: [404],
      response: CreatedWebhookEndpointSchema,
    },
    async (c) => {
      const row = await ownEndpoint(c, true);
      const secret = newWebhookSecret();
      const grace = c.var.settings.keyRotationGraceSeconds;
      const updated = await rotateWebhookSecret(c.var.db, row.id, secret, grace);
      await audit(c, 'webhook_endpoint.rotate', [entry(row, 'rotate', { graceSeconds: grace })]);
      c.header('cache-control', 'no-store');
      return c.json({ endpoint: toWebhookEndpoint(updated), secret }, 201);
    },
  );

  route(
    app,
    'get',
    '/v1/webhook-endpoints/:id/deliveries',
    {
      id: 'listWebhookDeliveries',
      tag,
      summary: 'List an endpoint’s deliveries with their attempts, oldest first',
      params: [idParam(), ...pageParams],
      errors: [404],
      response: WebhookDeliveryPageSchema,
    },
    async (c) => {
      const { limit, after } = listQuery(c);
      const row = await ownEndpoint(c);
      const { rows, attempts } = await listWebhookDeliveries(c.var.db, row.id, { after, limit });
      return c.json(page(rows, limit, (d) => toWebhookDelivery(d, attempts.get(d.id) ?? [])));
    },
  );

  route(
    app,
    'post',
    '/v1/webhook-endpoints/:id/deliveries/:deliveryId/replay',
    {
      id: 'replayWebhookDelivery',
      tag,
      summary: 'Send a delivery again (same event, same `webhook-id`, a fresh count of attempts)',
      params: [idParam(), idParam('deliveryId', 'The delivery id.')],
      status: 202,
      errors: [404],
      response: WebhookDeliverySchema,
    },
    async (c) => {
      const row = await ownEndpoint(c);
      const found = await findWebhookDelivery(c.var.db, row.id, param(c, 'deliveryId'));
      if (!found) throw new Problem('not-found', 'No such delivery.');
      await replayWebhookDelivery(c.var.db, found.row.id);
      await audit(c, 'webhook_delivery.replay', [{ ...entry(row, 'update', { replay: found.row.id }) }]);
      const again = (await findWebhookDelivery(c.var.db, row.id, found.row.id))!;
      return c.json(toWebhookDelivery(again.row, again.attempts), 202);
    },
  );

  route(
    app,
    'post',
    '/v1/webhook-endpoints/:id/test',
    {
      id: 'sendWebhookTest',
      tag,
      summary: 'Send a `webhook.test` event to this endpoint only',
      description:
        'Delivered like any event (signed, retried, listed among the deliveries); 409 for a disabled endpoint. Its data is the endpoint id only.',
      params: [idParam()],
      status: 202,
      errors: [404],
      response: WebhookDeliverySchema,
    },
    async (c) => {
      const row = await ownEndpoint(c);
      if (row.disabled) throw new Problem('conflict', 'The endpoint is disabled: enable it to test it.');
      const { eventId, deliveryIds } = await enqueueWebhookEvent(
        c.var.db,
        WEBHOOK_TEST_EVENT,
        { endpointId: row.id },
        [row.org_id],
        row.id,
      );
      await audit(c, 'webhook_endpoint.test', [entry(row, 'update', { test: eventId })]);
      const delivery = (await findWebhookDelivery(c.var.db, row.id, deliveryIds[0]!))!;
      return c.json(toWebhookDelivery(delivery.row, delivery.attempts), 202);
    },
  );
}
