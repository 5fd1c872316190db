/**
 * Who may be addressed with a participant's record (docs/decisions/2026-11-28-registry-authorisation.md).
 * What each organisation then sees is filtered inside the queries: `store/visibility.ts`.
 */
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';

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

/**
 * Refuses (422 on `field`) a recipient that does not exist, or, when `mustReceive` holds (a referral, a
 * sharing consent), one that may not receive a participant's record. A consent to an employer
 * introduction may name a corporate partner: it passes `mustReceive: false`.
 *
 * @example
 * ```ts
 * checkRecipient(await findOrganization(db, id), 'toOrganizationId', true, 'A referral goes to an NGO or a training institution.');
 * ```
 */
export function checkRecipient(
  recipient: { role: string } | undefined,
  field: string,
  mustReceive: boolean,
  refusal: string,
): void {
  if (!recipient) {
    throw new Problem('validation-failed', 'No such organisation.', {
      errors: [issue([field], 'unknown_reference')],
    });
  }
  if (mustReceive && !receivesReferrals(recipient.role)) {
    throw new Problem('validation-failed', refusal, { errors: [issue([field], 'recipient_role')] });
  }
}
