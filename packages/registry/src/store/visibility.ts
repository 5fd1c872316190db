/**
 * SQL fragments of the access policy (docs/decisions/2026-11-28-registry-authorisation.md), here because a
 * list filters inside its query; the rules decided in code are in `policy/`. An
 * organisation sees a participant's records when it registered them, or through an active referral
 * addressed to it whose sharing consent is still valid (or which was sent under an audited override):
 * withdrawing or letting the consent lapse ends the receiver's access at once.
 */

/** Referral statuses during which the receiver may read what the referral shares. */
export const ACTIVE_REFERRAL_STATUSES = ['sent', 'accepted', 'in_progress', 'completed'] as const;

const ACTIVE = ACTIVE_REFERRAL_STATUSES.map((s) => `'${s}'`).join(', ');

/** True when referral `r`'s covering consent is still valid now, or it was sent under an override. */
export const REFERRAL_CONSENT_VALID = `(r.data ? 'consentOverride' or exists (
  select 1 from consents rc where rc.id = r.data->>'consentId' and rc.withdrawn_at is null
  and (rc.data->>'expiresAt' is null or (rc.data->>'expiresAt')::timestamptz > now())))`;

/**
 * A condition: an active referral of participant `participantColumn` is addressed to organisation
 * `$orgParam`, with valid consent; `extra` narrows it (e.g. to the referral naming an assessment).
 *
 * @example
 * ```ts
 * `select * from participants p where p.org_id = $1 or ${referredTo('p.id', '$1')}`;
 * ```
 */
export function referredTo(participantColumn: string, orgParam: string, extra = ''): string {
  return `exists (select 1 from referrals r where r.participant_id = ${participantColumn}
    and r.to_org = ${orgParam} and r.status in (${ACTIVE}) and ${REFERRAL_CONSENT_VALID} ${extra ? `and ${extra}` : ''})`;
}
