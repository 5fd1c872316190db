import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';
import { ConsentCoverageReason, type ConsentCoverageReasonValue } from './consent-covers.js';
import { ReferralAction, ReferralParty, ReferralStatus, type ReferralStatusValue } from './referral.js';

/**
 * The messages of {@link ReferralTransitionError}, one per code. They name statuses and actions only,
 * never anything about the participant.
 *
 * @example
 * ```ts
 * referralTransitionMessages.format('illegal_transition', 'en', { action: 'Accept', from: 'Completed' });
 * // 'The action “Accept” is not allowed on a referral in status “Completed”'
 * ```
 */
export const referralTransitionMessages = defineMessages('referral.transition_error', {
  illegal_transition: {
    en: 'The action “{action}” is not allowed on a referral in status “{from}”',
    ne: '“{from}” अवस्थाको प्रेषणमा “{action}” कार्य गर्न मिल्दैन',
  },
  not_permitted: {
    en: 'Only the {role} may take the action “{action}”',
    ne: '“{action}” कार्य {role}ले मात्र गर्न सक्छ',
  },
  consent_required: {
    en: 'Sending needs a covering consent or a recorded override ({consentReason})',
    ne: 'पठाउन समेट्ने सहमति वा अभिलेख गरिएको अपवाद चाहिन्छ ({consentReason})',
  },
  reason_required: { en: 'A reason is required for “{action}”', ne: '“{action}” गर्न कारण आवश्यक छ' },
  outcome_required: {
    en: 'Completing a referral needs the outcome to report back',
    ne: 'प्रेषण सम्पन्न गर्न नतिजा जानकारी आवश्यक छ',
  },
  invalid_context: {
    en: 'The transition’s time, user or outcome is not valid',
    ne: 'यस परिवर्तनको समय, प्रयोगकर्ता वा नतिजा मान्य छैन',
  },
});

/** The stable codes of {@link ReferralTransitionError}. */
export type ReferralTransitionErrorCode = keyof typeof referralTransitionMessages.entries;

/** What a {@link ReferralTransitionError} reports. */
export interface ReferralTransitionErrorDetails {
  readonly code: ReferralTransitionErrorCode;
  /** The status the referral was in. */
  readonly from: ReferralStatusValue;
  /** The status the action would have led to, when the pair is legal. */
  readonly to?: ReferralStatusValue;
  /** The action attempted. */
  readonly action: string;
  /** For `consent_required`: why no consent covered. */
  readonly consentReason?: ConsentCoverageReasonValue;
  /** For `not_permitted`: who may take the action. */
  readonly role?: 'sender' | 'receiver';
}

// Fills the message with the labels of the statuses and actions in each language; an unknown action (from
// untyped callers) is shown as given, which is safe: it is the caller's own input, never participant data.
function describe(d: ReferralTransitionErrorDetails, locale: Locale): string {
  return referralTransitionMessages.format(d.code, locale, {
    from: ReferralStatus.is(d.from) ? ReferralStatus.label(d.from, locale) : String(d.from),
    action: ReferralAction.is(d.action) ? ReferralAction.label(d.action, locale) : d.action,
    role: d.role ? ReferralParty.label(d.role, locale) : '',
    consentReason: d.consentReason ? ConsentCoverageReason.label(d.consentReason, locale) : '',
  });
}

/**
 * Thrown by {@link transitionReferral} when an action is not allowed: an illegal (status, action) pair, the
 * wrong party, or a missing consent, reason or outcome. Carries a stable `code`, the statuses and the action,
 * and a bilingual message; never participant data.
 *
 * @example
 * ```ts
 * try {
 *   transitionReferral(referral, 'accept', context);
 * } catch (error) {
 *   if (error instanceof ReferralTransitionError && error.code === 'illegal_transition') console.log(error.localized.ne);
 * }
 * ```
 */
export class ReferralTransitionError extends LocalizedError<ReferralTransitionErrorCode> {
  override readonly name = 'ReferralTransitionError';
  /** The status the referral was in. */
  readonly from: ReferralStatusValue;
  /** The status the action would have led to, when the (status, action) pair is legal. */
  readonly to: ReferralStatusValue | undefined;
  /** The action attempted. */
  readonly action: string;
  /** For `consent_required`: why no consent covered. */
  readonly consentReason: ConsentCoverageReasonValue | undefined;

  constructor(details: ReferralTransitionErrorDetails) {
    super(details.code, { en: describe(details, 'en'), ne: describe(details, 'ne') });
    this.from = details.from;
    this.to = details.to;
    this.action = details.action;
    this.consentReason = details.consentReason;
  }
}
