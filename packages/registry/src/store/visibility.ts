/**
 * SQL fragments of the access policy (docs/decisions/2026-11-28-registry-authorisation.md), here because a
 * list filters inside its query; the rules decided in code are in `policy/`. An
 * organisation sees a participant's records when it registered them, or through an active referral
 * addressed to it whose sharing consent is still valid (or which was sent under an audited override):
 * withdrawing or letting the consent lapse ends the receiver's access at once.
 */
import { ConsentScope, type ConsentScopeValue } from '@nayabato/core';

/** Referral statuses during which the receiver may read what the referral shares. */
export const ACTIVE_REFERRAL_STATUSES = ['sent', 'accepted', 'in_progress', 'completed'] as const;

const ACTIVE = ACTIVE_REFERRAL_STATUSES.map((s) => `'${s}'`).join(', ');

/** True when referral `r`'s covering consent is still valid now, or it was sent under an override. */
export const REFERRAL_CONSENT_VALID = `(r.data ? 'consentOverride' or exists (
  select 1 from consents rc where rc.id = r.data->>'consentId' and rc.withdrawn_at is null
  and (rc.data->>'expiresAt' is null or (rc.data->>'expiresAt')::timestamptz > now())))`;


/** The scope items a sharing consent may name (core's `ConsentScope` values). */
export type ScopeItem = ConsentScopeValue;

/** Valid now: consent `rc` is neither withdrawn nor expired. */
const CONSENT_VALID_NOW = `rc.withdrawn_at is null
  and (rc.data->>'expiresAt' is null or (rc.data->>'expiresAt')::timestamptz > now())`;

/**
 * True when referral `r` was sent under a consent that is still valid now and whose scope names `scope`.
 * A referral sent under an override has no consent, hence no scope: only the minimum to act.
 *
 * @example
 * ```ts
 * referredTo('d.participant_id', '$1', referralScopeCovers('needs_assessment'));
 * ```
 */
export function referralScopeCovers(scope: ScopeItem): string {
  return `exists (select 1 from consents rc where rc.id = r.data->>'consentId' and ${CONSENT_VALID_NOW}
    and rc.purpose = 'sharing' and rc.data->'scope' @> '["${scopeLiteral(scope)}"]'::jsonb)`;
}

/**
 * The question other resources ask before showing a participant's record of kind `scope` to
 * organisation `$orgParam`: is there an active referral of participant `participantColumn` addressed to
 * it, sent under a sharing consent that is valid now and names `scope`? Withdrawal or expiry of the
 * consent, or the referral leaving the active statuses, ends it at the next read.
 *
 * @example
 * ```ts
 * `select * from follow_ups f where f.org_id = $1 or ${sharedWithScope('f.participant_id', '$1', 'follow_ups')}`;
 * ```
 */
export function sharedWithScope(participantColumn: string, orgParam: string, scope: ScopeItem): string {
  return referredTo(participantColumn, orgParam, referralScopeCovers(scope));
}

/**
 * The union of the scopes (a jsonb array of scope items) that organisation `$orgParam` holds over
 * participant `participantColumn` through its active referrals with valid sharing consents; `[]` when
 * none (for instance a referral sent under an override).
 */
export function sharedScopesSql(participantColumn: string, orgParam: string): string {
  return `coalesce((select jsonb_agg(distinct s.item) from referrals r
    join consents rc on rc.id = r.data->>'consentId' and rc.purpose = 'sharing' and ${CONSENT_VALID_NOW}
    cross join lateral jsonb_array_elements_text(coalesce(rc.data->'scope', '[]'::jsonb)) as s(item)
    where r.participant_id = ${participantColumn} and r.to_org = ${orgParam} and r.status in (${ACTIVE})), '[]'::jsonb)`;
}

// The scope is spliced into SQL: only the known items pass, whatever a caller's types claimed.
function scopeLiteral(scope: string): string {
  if (!ConsentScope.is(scope)) throw new TypeError(`unknown consent scope ${scope}`);
  return scope;
}

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
