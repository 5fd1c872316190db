import * as z from 'zod/mini';
import { dateOrderIssue } from './common-rules.js';
import { domainChecks } from './domain-checks.js';
import { idSchema } from './ids.js';
import { FreeTextSchema, IsoDateSchema, IsoDateTimeSchema } from './primitives.js';
import type { FieldSensitivity } from './sensitivity.js';
import { ServiceTypeSchema } from './service-type.js';

const serviceDeliveryInputShape = {
  /** Who received the service. */
  participantId: idSchema('participant'),
  /** What service (e.g. a counselling session, legal aid, citizenship documentation support, health, shelter). */
  serviceType: ServiceTypeSchema,
  /** The day it was delivered (or began, for shelter). */
  deliveredOn: IsoDateSchema,
  /** For a stay in shelter: the last day. */
  endedOn: z.optional(IsoDateSchema),
  /** How long a session lasted, in minutes. */
  durationMinutes: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1440))),
  /** The referral it answers, if any. */
  referralId: z.optional(idSchema('referral')),
  /** The staff member who delivered it. */
  deliveredByUserId: z.optional(idSchema('user')),
  /** Notes (free text). */
  notes: z.optional(FreeTextSchema),
};

const deliveryRules = domainChecks<{ deliveredOn: string; endedOn?: string | undefined }>((d) =>
  dateOrderIssue(d.deliveredOn, d.endedOn, ['endedOn']),
);

const serverShape = {
  /** The delivery's id. */
  id: idSchema('serviceDelivery'),
  /** The organisation that delivered it. */
  organizationId: idSchema('organization'),
  /** When the registry stored it. */
  createdAt: IsoDateTimeSchema,
  /** When it last changed. */
  updatedAt: IsoDateTimeSchema,
};

/**
 * What a client sends to record a service delivered: {@link ServiceDeliverySchema} without `id`,
 * `organizationId`, `createdAt`, `updatedAt`.
 *
 * @example
 * ```ts
 * validate(ServiceDeliveryInputSchema, {
 *   participantId: 'pt_0123456789', serviceType: 'counselling', deliveredOn: '2026-03-02', durationMinutes: 60,
 * });
 * ```
 */
export const ServiceDeliveryInputSchema = z.strictObject(serviceDeliveryInputShape).check(deliveryRules);

/**
 * One service delivered to a participant: a counselling session, legal aid, citizenship documentation
 * support, health care, a stay in shelter.
 *
 * @example
 * ```ts
 * const d: ServiceDelivery = assertValid(ServiceDeliverySchema, record);
 * ```
 */
export const ServiceDeliverySchema = z
  .strictObject({ ...serverShape, ...serviceDeliveryInputShape })
  .check(deliveryRules);

/** A stored service delivery. */
export type ServiceDelivery = z.infer<typeof ServiceDeliverySchema>;
/** The body that records a service delivery. */
export type ServiceDeliveryInput = z.infer<typeof ServiceDeliveryInputSchema>;

/**
 * The sensitivity of every service-delivery field.
 *
 * @example
 * ```ts
 * redact(delivery, serviceDeliveryFieldSensitivity, 'internal');
 * ```
 */
export const serviceDeliveryFieldSensitivity: FieldSensitivity<ServiceDelivery> = {
  id: 'internal',
  organizationId: 'internal',
  participantId: 'internal',
  // What service a person received (e.g. health care) says something about them.
  serviceType: 'sensitive',
  deliveredOn: 'internal',
  endedOn: 'internal',
  durationMinutes: 'internal',
  referralId: 'internal',
  deliveredByUserId: 'internal',
  notes: 'free_text',
  createdAt: 'internal',
  updatedAt: 'internal',
};
