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

/**
 * True when referral `r`'s covering consent is still valid now, or it was sent under an override.
 * `offset 0` keeps the check a lookup by primary key for each referral a page reads: without it the
 * planner may hash every consent of the table once (a full scan) to answer a page of twenty.
 */
export const REFERRAL_CONSENT_VALID = `(r.data ? 'consentOverride' or exists (
  select 1 from consents rc where rc.id = r.data->>'consentId' and rc.withdrawn_at is null
  and (rc.data->>'expiresAt' is null or (rc.data->>'expiresAt')::timestamptz > now()) offset 0))`;

/** The scope items a sharing consent may name (core's `ConsentScope` values). */
export type ScopeItem = ConsentScopeValue;

/**
 * A condition: a sharing consent of participant `participantExpr` naming organisation `orgExpr` is valid
 * now (given, neither withdrawn nor expired, its informed-consent checks complete or overridden) and its
 * scope names `scope` (every scope item when `scope` is undefined).
 */
function validSharingConsent(participantExpr: string, orgExpr: string, scope?: ScopeItem): string {
  const names = scope ? `and sc.data->'scope' @> '["${scopeLiteral(scope)}"]'::jsonb` : '';
  return `sc.participant_id = ${participantExpr} and sc.purpose = 'sharing'
    and sc.data->>'recipientOrganizationId' = ${orgExpr} and sc.withdrawn_at is null
    and (sc.data->>'givenAt')::timestamptz <= now()
    and (sc.data->>'expiresAt' is null or (sc.data->>'expiresAt')::timestamptz > now())
    and (sc.data ? 'override' or not exists (
      select 1 from jsonb_each(sc.data->'checks') ck where ck.value <> 'true'::jsonb)) ${names}`;
}

/**
 * True when referral `r`'s receiver holds a sharing consent of its participant, valid now, whose scope
 * names `scope`. For a referral sent under an override there is none until the participant consents and
 * the NGO records it: until then the receiver reads the minimum to act only.
 *
 * @example
 * ```ts
 * referredTo('d.participant_id', '$1', referralScopeCovers('needs_assessment'));
 * ```
 */
export function referralScopeCovers(scope: ScopeItem): string {
  return `exists (select 1 from consents sc where ${validSharingConsent('r.participant_id', 'r.to_org', scope)} offset 0)`;
}

/**
 * The question other resources ask before showing a participant's record of kind `scope` to
 * organisation `$orgParam`: is there an active referral of participant `participantColumn` addressed to
 * it (its own consent still valid, or sent under an override), and a sharing consent naming it, valid
 * now, whose scope names `scope`? Withdrawal or expiry of the consent, or the referral leaving the
 * active statuses, ends it at the next read.
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
 * The union of the scopes (a jsonb array of scope items) of the sharing consents of participant
 * `participantColumn` naming organisation `$orgParam` that are valid now; `[]` when none. Only
 * meaningful while the organisation holds an active referral (the caller's access says so).
 */
export function sharedScopesSql(participantColumn: string, orgParam: string): string {
  return `coalesce((select jsonb_agg(distinct s.item) from consents sc
    cross join lateral jsonb_array_elements_text(coalesce(sc.data->'scope', '[]'::jsonb)) as s(item)
    where ${validSharingConsent(participantColumn, orgParam)}), '[]'::jsonb)`;
}

// The scope is spliced into SQL: only the known items pass, whatever a caller's types claimed.
function scopeLiteral(scope: string): string {
  if (!ConsentScope.is(scope)) throw new TypeError(`unknown consent scope ${scope}`);
  return scope;
}

/**
 * A condition: an active referral of participant `participantColumn` is addressed to organisation
 * `$orgParam`, with valid consent; `extra` narrows it (e.g. to the referral naming an assessment).
 * Like every existence check here it ends in `offset 0`, so that it stays a lookup through the index
 * on `(participant_id, to_org)` for each row a page reads instead of a hash built over the whole table.
 *
 * @example
 * ```ts
 * `select * from participants p where p.org_id = $1 or ${referredTo('p.id', '$1')}`;
 * ```
 */
export function referredTo(participantColumn: string, orgParam: string, extra = ''): string {
  return `exists (select 1 from referrals r where r.participant_id = ${participantColumn}
    and r.to_org = ${orgParam} and r.status in (${ACTIVE}) and ${REFERRAL_CONSENT_VALID} ${extra ? `and ${extra}` : ''} offset 0)`;
}
