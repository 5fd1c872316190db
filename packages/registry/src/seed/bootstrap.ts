import type { Organization, OrganizationInput } from '@nayabato/core';
import { assertValid, OrganizationInputSchema } from '@nayabato/core';
import type { UserPermission } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { insertKey } from '../store/keys.js';
import { findOrganization, insertOrganization, toOrganization } from '../store/organizations.js';
import { insertUser, listUsersOf, toUser } from '../store/users.js';

/** What {@link bootstrapOrganization} returns: the keys are shown this once. */
export interface BootstrappedOrganization {
  readonly organization: Organization;
  readonly secretKey: string;
  readonly publishableKey: string;
  readonly users: readonly ReturnType<typeof toUser>[];
}

/**
 * Creates an organisation (or, when `id` exists already, keeps it) with a fresh secret key and
 * publishable key and its users: how the very first organisation, the coordinator, comes to exist, and
 * what the demo seed and the CLI use. Runs outside HTTP, so it is not audited as a request.
 *
 * @example
 * ```ts
 * const { secretKey } = await bootstrapOrganization(db, {
 *   role: 'coordinator', name: 'Demo Programme Coordinator', districtsServed: ['Kathmandu'], servicesOffered: [],
 * });
 * ```
 */
export async function bootstrapOrganization(
  db: Queryable,
  input: OrganizationInput,
  options: {
    id?: string;
    allowedOrigins?: readonly string[];
    users?: readonly { displayName: string; permissions?: readonly UserPermission[] }[];
  } = {},
): Promise<BootstrappedOrganization> {
  const valid = assertValid(OrganizationInputSchema, input);
  const existing = options.id ? await findOrganization(db, options.id) : undefined;
  const row =
    existing ??
    (await insertOrganization(db, valid, {
      ...(options.id ? { id: options.id } : {}),
      ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    }));
  const secret = await insertKey(db, row.id, 'secret');
  const publishable = await insertKey(db, row.id, 'publishable');
  const users = [];
  if (!existing) for (const u of options.users ?? []) users.push(toUser(await insertUser(db, row.id, u)));
  else {
    users.push(...(await listUsersOf(db, [row.id])).map(toUser));
  }
  return {
    organization: toOrganization(row),
    secretKey: secret.secret,
    publishableKey: publishable.secret,
    users,
  };
}
