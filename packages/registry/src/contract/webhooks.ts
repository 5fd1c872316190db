import { IsoDateTimeSchema, ShortTextSchema, TextSchema } from '@nayabato/core';
import * as z from 'zod/mini';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT } from '../store/webhook-events.js';
import { named } from './registry.js';
import { pageOf } from './schemas.js';

/** An event type a partner may subscribe to. */
export const WebhookEventTypeSchema = named(
  'WebhookEventType',
  z.enum(WEBHOOK_EVENT_TYPES as unknown as [string, ...string[]]),
  'An event a webhook endpoint may subscribe to. Payloads carry ids and statuses only, never a personal field or free text.',
);

const Url = TextSchema.check(z.trim(), z.minLength(1), z.maxLength(2048));
const Events = z.array(WebhookEventTypeSchema).check(z.minLength(1), z.maxLength(WEBHOOK_EVENT_TYPES.length));

/** A registered webhook endpoint, never its secret. */
export const WebhookEndpointSchema = named(
  'WebhookEndpoint',
  z.object({
    id: z.string(),
    organizationId: z.string(),
    url: z.string(),
    events: z.array(WebhookEventTypeSchema),
    description: z.nullable(z.string()),
    disabled: z.boolean(),
    previousSecretExpiresAt: z.nullable(IsoDateTimeSchema),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  }),
  'A webhook endpoint of the caller’s organisation. While `previousSecretExpiresAt` is set, the secret a rotation replaced still signs beside the new one.',
);

/** A new or rotated endpoint: the only answer that carries its signing secret. */
export const CreatedWebhookEndpointSchema = named(
  'CreatedWebhookEndpoint',
  z.object({ endpoint: WebhookEndpointSchema, secret: z.string() }),
  'The signing secret (`whsec_…`, Standard Webhooks) is shown once: store it now.',
);

/** The body that registers an endpoint. */
export const WebhookEndpointInputSchema = named(
  'WebhookEndpointInput',
  z.strictObject({
    url: Url,
    events: Events,
    description: z.optional(z.nullable(ShortTextSchema)),
  }),
  'An `https` URL whose host resolves to public addresses only (`http` to a loopback host only where the registry allows private targets), and the events to receive.',
);

/** The body that changes an endpoint. */
export const WebhookEndpointPatchSchema = named(
  'WebhookEndpointPatch',
  z.strictObject({
    url: z.optional(Url),
    events: z.optional(Events),
    description: z.optional(z.nullable(ShortTextSchema)),
    disabled: z.optional(z.boolean()),
  }),
  'Only the fields given change. A disabled endpoint receives no new events; its pending deliveries wait until it is enabled again.',
);

/** One delivery of an event to an endpoint, with its attempts. */
export const WebhookDeliverySchema = named(
  'WebhookDelivery',
  z.object({
    id: z.string(),
    eventId: z.string(),
    endpointId: z.string(),
    type: z.enum([...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT] as unknown as [string, ...string[]]),
    status: z.enum(['pending', 'delivered', 'failed']),
    nextAttemptAt: z.nullable(IsoDateTimeSchema),
    deliveredAt: z.nullable(IsoDateTimeSchema),
    createdAt: IsoDateTimeSchema,
    attempts: z.array(
      z.object({
        attemptedAt: IsoDateTimeSchema,
        statusCode: z.nullable(z.number()),
        durationMs: z.number(),
        error: z.nullable(z.enum(['http_status', 'timeout', 'network', 'target_refused'])),
      }),
    ),
  }),
  'A delivery (`eventId` is the `webhook-id` header the receiver sees, the same on every attempt and replay) and every attempt: status code, duration and the class of a failure. No response body is kept.',
);

/** A page of deliveries. */
export const WebhookDeliveryPageSchema = pageOf('WebhookDeliveryPage', WebhookDeliverySchema);

/** A page of endpoints. */
export const WebhookEndpointPageSchema = pageOf('WebhookEndpointPage', WebhookEndpointSchema);
