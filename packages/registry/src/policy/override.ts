import type { Principal } from '../auth/principal.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';

/**
 * An override of incomplete informed-consent checks is recorded only by the user of a staff token, in
 * their own name, when they hold the `consent.override` permission.
 */
export function checkOverride(
  principal: Principal,
  override: { userId: string } | undefined,
  path: string[],
): void {
  if (!override) return;
  if (principal.userId !== override.userId || !principal.permissions.includes('consent.override')) {
    throw new Problem(
      'forbidden',
      'Recording an override needs a staff token of a user with consent.override.',
      {
        errors: [issue(path, 'override_user')],
      },
    );
  }
}
