import type { Principal } from '../auth/principal.js';
import { Problem } from '../http/problem.js';
import type { IndicatorScope } from '../store/indicator-records.js';

/**
 * Whose participants a caller's `GET /v1/indicators` covers (see docs/access-policy.md). Every answer
 * goes through the same disclosure control; only the scope differs:
 * - a publishable key (any organisation's), a corporate partner and a training institution read the
 *   public set: programme-wide, or one organisation's registrations with `?organization=`;
 * - the coordinator and the government read programme-wide (or one organisation's);
 * - an NGO reads its own registrations only (`?organization=` may name only itself: 403 otherwise), so
 *   that its own numbers never mix with another NGO's.
 *
 * @param requested - the `organization` query parameter, when given
 * @example
 * ```ts
 * indicatorScope(who, c.req.query('organization')); // { kind: 'programme' } for a publishable key
 * ```
 */
export function indicatorScope(principal: Principal, requested: string | undefined): IndicatorScope {
  if (principal.kind !== 'publishable' && principal.role === 'ngo') {
    if (requested !== undefined && requested !== principal.orgId) {
      throw new Problem(
        'forbidden',
        "An NGO reads the indicators of its own registrations; another organisation's are public (a publishable key).",
      );
    }
    return { kind: 'organization', id: principal.orgId, own: true };
  }
  return requested === undefined ? { kind: 'programme' } : { kind: 'organization', id: requested };
}

/**
 * Whether an answer is the public set, which public caches may keep: what a publishable key reads.
 *
 * @example
 * ```ts
 * c.header('cache-control', isPublicIndicatorRead(who) ? 'public, max-age=300' : 'private, no-cache');
 * ```
 */
export function isPublicIndicatorRead(principal: Principal): boolean {
  return principal.kind === 'publishable';
}
