import { defineMessages, type FieldIssue, type Referral } from '@nayabato/core';
import type { Schemas } from '../resources/types.js';
import type { MockCaller } from './callers.js';
import { type MockProblem, referralShares } from './referral-policy.js';
import type { RegistryStore } from './store.js';

// The registry's rules for training programmes, enrolments and enterprises, restated over the mock's
// store (see the registry's `policy/livelihood-records.ts` and the store's visibility queries): the
// client's contract suite plays one scenario against both and expects the same answers.

/** The field issue texts of these rules; the registry words them the same way. */
export const livelihoodIssueMessages = defineMessages('client.msw.livelihood-issue', {
  unknown_reference: {
    en: 'No such record is visible to you',
    ne: 'तपाईंले हेर्न मिल्ने यस्तो अभिलेख छैन',
  },
  other_participant: { en: 'This record belongs to another participant', ne: 'यो अभिलेख अर्कै सहभागीको हो' },
  referral_required: {
    en: 'An enrolment comes from a referral to your organisation: name it',
    ne: 'भर्ना तपाईंको संस्थालाई आएको प्रेषणबाट हुन्छ: त्यो प्रेषण उल्लेख गर्नुहोस्',
  },
  referral_not_accepted: {
    en: 'The referral must be accepted (or in progress, or completed) and its consent still valid',
    ne: 'प्रेषण स्वीकृत (वा सञ्चालनमा वा सम्पन्न) र त्यसको सहमति अझै मान्य हुनुपर्छ',
  },
  not_provider: {
    en: 'A training institution records only the programmes it runs',
    ne: 'तालिम संस्थाले आफूले सञ्चालन गर्ने कार्यक्रम मात्र अभिलेख गर्छ',
  },
  buyer_role: {
    en: 'A market linkage names a corporate partner',
    ne: 'बजार सम्बन्धमा कर्पोरेट साझेदार उल्लेख हुनुपर्छ',
  },
  fixed_field: {
    en: 'This field cannot change once the record exists',
    ne: 'अभिलेख बनेपछि यो क्षेत्र बदल्न मिल्दैन',
  },
});

type Code = keyof typeof livelihoodIssueMessages.entries;

/** A 422 with one field issue at `path`. */
export function invalid(path: (string | number)[], code: Code): MockProblem {
  const issue: FieldIssue = {
    path,
    pointer: path.map((p) => `/${p}`).join(''),
    code,
    message: livelihoodIssueMessages.localized(code),
  };
  return { status: 422, options: { type: 'validation-failed', title: 'Validation failed', errors: [issue] } };
}

/** A 403 `forbidden`. */
export const forbidden: MockProblem = { status: 403, options: { type: 'forbidden', title: 'Forbidden' } };

/**
 * The role of the caller's organisation, when the store holds it. The mock applies a role rule only to
 * organisations it knows (seed `data.organizations`), like its referral rules.
 */
export function callerRole(store: RegistryStore, caller: MockCaller): string | undefined {
  return store.organizations.get(caller.organizationId)?.role;
}

/** Whether the caller's role is one of `roles` (or unknown to the mock). */
export function roleIn(store: RegistryStore, caller: MockCaller, roles: readonly string[]): boolean {
  const role = callerRole(store, caller);
  return role === undefined || roles.includes(role);
}

type Programme = Schemas['TrainingProgramme'];
type Enrolment = Schemas['Enrolment'];
type Enterprise = Schemas['Enterprise'];

/** Every partner sees published programmes; the recorder all of its own. */
export function programmeVisible(caller: MockCaller, programme: Programme): boolean {
  return programme.organizationId === caller.organizationId || programme.published;
}

/** The institution that recorded it, the NGO whose referral it came from, the NGO that registered the participant. */
export function enrolmentVisible(store: RegistryStore, caller: MockCaller, enrolment: Enrolment): boolean {
  const me = caller.organizationId;
  if (enrolment.organizationId === me) return true;
  const referral = enrolment.referralId ? store.referrals.get(enrolment.referralId) : undefined;
  return (
    referral?.fromOrganizationId === me ||
    store.participants.get(enrolment.participantId)?.organizationId === me
  );
}

/** `owner` for the recording NGO, `buyer` for a corporate partner named by a market linkage. */
export function enterpriseAccess(caller: MockCaller, enterprise: Enterprise): 'owner' | 'buyer' | undefined {
  if (enterprise.organizationId === caller.organizationId) return 'owner';
  if (enterprise.marketLinkages.some((m) => m.buyerOrganizationId === caller.organizationId)) return 'buyer';
  return undefined;
}

/** The problem of an enrolment body, or undefined when the registry would take it. */
export function refuseEnrolment(
  store: RegistryStore,
  caller: MockCaller,
  body: Pick<Enrolment, 'programmeId' | 'participantId' | 'referralId'>,
  at: string,
): MockProblem | undefined {
  if (!body.referralId) return invalid(['referralId'], 'referral_required');
  const referral = store.referrals.get(body.referralId) as Referral | undefined;
  if (!referral || referral.toOrganizationId !== caller.organizationId || referral.status === 'draft')
    return invalid(['referralId'], 'unknown_reference');
  if (referral.participantId !== body.participantId) return invalid(['participantId'], 'other_participant');
  if (
    !['accepted', 'in_progress', 'completed'].includes(referral.status) ||
    !referralShares(store, referral, at)
  )
    return invalid(['referralId'], 'referral_not_accepted');
  const programme = store.trainingProgrammes.get(body.programmeId);
  if (programme?.providerOrganizationId !== caller.organizationId)
    return invalid(['programmeId'], 'unknown_reference');
  return undefined;
}

/** The problem of an enterprise body's references, or undefined. */
export function refuseEnterprise(
  store: RegistryStore,
  caller: MockCaller,
  body: Pick<Enterprise, 'participantId' | 'marketLinkages'>,
): MockProblem | undefined {
  const participant = store.participants.get(body.participantId);
  if (participant?.organizationId !== caller.organizationId)
    return invalid(['participantId'], 'unknown_reference');
  for (const [index, linkage] of body.marketLinkages.entries()) {
    const role = store.organizations.get(linkage.buyerOrganizationId)?.role;
    if (role !== undefined && role !== 'corporate')
      return invalid(['marketLinkages', index, 'buyerOrganizationId'], 'buyer_role');
  }
  return undefined;
}
