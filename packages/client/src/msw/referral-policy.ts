import {
  type Consent,
  consentCovers,
  defineMessages,
  type FieldIssue,
  type Referral,
  type ReferralTransitionError,
} from '@nayabato/core';
import type { MockCaller } from './callers.js';
import type { ProblemOptions } from './problem.js';
import type { RegistryStore } from './store.js';

// The registry's access rules for referrals, restated over the mock's store (see the registry's
// `policy/` and referral routes): the same scenario must get the same status codes from both, which the
// client's msw parity test checks against a running registry.

/** The field issue texts the mock answers with; the registry words them the same way. */
export const mockIssueMessages = defineMessages('client.msw.issue', {
  unknown_reference: {
    en: 'No such record is visible to you',
    ne: 'तपाईंले हेर्न मिल्ने यस्तो अभिलेख छैन',
  },
  recipient_role: {
    en: 'Referrals and sharing consents go to an NGO or a training institution only',
    ne: 'प्रेषण र साझा गर्ने सहमति गैरसरकारी संस्था वा तालिम संस्थालाई मात्र हुन्छ',
  },
  override_user: {
    en: 'An override is recorded by the user of the staff token, who needs the override permission',
    ne: 'अपवाद स्टाफ टोकनकै प्रयोगकर्ताले अभिलेख गर्छ, जसलाई अपवादको अनुमति चाहिन्छ',
  },
});

/** A problem the mock answers with: status and what `problemResponse` needs. */
export interface MockProblem {
  readonly status: number;
  readonly options: ProblemOptions;
}

/** A field issue at `field`, worded from {@link mockIssueMessages}. */
export function mockIssue(field: string, code: keyof typeof mockIssueMessages.entries): FieldIssue {
  return { path: [field], pointer: `/${field}`, code, message: mockIssueMessages.localized(code) };
}

/** Referral statuses during which the receiver may read what the referral shares. */
const ACTIVE = new Set(['sent', 'accepted', 'in_progress', 'completed']);
/** The sender's free text, which may describe the person. */
const SENDER_FREE_TEXT = ['reason', 'consentOverride', 'cancellationReason', 'revocationReason'] as const;

/** The role of an organisation the store holds; `undefined` for one it does not (then no role rule applies). */
function roleOf(store: RegistryStore, organizationId: string): string | undefined {
  return store.organizations.get(organizationId)?.role;
}

/** Whether an organisation of `role` may receive referrals: NGOs and training institutions. */
function receivesReferrals(role: string | undefined): boolean {
  return role === undefined || role === 'ngo' || role === 'training_institution';
}

/** The consents of one participant, as core's `Consent`s. */
export function participantConsents(store: RegistryStore, participantId: string): Consent[] {
  return store.consents.all().filter((c) => c.participantId === participantId) as unknown as Consent[];
}

/**
 * Whether the referral shares the participant now: it is active and was sent under an override, or the
 * consent it was sent under still covers the receiver (not withdrawn, not expired).
 */
export function referralShares(store: RegistryStore, referral: Referral, at: string): boolean {
  if (!ACTIVE.has(referral.status)) return false;
  if (referral.consentOverride) return true;
  const consent = referral.consentId ? store.consents.get(referral.consentId) : undefined;
  if (!consent) return false;
  return consentCovers({
    participantId: referral.participantId,
    consents: [consent as unknown as Consent],
    purpose: consent.purpose as Consent['purpose'],
    organizationId: referral.toOrganizationId,
    at,
  }).covered;
}

/** Whether `caller` sees the referral at all: the sender always, the receiver once it was sent. */
export function referralVisible(store: RegistryStore, caller: MockCaller, referral: Referral): boolean {
  if (!receivesReferrals(roleOf(store, caller.organizationId))) return false;
  return (
    referral.fromOrganizationId === caller.organizationId ||
    (referral.toOrganizationId === caller.organizationId && referral.status !== 'draft')
  );
}

/**
 * The referral as `caller` may see it: the receiver gets the sender's free text only while the referral
 * shares the participant under a valid consent, and a training institution never. Under an override the
 * justification is internal: the receiver sees neither it nor the sender's reason.
 */
export function referralView(
  store: RegistryStore,
  caller: MockCaller,
  referral: Referral,
  at: string,
): Referral {
  if (referral.fromOrganizationId === caller.organizationId) return referral;
  const role = roleOf(store, caller.organizationId);
  const overridden = referral.consentOverride !== undefined;
  if (role !== 'training_institution' && !overridden && referralShares(store, referral, at)) return referral;
  const out: Partial<Referral> = { ...referral };
  for (const key of SENDER_FREE_TEXT) delete out[key];
  return out as Referral;
}

/**
 * Who may create this referral: an NGO, for a participant it registered, to an organisation that receives
 * referrals. `undefined` when allowed. Organisations the store does not hold are taken as they come.
 */
export function refuseReferralCreate(
  store: RegistryStore,
  caller: MockCaller,
  input: { readonly participantId: string; readonly toOrganizationId: string },
): MockProblem | undefined {
  const role = roleOf(store, caller.organizationId);
  if (role !== undefined && role !== 'ngo') {
    return { status: 403, options: { type: 'forbidden', title: 'Forbidden' } };
  }
  const participant = store.participants.get(input.participantId);
  const referredHere = store.referrals
    .all()
    .some(
      (r) =>
        r.participantId === input.participantId &&
        r.toOrganizationId === caller.organizationId &&
        referralShares(store, r as unknown as Referral, new Date().toISOString()),
    );
  if (!participant || (participant.organizationId !== caller.organizationId && !referredHere)) {
    return {
      status: 422,
      options: {
        type: 'validation-failed',
        title: 'Validation failed',
        errors: [mockIssue('participantId', 'unknown_reference')],
      },
    };
  }
  if (participant.organizationId !== caller.organizationId) {
    return { status: 403, options: { type: 'forbidden', title: 'Forbidden' } };
  }
  if (!receivesReferrals(roleOf(store, input.toOrganizationId))) {
    return {
      status: 422,
      options: {
        type: 'validation-failed',
        title: 'Validation failed',
        errors: [mockIssue('toOrganizationId', 'recipient_role')],
      },
    };
  }
  return undefined;
}

/** An override is recorded only by a staff token's user who holds `consent.override`. */
export function refuseOverride(caller: MockCaller): MockProblem | undefined {
  if (caller.userId && caller.permissions?.includes('consent.override')) return undefined;
  return {
    status: 403,
    options: { type: 'forbidden', title: 'Forbidden', errors: [mockIssue('override', 'override_user')] },
  };
}

/** Core's refusal of a transition as the registry answers it. */
export function transitionProblem(error: ReferralTransitionError): MockProblem {
  const errors = [{ path: [], pointer: '', code: error.code, message: error.localized }];
  const detail = error.localized.en;
  switch (error.code) {
    case 'illegal_transition':
      return {
        status: 409,
        options: {
          type: 'invalid-transition',
          title: 'Transition not allowed from the current status',
          detail,
          errors,
        },
      };
    case 'not_permitted':
      return { status: 403, options: { type: 'forbidden', title: 'Forbidden', detail, errors } };
    case 'consent_required':
      return {
        status: 409,
        options: { type: 'consent-required', title: 'No valid consent covers this referral', detail, errors },
      };
    default:
      return {
        status: 422,
        options: { type: 'validation-failed', title: 'Validation failed', detail, errors },
      };
  }
}
