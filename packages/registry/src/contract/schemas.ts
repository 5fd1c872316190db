import { IsoDateTimeSchema, OrganizationRole, ShortTextSchema, TextSchema } from '@nayabato/core';
import * as z from 'zod/mini';
import { USER_PERMISSIONS } from '../auth/principal.js';
import { named } from './registry.js';

/** A localised message: English and Nepali. */
export const LocalizedTextSchema = named(
  'LocalizedText',
  z.object({ en: z.string(), ne: z.string() }),
  'A text in English and Nepali.',
);

/** One field-level problem, as core's `validate` reports it. */
export const FieldIssueSchema = named(
  'FieldIssue',
  z.object({
    path: z.array(z.union([z.string(), z.number()])),
    pointer: z.string(),
    code: z.string(),
    message: LocalizedTextSchema,
  }),
  'One problem with one field of the request body.',
);

/** The RFC 9457 problem body of every error response. */
export const ProblemSchema = named(
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().check(z.int()),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(FieldIssueSchema),
    requestId: z.string(),
  }),
  'An RFC 9457 problem: `type` is `urn:nayabato:problem:<slug>`; `errors` lists field-level issues (422).',
);

/**
 * A page of a list: `nextCursor` is null on the last page.
 *
 * @example
 * ```ts
 * const ParticipantPage = pageOf('ParticipantPage', ParticipantSchema);
 * ```
 */
export function pageOf<S extends z.ZodMiniType>(id: string, item: S) {
  return named(id, z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) }));
}

/** A user permission beyond the organisation's role. */
export const UserPermissionSchema = named('UserPermission', z.enum(USER_PERMISSIONS as ['consent.override']));

/** A staff member of an organisation, as the registry stores it (synthetic display names only in demos). */
export const UserSchema = named(
  'User',
  z.object({
    id: z.string(),
    organizationId: z.string(),
    displayName: z.string(),
    permissions: z.array(UserPermissionSchema),
    disabled: z.boolean(),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  }),
);

/** The body that creates a user. */
export const UserInputSchema = named(
  'UserInput',
  z.strictObject({
    displayName: ShortTextSchema,
    permissions: z.optional(z.array(UserPermissionSchema).check(z.maxLength(10))),
  }),
);

/** The body that changes a user. */
export const UserPatchSchema = named(
  'UserPatch',
  z.strictObject({
    displayName: z.optional(ShortTextSchema),
    permissions: z.optional(z.array(UserPermissionSchema).check(z.maxLength(10))),
    disabled: z.optional(z.boolean()),
  }),
);

/** An API key without its secret. */
export const ApiKeySchema = named(
  'ApiKey',
  z.object({
    id: z.string(),
    organizationId: z.string(),
    kind: z.enum(['secret', 'publishable']),
    hint: z.string(),
    createdAt: IsoDateTimeSchema,
    revokedAt: z.nullable(IsoDateTimeSchema),
    /** Set once a rotation replaced the key: it keeps working until this instant. */
    expiresAt: z.nullable(IsoDateTimeSchema),
    /** The key that replaced it (rotation). */
    replacedBy: z.nullable(z.string()),
  }),
  'An API key, never the key itself. After a rotation the old key keeps working until `expiresAt`.',
);

/** A newly created key: the only response that ever carries the key itself. */
export const CreatedApiKeySchema = named(
  'CreatedApiKey',
  z.object({ key: ApiKeySchema, secret: z.string() }),
  'The key in `secret` is shown once: store it now; the registry keeps only its hash.',
);

/** The body that creates a key. */
export const ApiKeyInputSchema = named(
  'ApiKeyInput',
  z.strictObject({ kind: z.enum(['secret', 'publishable']) }),
  'A new key of the caller’s own organisation. No one obtains a key of another organisation: the coordinator receives a new organisation’s first keys once, from `POST /v1/organizations`.',
);

/** The body of `POST /v1/tokens`. */
export const TokenInputSchema = named(
  'TokenInput',
  z.strictObject({
    userId: TextSchema.check(z.maxLength(40)),
    ttlSeconds: z.optional(z.number().check(z.int(), z.minimum(60), z.maximum(43_200))),
  }),
);

/** A staff token for one user of one organisation. */
export const TokenSchema = named(
  'StaffToken',
  z.object({
    token: z.string(),
    userId: z.string(),
    organizationId: z.string(),
    expiresAt: IsoDateTimeSchema,
  }),
);

/** The origins from which the organisation's staff tokens may be used in browsers. */
export const OriginsSchema = named(
  'AllowedOrigins',
  z.strictObject({
    origins: z
      .array(z.string().check(z.regex(/^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/, 'origin')))
      .check(z.maxLength(20)),
  }),
);

/** The role of an organisation. */
export const OrganizationRoleSchema = named('OrganizationRole', OrganizationRole.schema);

/** `/health` and `/ready`. */
export const HealthSchema = named('Health', z.object({ status: z.enum(['ok', 'unavailable']) }));
