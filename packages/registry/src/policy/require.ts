import type { OrganizationRoleValue } from '@nayabato/core';
import type { Context } from 'hono';
import type { CredentialKind, Principal } from '../auth/principal.js';
import type { AppEnv } from '../context.js';
import { Problem } from '../http/problem.js';

/**
 * The caller, refusing credential kinds the operation does not accept (403). Publishable keys are
 * refused everywhere except the operations that name them.
 *
 * @example
 * ```ts
 * const who = caller(c, ['secret', 'staff']);
 * ```
 */
export function caller(
  c: Context<AppEnv>,
  kinds: readonly CredentialKind[] = ['secret', 'staff'],
): Principal {
  const principal = c.var.principal;
  if (!kinds.includes(principal.kind)) {
    throw new Problem('forbidden', `This operation does not accept a ${principal.kind} credential.`);
  }
  return principal;
}

/**
 * Refuses (403) a caller whose organisation's role may not use a whole kind of resource, e.g. a
 * corporate partner listing participants. Single records the role may not see answer 404 instead.
 *
 * @example
 * ```ts
 * requireRole(who, ['ngo'], 'register participants');
 * ```
 */
export function requireRole(
  principal: Principal,
  roles: readonly OrganizationRoleValue[],
  action: string,
): void {
  if (!roles.includes(principal.role)) {
    throw new Problem('forbidden', `An organisation of role ${principal.role} may not ${action}.`);
  }
}
