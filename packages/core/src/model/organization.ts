import * as z from 'zod/mini';
import { type District, DistrictSchema } from '../geography/index.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import { duplicateIssues } from './common-rules.js';
import { domainChecks } from './domain-checks.js';
import { idSchema } from './ids.js';
import { FreeTextSchema, IsoDateTimeSchema, ShortTextSchema } from './primitives.js';
import type { FieldSensitivity } from './sensitivity.js';
import { ServiceTypeSchema, type ServiceTypeValue } from './service-type.js';
import { storableText } from './text.js';

/**
 * The part an organisation plays in the programme. It decides what the organisation's users may see.
 *
 * @example
 * ```ts
 * OrganizationRole.label('training_institution', 'en'); // 'Training institution'
 * ```
 */
export const OrganizationRole = defineEnum('organization.role', {
  ngo: { en: 'NGO', ne: 'गैरसरकारी संस्था' },
  training_institution: { en: 'Training institution', ne: 'तालिम संस्था' },
  corporate: { en: 'Corporate partner', ne: 'निजी क्षेत्रको साझेदार' },
  government: { en: 'Government', ne: 'सरकारी निकाय' },
  coordinator: { en: 'Programme coordinator', ne: 'कार्यक्रम संयोजक' },
});

/** One of the {@link OrganizationRole} values. */
export type OrganizationRoleValue = EnumValue<typeof OrganizationRole>;

/**
 * An organisation's telephone number in E.164 form (the HTCDS pattern), e.g. `+97714000000`.
 *
 * @example
 * ```ts
 * OrganizationPhoneSchema.safeParse('+97714000000').success; // true
 * OrganizationPhoneSchema.safeParse('01-4000000').success; // false
 * ```
 */
export const OrganizationPhoneSchema = z.string().check(z.regex(/^\+?[1-9]\d{1,14}$/, 'E.164'));

/**
 * A web address of an organisation (http or https), without NUL or broken characters (`new URL` would
 * accept and re-encode them, while the text sent is what is stored).
 *
 * @example
 * ```ts
 * OrganizationUrlSchema.safeParse('https://ngo.example').success; // true
 * OrganizationUrlSchema.safeParse('ftp://ngo.example').success; // false
 * ```
 */
export const OrganizationUrlSchema = z.url({ protocol: /^https?$/ }).check(storableText());

// Field names follow the Human Services Data Specification (HSDS) where they map: name, description, email, url.
const organizationInputShape = {
  /** What part the organisation plays. */
  role: OrganizationRole.schema,
  /** The organisation's name (HSDS `name`). */
  name: ShortTextSchema,
  /** What the organisation does (HSDS `description`). */
  description: z.optional(FreeTextSchema),
  /** The organisation's own contact address, never a person's private one (HSDS `email`). */
  email: z.optional(z.email().check(storableText())),
  /** The organisation's website (HSDS `url`). */
  url: z.optional(OrganizationUrlSchema),
  /** The organisation's office telephone number. */
  phone: z.optional(OrganizationPhoneSchema),
  /** The districts where it works (at least one). */
  districtsServed: z.array(DistrictSchema).check(z.minLength(1), z.maxLength(77)),
  /** The services it offers; may be empty (a corporate partner offers jobs, not services). */
  servicesOffered: z.array(ServiceTypeSchema).check(z.maxLength(50)),
};

const serverShape = {
  /** The organisation's id, set by the registry. */
  id: idSchema('organization'),
  /** When the registry stored it. */
  createdAt: IsoDateTimeSchema,
  /** When it last changed. */
  updatedAt: IsoDateTimeSchema,
};

const organizationRules = domainChecks<{
  districtsServed: readonly District[];
  servicesOffered: readonly ServiceTypeValue[];
}>((o) => [
  ...duplicateIssues(o.districtsServed, ['districtsServed']),
  ...duplicateIssues(o.servicesOffered, ['servicesOffered']),
]);

/**
 * What a client sends to register or update an organisation: {@link OrganizationSchema} without the fields the
 * registry sets (`id`, `createdAt`, `updatedAt`).
 *
 * @example
 * ```ts
 * validate(OrganizationInputSchema, {
 *   role: 'ngo', name: 'Example Shelter Nepal', districtsServed: ['Kathmandu'], servicesOffered: ['counselling'],
 * });
 * ```
 */
export const OrganizationInputSchema = z.strictObject(organizationInputShape).check(organizationRules);

/**
 * A partner organisation as the registry stores it: its role, the districts it serves and the services it
 * offers. Organisation data is directory data, not personal data.
 *
 * @example
 * ```ts
 * const org: Organization = assertValid(OrganizationSchema, {
 *   id: 'org_0123456789', role: 'training_institution', name: 'Example Skills Centre',
 *   districtsServed: ['Kaski'], servicesOffered: ['vocational_training'],
 *   createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
 * });
 * ```
 */
export const OrganizationSchema = z
  .strictObject({ ...serverShape, ...organizationInputShape })
  .check(organizationRules);

/** A stored organisation. */
export type Organization = z.infer<typeof OrganizationSchema>;
/** The body that creates an organisation. */
export type OrganizationInput = z.infer<typeof OrganizationInputSchema>;

/**
 * The sensitivity of every organisation field: directory data is public, except free text.
 *
 * @example
 * ```ts
 * redact(org, organizationFieldSensitivity, 'public');
 * ```
 */
export const organizationFieldSensitivity: FieldSensitivity<Organization> = {
  id: 'public',
  role: 'public',
  name: 'public',
  description: 'free_text',
  email: 'public',
  url: 'public',
  phone: 'public',
  districtsServed: 'public',
  servicesOffered: 'public',
  createdAt: 'internal',
  updatedAt: 'internal',
};
