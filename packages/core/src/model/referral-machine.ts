import type { Consent } from './consent.js';
import { consentCovers } from './consent-covers.js';
import { OverrideSchema } from './override.js';
import { IsoDateTimeSchema } from './primitives.js';
import {
  type Referral,
  type ReferralActionValue,
  type ReferralOutcomeReport,
  ReferralOutcomeReportSchema,
  type ReferralPartyValue,
  ReferralStatus,
  type ReferralStatusValue,
} from './referral.js';
import { ReferralTransitionError } from './referral-transition-error.js';

/** One allowed move of a referral. */
export interface ReferralTransition {
  readonly from: ReferralStatusValue;
  readonly action: ReferralActionValue;
  readonly to: ReferralStatusValue;
  /** The party that may take it. */
  readonly by: ReferralPartyValue;
}

const t = (
  from: ReferralStatusValue,
  action: ReferralActionValue,
  to: ReferralStatusValue,
  by: ReferralPartyValue,
) => Object.freeze({ from, action, to, by });

/**
 * Every allowed (status, action) pair, where it leads and who may take it. Any pair not listed is illegal.
 * `rejected`, `completed`, `cancelled` and `revoked` are final. `revoke` is for when sharing must stop after
 * the receiver has the referral (for example the consent was withdrawn).
 *
 * @example
 * ```ts
 * REFERRAL_TRANSITIONS.filter((x) => x.from === 'sent').map((x) => x.action); // ['accept', 'reject', 'cancel', 'revoke']
 * ```
 */
export const REFERRAL_TRANSITIONS: readonly ReferralTransition[] = Object.freeze([
  t('draft', 'send', 'sent', 'sender'),
  t('draft', 'cancel', 'cancelled', 'sender'),
  t('sent', 'accept', 'accepted', 'receiver'),
  t('sent', 'reject', 'rejected', 'receiver'),
  t('sent', 'cancel', 'cancelled', 'sender'),
  t('sent', 'revoke', 'revoked', 'sender'),
  t('accepted', 'start', 'in_progress', 'receiver'),
  t('accepted', 'complete', 'completed', 'receiver'),
  t('accepted', 'cancel', 'cancelled', 'sender'),
  t('accepted', 'revoke', 'revoked', 'sender'),
  t('in_progress', 'complete', 'completed', 'receiver'),
  t('in_progress', 'cancel', 'cancelled', 'sender'),
  t('in_progress', 'revoke', 'revoked', 'sender'),
]);

/**
 * The statuses no action leaves.
 *
 * @example
 * ```ts
 * REFERRAL_FINAL_STATUSES; // ['rejected', 'completed', 'cancelled', 'revoked']
 * const closed = REFERRAL_FINAL_STATUSES.includes(referral.status);
 * ```
 */
export const REFERRAL_FINAL_STATUSES: readonly ReferralStatusValue[] = Object.freeze(
  ReferralStatus.values.filter((s) => !REFERRAL_TRANSITIONS.some((x) => x.from === s)),
);

/**
 * The allowed move for (status, action), or `undefined` when the pair is illegal.
 *
 * @example
 * ```ts
 * findReferralTransition('sent', 'accept'); // { from: 'sent', action: 'accept', to: 'accepted', by: 'receiver' }
 * ```
 */
export function findReferralTransition(
  from: ReferralStatusValue,
  action: ReferralActionValue,
): ReferralTransition | undefined {
  return REFERRAL_TRANSITIONS.find((x) => x.from === from && x.action === action);
}

/**
 * The parties an organisation is to a referral: sender, receiver, both (a referral inside one organisation)
 * or neither.
 *
 * @example
 * ```ts
 * referralParties(referral, referral.toOrganizationId); // ['receiver']
 * ```
 */
export function referralParties(
  referral: Pick<Referral, 'fromOrganizationId' | 'toOrganizationId'>,
  organizationId: string,
): ReferralPartyValue[] {
  const parties: ReferralPartyValue[] = [];
  if (referral.fromOrganizationId === organizationId) parties.push('sender');
  if (referral.toOrganizationId === organizationId) parties.push('receiver');
  return parties;
}

/**
 * The actions an organisation may take on a referral now: what inboxes show as buttons.
 *
 * @example
 * ```ts
 * allowedReferralActions(referral, myOrganizationId); // e.g. ['accept', 'reject']
 * ```
 */
export function allowedReferralActions(
  referral: Pick<Referral, 'status' | 'fromOrganizationId' | 'toOrganizationId'>,
  organizationId: string,
): ReferralActionValue[] {
  const parties = referralParties(referral, organizationId);
  return REFERRAL_TRANSITIONS.filter((x) => x.from === referral.status && parties.includes(x.by)).map(
    (x) => x.action,
  );
}

/** What {@link transitionReferral} needs besides the referral and the action. */
export interface ReferralTransitionContext {
  /** The organisation of the user acting. */
  readonly actorOrganizationId: string;
  /** When (ISO instant with offset); becomes `updatedAt` and the step's timestamp. */
  readonly at: string;
  /** For `send`: the participant's consents (consents of anyone else are ignored). */
  readonly consents?: readonly Consent[];
  /** For `send` without covering consent: an authorised user's override with the reason. */
  readonly override?: { readonly userId: string; readonly reason: string };
  /** For `reject` (required), `cancel` and `revoke` (optional): why. */
  readonly reason?: string;
  /** For `complete` (required): the outcome reported back. */
  readonly outcome?: ReferralOutcomeReport;
}

