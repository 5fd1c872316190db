import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';
import { SupportRequestStatus, type SupportRequestStatusValue } from './support-request.js';
import {
  SupportRequestAction,
  SupportRequestParty,
  type SupportRequestPartyValue,
} from './support-request-actions.js';

/**
 * The messages of {@link SupportRequestTransitionError}, one per code. They name statuses, actions and
 * parties only, never anything about the participant or the request's text.
 *
 * @example
 * ```ts
 * supportRequestTransitionMessages.format('illegal_transition', 'en', { action: 'Fulfil', from: 'Withdrawn by the NGO' });
 * // 'The action “Fulfil” is not allowed on a support request in status “Withdrawn by the NGO”'
 * ```
 */
export const supportRequestTransitionMessages = defineMessages('support_request.transition_error', {
  illegal_transition: {
    en: 'The action “{action}” is not allowed on a support request in status “{from}”',
    ne: '“{from}” अवस्थाको सहयोग अनुरोधमा “{action}” कार्य गर्न मिल्दैन',
  },
  not_permitted: {
    en: 'Only the {role} may take the action “{action}”',
    ne: '“{action}” कार्य {role}ले मात्र गर्न सक्छ',
  },
  response_required: {
    en: 'An answer is required for “{action}”',
    ne: '“{action}” गर्न जवाफ आवश्यक छ',
  },
  invalid_context: {
    en: 'The transition’s time or answer is not valid',
    ne: 'यस परिवर्तनको समय वा जवाफ मान्य छैन',
  },
});

/** The stable codes of {@link SupportRequestTransitionError}. */
export type SupportRequestTransitionErrorCode = keyof typeof supportRequestTransitionMessages.entries;

/** What a {@link SupportRequestTransitionError} reports. */
export interface SupportRequestTransitionErrorDetails {
  readonly code: SupportRequestTransitionErrorCode;
  /** The status the request was in. */
  readonly from: SupportRequestStatusValue;
  /** The status the action would have led to, when the (status, action) pair is legal. */
  readonly to?: SupportRequestStatusValue;
  /** The action attempted. */
  readonly action: string;
  /** For `not_permitted`: who may take the action. */
  readonly role?: SupportRequestPartyValue;
}

// An unknown action (from untyped callers) is shown as given: it is the caller's own input, never
// participant data.
function describe(d: SupportRequestTransitionErrorDetails, locale: Locale): string {
  return supportRequestTransitionMessages.format(d.code, locale, {
    from: SupportRequestStatus.is(d.from) ? SupportRequestStatus.label(d.from, locale) : String(d.from),
    action: SupportRequestAction.is(d.action) ? SupportRequestAction.label(d.action, locale) : d.action,
    role: d.role ? SupportRequestParty.label(d.role, locale) : '',
  });
}

/**
 * Thrown by `transitionSupportRequest` when an action is not allowed: an illegal (status, action) pair,
 * the wrong party (the requesting NGO versus the addressed government desk), a decline without an answer,
 * or an invalid time or answer. Carries a stable `code`, the statuses and the action, and a bilingual
 * message; never participant data.
 *
 * @example
 * ```ts
 * try {
 *   transitionSupportRequest(request, 'fulfil', context);
 * } catch (error) {
 *   if (error instanceof SupportRequestTransitionError && error.code === 'illegal_transition') console.log(error.localized.ne);
 * }
 * ```
 */
export class SupportRequestTransitionError extends LocalizedError<SupportRequestTransitionErrorCode> {
  override readonly name = 'SupportRequestTransitionError';
  /** The status the request was in. */
  readonly from: SupportRequestStatusValue;
  /** The status the action would have led to, when the (status, action) pair is legal. */
  readonly to: SupportRequestStatusValue | undefined;
  /** The action attempted. */
  readonly action: string;

  constructor(details: SupportRequestTransitionErrorDetails) {
    super(details.code, { en: describe(details, 'en'), ne: describe(details, 'ne') });
    this.from = details.from;
    this.to = details.to;
    this.action = details.action;
  }
}
