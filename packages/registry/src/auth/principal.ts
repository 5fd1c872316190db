import type { OrganizationRoleValue } from '@nayabato/core';

/** How a caller authenticated. */
export type CredentialKind = 'secret' | 'staff' | 'publishable';

/** A permission a user may hold beyond their organisation's role. */
export type UserPermission = 'consent.override';

/** Every {@link UserPermission}. */
export const USER_PERMISSIONS: readonly UserPermission[] = ['consent.override'];

/**
 * Who is calling: an organisation (through a secret or publishable key) or one of its users (through a
 * staff token). Never carries a secret.
 */
export interface Principal {
  readonly kind: CredentialKind;
  readonly orgId: string;
  readonly role: OrganizationRoleValue;
  /** The key that authenticated the call, or that issued the staff token. */
  readonly keyId: string;
  /** The user of a staff token. */
  readonly userId?: string;
  /** The user's permissions (staff tokens only). */
  readonly permissions: readonly UserPermission[];
  /** Origins the organisation registered for browser use of staff tokens. */
  readonly allowedOrigins: readonly string[];
}
