import {
  type Consent,
  type ConsentScopeValue,
  consentCovers,
  defineMessages,
  type FieldIssue,
  type Referral,
  type SupportRequest,
  type SupportRequestTransitionError,
} from '@nayabato/core';
import type { MockCaller } from './callers.js';
import { type MockProblem, referralShares } from './referral-policy.js';
import type { RegistryStore } from './store.js';

// The registry's rules for follow-ups, service deliveries and support requests, restated over the
// mock's store (the registry's `routes/care-records.ts`, `routes/support-requests.ts` and
// `policy/support-requests.ts`). Organisations the store does not hold are taken as they come: no role
// rule applies to them, as for referrals.

/** The field issue texts of these rules; the registry words them the same way. */
export const mockCareIssueMessages = defineMessages('client.msw.care_issue', {
  unknown_reference: {
    en: 'No such record is visible to you',
    ne: 'तपाईंले हेर्न मिल्ने यस्तो अभिलेख छैन',
  },
  recipient_not_government: {
    en: 'A support request goes to a government organisation only',
    ne: 'सहयोग अनुरोध सरकारी निकायलाई मात्र पठाइन्छ',
  },
});

function careIssue(field: string, code: keyof typeof mockCareIssueMessages.entries): FieldIssue {
  return { path: [field], pointer: `/${field}`, code, message: mockCareIssueMessages.localized(code) };
}

const forbidden: MockProblem = { status: 403, options: { type: 'forbidden', title: 'Forbidden' } };
const invalid = (field: string, code: keyof typeof mockCareIssueMessages.entries): MockProblem => ({
  status: 422,
  options: { type: 'validation-failed', title: 'Validation failed', errors: [careIssue(field, code)] },
});

/** The role of an organisation the store holds; `undefined` for one it does not. */
export function mockRoleOf(store: RegistryStore, organizationId: string): string | undefined {
  return store.organizations.get(organizationId)?.role;
}

/** Refuses (403) a caller whose role, when known, is not one of `roles`. */
export function refuseRole(
  store: RegistryStore,
  caller: MockCaller,
  roles: readonly string[],
): MockProblem | undefined {
  const role = mockRoleOf(store, caller.organizationId);
  return role !== undefined && !roles.includes(role) ? forbidden : undefined;
}

/**
 * Only the registering NGO writes a participant's care records and support requests: a participant it
 * cannot see is a 422 on `participantId`; one it sees through a referral is a 403.
 */
export function refuseParticipant(
  store: RegistryStore,
  caller: MockCaller,
  participantId: string,
): MockProblem | undefined {
  const participant = store.participants.get(participantId);
  if (participant?.organizationId === caller.organizationId) return undefined;
  const at = new Date().toISOString();
  const referred = store.referrals
    .all()
    .some(
      (r) =>
        r.participantId === participantId &&
        r.toOrganizationId === caller.organizationId &&
        referralShares(store, r as unknown as Referral, at),
    );
  return participant && referred ? forbidden : invalid('participantId', 'unknown_reference');
}

/** Whether a valid sharing consent of the participant naming `orgId` covers `scope` at `at` (core decides). */
function scopeCovered(
  store: RegistryStore,
  participantId: string,
  orgId: string,
  scope: ConsentScopeValue,
  at: string,
): boolean {
  return consentCovers({
    participantId,
    consents: store.consents.all() as unknown as Consent[],
    purpose: 'sharing',
    organizationId: orgId,
    at,
    scope,
  }).covered;
}

/**
 * A care record as `caller` may read it, or `undefined` (a 404, or left out of a list), as the registry's
 * `store/care-records.ts` decides: the recording organisation reads it whole; with `sharedScope` (follow-ups),
 * an NGO holding an active referral of the participant reads it while a valid sharing consent naming it
 * covers that scope, and its free-text `notes` only while one covers `notes` too. Checked at each read, so
 * a withdrawal ends it at once.
 */
export function mockCareRecordView<T extends { organizationId: string; participantId: string }>(
  store: RegistryStore,
  caller: MockCaller,
  record: T,
  sharedScope: 'follow_ups' | undefined,
  at: string,
): T | undefined {
  if (record.organizationId === caller.organizationId) return record;
  if (!sharedScope || mockRoleOf(store, caller.organizationId) !== 'ngo') return undefined;
  const referred = store.referrals
    .all()
    .some(
      (r) =>
        r.participantId === record.participantId &&
        r.toOrganizationId === caller.organizationId &&
        referralShares(store, r as unknown as Referral, at),
    );
  if (!referred || !scopeCovered(store, record.participantId, caller.organizationId, sharedScope, at))
    return undefined;
  if (scopeCovered(store, record.participantId, caller.organizationId, 'notes', at)) return record;
  const { notes: _withheld, ...rest } = record as T & { notes?: unknown };
  return rest as T;
}

/** A support request goes to a government organisation (422 `recipient_not_government` otherwise). */
export function refuseDesk(store: RegistryStore, toOrganizationId: string): MockProblem | undefined {
  const role = mockRoleOf(store, toOrganizationId);
  return role !== undefined && role !== 'government'
    ? invalid('toOrganizationId', 'recipient_not_government')
    : undefined;
}

/** Whether `caller` sees the support request: the requesting NGO and the addressed desk. */
export function supportRequestVisible(caller: MockCaller, request: SupportRequest): boolean {
  return (
    request.organizationId === caller.organizationId || request.toOrganizationId === caller.organizationId
  );
}

/** The request as `caller` sees it: the desk never gets `participantId`. */
export function mockSupportRequestView(caller: MockCaller, request: SupportRequest): SupportRequest {
  if (request.organizationId === caller.organizationId) return request;
  const { participantId: _withheld, ...forDesk } = request;
  return forDesk;
}

/** Core's refusal of a support-request move as the registry answers it. */
export function supportRequestProblem(error: SupportRequestTransitionError): MockProblem {
  const errors = [{ path: [], pointer: '', code: error.code, message: error.localized }];
  const detail = error.localized.en;
  if (error.code === 'illegal_transition') {
    return {
      status: 409,
      options: {
        type: 'invalid-transition',
        title: 'Transition not allowed from the current status',
        detail,
        errors,
      },
    };
  }
  if (error.code === 'not_permitted')
    return { status: 403, options: { type: 'forbidden', title: 'Forbidden', detail, errors } };
  return { status: 422, options: { type: 'validation-failed', title: 'Validation failed', detail, errors } };
}
