/**
 * The rules of the training and enterprise records (docs/decisions/2026-12-06-training-enterprises.md):
 * where an enrolment may come from, which programmes an institution records, who a market linkage names,
 * and what a corporate buyer sees of an enterprise. What each organisation may read at all is decided in
 * the store's queries.
 */
import { type CorporateEnterprise, type Enterprise, toCorporateEnterprise } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import type { EnterpriseRow } from '../store/enterprises.js';
import { toEnterprise } from '../store/enterprises.js';
import type { ReferralRow } from '../store/referrals.js';

/** Referral statuses from which an enrolment may be recorded: the institution has accepted it. */
export const ENROLLING_REFERRAL_STATUSES = ['accepted', 'in_progress', 'completed'] as const;

/**
 * Refuses (422) an enrolment that does not come from a referral the caller may enrol from: one addressed
 * to the caller (`referral` is the caller's view of it, undefined when it cannot see it), of that
 * participant, accepted (or started, or completed) and still shared (consent valid, or an override).
 *
 * @example
 * ```ts
 * checkEnrolmentReferral(await findVisibleReferral(db, who, input.referralId), who, input.participantId);
 * ```
 */
export function checkEnrolmentReferral(
  referral: ReferralRow | undefined,
  principal: Principal,
  participantId: string,
): void {
  if (!referral || referral.to_org !== principal.orgId) {
    throw new Problem('validation-failed', 'No referral to your organisation has this id.', {
      errors: [issue(['referralId'], 'unknown_reference')],
    });
  }
  if (referral.participant_id !== participantId) {
    throw new Problem('validation-failed', 'The referral is of another participant.', {
      errors: [issue(['participantId'], 'other_participant')],
    });
  }
  if (!(ENROLLING_REFERRAL_STATUSES as readonly string[]).includes(referral.status) || !referral.shared) {
    throw new Problem(
      'validation-failed',
      'Accept the referral before enrolling; its consent must be valid.',
      {
        errors: [issue(['referralId'], 'referral_not_accepted')],
      },
    );
  }
}

/**
 * Refuses (422 `buyer_role`) a market linkage whose buyer is not a
 * corporate partner: only a corporate buyer is ever shown the enterprise (by code and trade).
 *
 * @example
 * ```ts
 * checkBuyers(input.marketLinkages, (id) => roles.get(id));
 * ```
 */
export function checkBuyers(
  linkages: readonly { buyerOrganizationId: string }[],
  roleOf: (organizationId: string) => string | undefined,
): void {
  linkages.forEach((linkage, index) => {
    const role = roleOf(linkage.buyerOrganizationId);
    if (role === undefined) {
      throw new Problem('validation-failed', 'No such organisation.', {
        errors: [issue(['marketLinkages', index, 'buyerOrganizationId'], 'unknown_reference')],
      });
    }
    if (role !== 'corporate') {
      throw new Problem('validation-failed', 'A market linkage names a corporate partner.', {
        errors: [issue(['marketLinkages', index, 'buyerOrganizationId'], 'buyer_role')],
      });
    }
  });
}

/**
 * The enterprise as the caller may see it: the recording NGO everything; a corporate buyer its code and
 * trade only (core's `toCorporateEnterprise`), never who owns it.
 *
 * @example
 * ```ts
 * c.json(enterpriseView(row)); // for a buyer: { enterpriseCode: 'ENT-4HZ7-Q2MB', trade: 'tailoring' }
 * ```
 */
export function enterpriseView(row: EnterpriseRow): Enterprise | CorporateEnterprise {
  const full = toEnterprise(row);
  return row.access === 'owner' ? full : toCorporateEnterprise(full);
}
