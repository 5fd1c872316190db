import {
  type Consent,
  type ConsentScopeValue,
  consentCovers,
  type Participant,
  type Referral,
  sharedParticipantView,
} from '@nayabato/core';
import type { MockCaller } from './callers.js';
import { referralShares } from './referral-policy.js';
import type { RegistryStore } from './store.js';

// The registry's consent-scope rules (its `policy/record-views.ts` and `store/visibility.ts`), restated
// over the mock's store. They apply when the store holds the caller's organisation (the integrator
// seeded organisations to play several of them); otherwise every record is the caller's, as before.

/** A record of the mock's store, as the handlers see it. */
type Doc = { readonly id: string } & Record<string, unknown>;

/** Whether the mock knows the caller's organisation, so that the access rules apply. */
function rulesApply(store: RegistryStore, caller: MockCaller): boolean {
  return store.organizations.get(caller.organizationId) !== undefined;
}

/** Whether an active referral of the participant to the caller still shares it (consent valid, or an override). */
function referredTo(store: RegistryStore, participantId: string, orgId: string, at: string): boolean {
  return store.referrals
    .all()
    .some(
      (r) =>
        r.participantId === participantId &&
        r.toOrganizationId === orgId &&
        referralShares(store, r as unknown as Referral, at),
    );
}

/**
 * The union of the scopes of the participant's sharing consents naming `orgId` that cover a disclosure
 * at `at` (given, neither withdrawn nor expired, checks complete or overridden).
 */
export function sharedScopes(
  store: RegistryStore,
  participantId: string,
  orgId: string,
  at: string,
): ConsentScopeValue[] {
  const out = new Set<ConsentScopeValue>();
  for (const c of store.consents.all() as unknown as Consent[]) {
    if (c.participantId !== participantId || c.purpose !== 'sharing') continue;
    const covered = consentCovers({
      participantId,
      consents: [c],
      purpose: 'sharing',
      organizationId: orgId,
      at,
    }).covered;
    if (covered) for (const item of c.scope ?? []) out.add(item);
  }
  return [...out];
}

/**
 * The participant as `caller` may see it: everything for the registering organisation; for the receiver
 * of an active referral the minimum to act plus what the scope of its valid sharing consents names;
 * `undefined` (a 404) for anyone else.
 */
export function mockParticipantView(
  store: RegistryStore,
  caller: MockCaller,
  participant: Doc,
  at: string,
): Doc | undefined {
  if (!rulesApply(store, caller) || participant.organizationId === caller.organizationId) return participant;
  if (!referredTo(store, participant.id, caller.organizationId, at)) return undefined;
  const role = store.organizations.get(caller.organizationId)?.role;
  if (role !== 'ngo' && role !== 'training_institution') return undefined;
  return sharedParticipantView(participant as unknown as Participant, {
    scope: sharedScopes(store, participant.id, caller.organizationId, at),
    receiver: role,
  }) as unknown as Doc;
}

/** Which referral field names a document, and the scope item that shares it. */
export interface SharedDocumentKind {
  readonly referralField: 'needsAssessmentId' | 'livelihoodPlanId';
  readonly scope: 'needs_assessment' | 'livelihood_plan';
}

/**
 * A needs assessment, plan or consent as `caller` may see it: the recording organisation's; a receiving
 * NGO reads an assessment or plan only while an active referral to it names the document and a valid
 * sharing consent's scope names its kind. `kind` undefined: the recorder's alone (consents).
 */
export function mockDocumentView(
  store: RegistryStore,
  caller: MockCaller,
  doc: Doc,
  kind: SharedDocumentKind | undefined,
  at: string,
): Doc | undefined {
  if (!rulesApply(store, caller) || doc.organizationId === caller.organizationId) return doc;
  if (!kind || store.organizations.get(caller.organizationId)?.role !== 'ngo') return undefined;
  const participantId = String(doc.participantId);
  const named = store.referrals
    .all()
    .some(
      (r) =>
        r.toOrganizationId === caller.organizationId &&
        r[kind.referralField] === doc.id &&
        referralShares(store, r as unknown as Referral, at),
    );
  if (!named) return undefined;
  return sharedScopes(store, participantId, caller.organizationId, at).includes(kind.scope) ? doc : undefined;
}

/** A user as `caller` may see it: its own organisation's only (the coordinator's too). */
export function mockUserView(store: RegistryStore, caller: MockCaller, user: Doc): Doc | undefined {
  if (!rulesApply(store, caller) || user.organizationId === caller.organizationId) return user;
  return undefined;
}
