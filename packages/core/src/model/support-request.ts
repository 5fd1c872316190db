import * as z from 'zod/mini';
import { DistrictSchema } from '../geography/index.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import { idSchema } from './ids.js';
import { FreeTextSchema, IsoDateTimeSchema } from './primitives.js';
import type { FieldSensitivity } from './sensitivity.js';

/**
 * What an NGO asks the government for.
 *
 * @example
 * ```ts
 * SupportRequestKind.label('shelter_space', 'ne'); // 'आश्रय स्थान'
 * ```
 */
export const SupportRequestKind = defineEnum('support_request.kind', {
  legal_aid: { en: 'Legal aid', ne: 'कानुनी सहायता' },
  citizenship_documentation: { en: 'Citizenship documentation', ne: 'नागरिकता तथा कागजात' },
  infrastructure: { en: 'Infrastructure', ne: 'पूर्वाधार' },
  shelter_space: { en: 'Shelter space', ne: 'आश्रय स्थान' },
});
/** One of the {@link SupportRequestKind} values. */
export type SupportRequestKindValue = EnumValue<typeof SupportRequestKind>;

/**
 * Where a support request stands. The NGO submits or withdraws; the government acknowledges, starts,
 * fulfils or declines.
 *
 * @example
 * ```ts
 * SupportRequestStatus.label('fulfilled', 'en'); // 'Fulfilled'
 * ```
 */
export const SupportRequestStatus = defineEnum('support_request.status', {
  submitted: { en: 'Submitted', ne: 'पेस गरिएको' },
  acknowledged: { en: 'Acknowledged', ne: 'प्राप्त भएको जनाइएको' },
  in_progress: { en: 'In progress', ne: 'काम भइरहेको' },
  fulfilled: { en: 'Fulfilled', ne: 'पूरा भएको' },
  declined: { en: 'Declined', ne: 'अस्वीकृत' },
  withdrawn: { en: 'Withdrawn by the NGO', ne: 'संस्थाले फिर्ता लिएको' },
});
/** One of the {@link SupportRequestStatus} values. */
export type SupportRequestStatusValue = EnumValue<typeof SupportRequestStatus>;

const supportRequestInputShape = {
  /** The government organisation addressed. */
  toOrganizationId: idSchema('organization'),
  /** What is asked for. */
  kind: SupportRequestKind.schema,
  /** The participant it concerns, by pseudonymous id only; absent for infrastructure or general requests. */
  participantId: z.optional(idSchema('participant')),
  /** The district it concerns. */
  district: z.optional(DistrictSchema),
  /** For shelter space: how many places. */
  places: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1000))),
  /** What is needed and why (free text; never names or identity numbers). */
  description: FreeTextSchema.check(z.trim(), z.minLength(1)),
};

const serverShape = {
  /** The request's id. */
  id: idSchema('supportRequest'),
  /** The NGO that raised it. */
  organizationId: idSchema('organization'),
  /** Where it stands. */
  status: SupportRequestStatus.schema,
  /** The government's answer (free text). */
  response: z.optional(FreeTextSchema),
  /** When the government last answered. */
  respondedAt: z.optional(IsoDateTimeSchema),
  /** When the registry stored it. */
  createdAt: IsoDateTimeSchema,
  /** When it last changed. */
  updatedAt: IsoDateTimeSchema,
};

/**
 * What an NGO sends to raise a support request: {@link SupportRequestSchema} without `id`, `organizationId`,
 * `status`, `response`, `respondedAt`, `createdAt`, `updatedAt`.
 *
 * @example
 * ```ts
 * validate(SupportRequestInputSchema, {
 *   toOrganizationId: 'org_g0vernment1', kind: 'shelter_space', district: 'Kathmandu', places: 4,
 *   description: 'Four places for women returning from abroad',
 * });
 * ```
 */
export const SupportRequestInputSchema = z.strictObject(supportRequestInputShape);

/**
 * A request for support addressed by an NGO to a government body: legal aid, citizenship documentation,
 * infrastructure or shelter space, with the government's answer.
 *
 * @example
 * ```ts
 * const r: SupportRequest = assertValid(SupportRequestSchema, record);
 * ```
 */
export const SupportRequestSchema = z.strictObject({ ...serverShape, ...supportRequestInputShape });

/**
 * The body with which the addressed government body answers a support request.
 *
 * @example
 * ```ts
 * SupportRequestResponseSchema.parse({ status: 'acknowledged', response: 'Forwarded to the district office' });
 * ```
 */
export const SupportRequestResponseSchema = z.strictObject({
  /** The new status. */
  status: z.enum(['acknowledged', 'in_progress', 'fulfilled', 'declined']),
  /** The answer (free text). */
  response: z.optional(FreeTextSchema),
});

/** A stored support request. */
export type SupportRequest = z.infer<typeof SupportRequestSchema>;
/** The body that raises a support request. */
export type SupportRequestInput = z.infer<typeof SupportRequestInputSchema>;
/** The body that answers a support request. */
export type SupportRequestResponse = z.infer<typeof SupportRequestResponseSchema>;

/**
 * The sensitivity of every support-request field. Government sees requests addressed to it, with the
 * pseudonymous id only.
 *
 * @example
 * ```ts
 * redact(request, supportRequestFieldSensitivity, 'internal');
 * ```
 */
export const supportRequestFieldSensitivity: FieldSensitivity<SupportRequest> = {
  id: 'internal',
  organizationId: 'internal',
  toOrganizationId: 'internal',
  kind: 'internal',
  participantId: 'internal',
  district: 'internal',
  places: 'internal',
  description: 'free_text',
  status: 'internal',
  response: 'free_text',
  respondedAt: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
};