const TIMESTAMP: Record<ReferralActionValue, keyof Referral> = {
  send: 'sentAt',
  accept: 'acceptedAt',
  reject: 'rejectedAt',
  start: 'startedAt',
  complete: 'completedAt',
  cancel: 'cancelledAt',
  revoke: 'revokedAt',
};

const REASON_FIELD: Partial<Record<ReferralActionValue, keyof Referral>> = {
  reject: 'rejectionReason',
  cancel: 'cancellationReason',
  revoke: 'revocationReason',
};

/**
 * Moves a referral by one action, purely: returns the new referral or throws a
 * {@link ReferralTransitionError} (never anything else). Checks, in order: the (status, action) pair is in
 * {@link REFERRAL_TRANSITIONS} (`illegal_transition`); the acting organisation is the party that may take it
 * (`not_permitted`); `at` is a valid instant (`invalid_context`); and then per action:
 * - `send` needs a consent of the referral's participant that covers the disclosure at `at` — `sharing`
 *   naming the receiver, or `services`
 *   when the referral stays inside one organisation — or an override with a user and a reason
 *   (`consent_required`, `reason_required`); the covering consent id or the override is recorded;
 * - `reject` needs a reason (`reason_required`);
 * - `complete` needs the outcome (`outcome_required`).
 *
 * @example
 * ```ts
 * const sent = transitionReferral(draft, 'send', { actorOrganizationId: draft.fromOrganizationId, at: now, consents });
 * const accepted = transitionReferral(sent, 'accept', { actorOrganizationId: sent.toOrganizationId, at: later });
 * ```
 */
export function transitionReferral(
  referral: Referral,
  action: ReferralActionValue,
  context: ReferralTransitionContext,
): Referral {
  const from = referral.status;
  const move = findReferralTransition(from, action);
  if (!move) throw new ReferralTransitionError({ code: 'illegal_transition', from, action });
  const fail = (code: 'not_permitted' | 'reason_required' | 'outcome_required' | 'invalid_context') =>
    new ReferralTransitionError({ code, from, to: move.to, action, role: move.by });
  if (!referralParties(referral, context.actorOrganizationId).includes(move.by)) throw fail('not_permitted');
  if (!IsoDateTimeSchema.safeParse(context.at).success) throw fail('invalid_context');

  const next: Referral = {
    ...referral,
    status: move.to,
    updatedAt: context.at,
    [TIMESTAMP[action]]: context.at,
  };
  const reason = context.reason?.trim();
  const reasonField = REASON_FIELD[action];
  if (reasonField && reason) Object.assign(next, { [reasonField]: reason });

  switch (action) {
    case 'send': {
      const internal = referral.fromOrganizationId === referral.toOrganizationId;
      const coverage = consentCovers({
        participantId: referral.participantId,
        consents: context.consents ?? [],
        purpose: internal ? 'services' : 'sharing',
        organizationId: referral.toOrganizationId,
        at: context.at,
      });
      if (coverage.covered) {
        next.consentId = coverage.consentId;
        delete next.consentOverride;
        break;
      }
      if (!context.override) {
        throw new ReferralTransitionError({
          code: 'consent_required',
          from,
          to: move.to,
          action,
          consentReason: coverage.reason,
        });
      }
      const override = {
        userId: context.override.userId,
        reason: context.override.reason.trim(),
        at: context.at,
      };
      if (override.reason === '') throw fail('reason_required');
      if (!OverrideSchema.safeParse(override).success) throw fail('invalid_context');
      next.consentOverride = override;
      delete next.consentId;
      break;
    }
    case 'reject':
      if (!reason) throw fail('reason_required');
      break;
    case 'complete': {
      if (context.outcome === undefined) throw fail('outcome_required');
      const parsed = ReferralOutcomeReportSchema.safeParse(context.outcome);
      if (!parsed.success) throw fail('invalid_context');
      next.outcome = parsed.data;
      break;
    }
    default:
      break;
  }
  return next;
}

/** What {@link tryTransitionReferral} returns. */
export type ReferralTransitionResult =
  | { readonly ok: true; readonly referral: Referral }
  | { readonly ok: false; readonly error: ReferralTransitionError };

/**
 * {@link transitionReferral} as a result instead of a throw.
 *
 * @example
 * ```ts
 * const result = tryTransitionReferral(referral, 'reject', { actorOrganizationId, at, reason: 'No places left' });
 * if (!result.ok) console.log(result.error.code);
 * ```
 */
export function tryTransitionReferral(
  referral: Referral,
  action: ReferralActionValue,
  context: ReferralTransitionContext,
): ReferralTransitionResult {
  try {
    return { ok: true, referral: transitionReferral(referral, action, context) };
  } catch (error) {
    if (error instanceof ReferralTransitionError) return { ok: false, error };
    throw error;
  }
}
