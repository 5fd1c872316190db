/**
 * Who may be addressed with a participant's record (docs/decisions/2026-11-28-registry-authorisation.md).
 * What each organisation then sees is filtered inside the queries: `store/visibility.ts`.
 */

/**
 * Whether an organisation of `role` may receive referrals and be named by a sharing consent: NGOs and
 * training institutions. Corporate partners and government never receive a participant's record.
 *
 * @example
 * ```ts
 * receivesReferrals('corporate'); // false
 * ```
 */
export function receivesReferrals(role: string): boolean {
  return role === 'ngo' || role === 'training_institution';
}
