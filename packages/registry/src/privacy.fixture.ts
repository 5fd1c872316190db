/**
 * The records of the privacy marker test: every personal and free-text field the API accepts carries a
 * marker naming the field, written by the party that writes it in practice (the registering NGO, its
 * staff user with `consent.override`, or a receiving NGO for the receiver's own texts).
 */
import { COMPLETE_CONSENT_CHECKS } from '@nayabato/core/synthetic';
import { expect } from 'vitest';
import { consentBody, type Json, participantBody, type TestRegistry } from './registry.fixture.js';

/** Text the NGOs write: no training-institution, corporate, government, coordinator or publishable caller sees it. */
export const MARK = 'ZQXMARK';
/** The training institution's own outcome report: it reads it back; no other scanned caller does. */
export const OWN_MARK = 'ZQXOWNTI';
/** A staff member's display name: only its own organisation reads it (the coordinator too gets a 404). */
export const STAFF_MARK = 'ZQXSTAFF';

/** The marker of one field, e.g. `ZQXMARK:participant.notes`. */
export const mark = (field: string) => `${MARK}:${field}`;

/** Every NGO-written field that carries {@link MARK}; the owner must read each one back. */
export const MARKED_FIELDS = [
  'participant.notes',
  'participant2.notes',
  'consent.override.reason',
  'assessment.notes',
  'assessment.domains.strengths',
  'assessment.domains.goals',
  'plan.goals.description',
  'plan.actions.description',
  'plan.reviews.notes',
  'referral.reason',
  'referral2.reason',
  'referral3.reason',
  'referral4.reason',
  'referral5.reason',
  'referral2.consentOverride.reason',
  'referral2.cancellationReason',
  'referral3.revocationReason',
  'referral4.rejectionReason',
  'referral5.outcome.summary',
  'followUp.notes',
  'serviceDelivery.notes',
] as const;

/** The ids of the marked records, and the credentials that wrote them. */
export interface MarkedRecords {
  /** Referred to the training institution with a sharing consent (R1, R3) and shared with the second NGO (R4, R5). */
  participant: string;
  /** Referred to the training institution without consent, under a staff user's override (R2). */
  participant2: string;
  sharingConsent: string;
  overrideConsent: string;
  assessment: string;
  plan: string;
  /** R1 → training institution; the test moves it through accept, start and complete. */
  referral: string;
  /** R2 → training institution, sent under an override; the test cancels it. */
  referral2: string;
  /** R3 → training institution; the test revokes it. */
  referral3: string;
  /** R4 → second NGO, rejected by it with a reason. */
  referral4: string;
  /** R5 → second NGO, completed by it with an outcome summary. */
  referral5: string;
  /** The NGO's staff user with `consent.override`, named with {@link STAFF_MARK}. */
  staffUser: string;
  /** A staff token of that user. */
  staffToken: string;
  /** A follow-up of the participant: the registering NGO's alone. */
  followUp: string;
  /** A service delivery to the participant: the registering NGO's alone. */
  serviceDelivery: string;
}

async function ok(
  res: Promise<{ status: number; body: Json; text: string }>,
  status: number,
  what: string,
): Promise<Json> {
  const r = await res;
  expect(r.status, `${what}: ${r.text}`).toBe(status);
  return r.body;
}

/** Issues a staff token for `userId` with the organisation's secret key. */
export async function staffToken(t: TestRegistry, secretKey: string, userId: string): Promise<string> {
  const issued = await ok(t.call(secretKey, 'POST', '/v1/tokens', { json: { userId } }), 201, 'token');
  return issued.token;
}

/** Stores the marked records; R1, R2 and R3 are left `sent` to the training institution. */
export async function createMarkedRecords(t: TestRegistry): Promise<MarkedRecords> {
  const ngo = t.org('ngo');
  const ngo2 = t.org('ngo2');
  const ti = t.org('training_institution');
  const key = ngo.secretKey;
  const post = (credential: string, path: string, json: unknown, status = 201) =>
    ok(t.call(credential, 'POST', path, { json }), status, `POST ${path}`);

  const user = await post(key, '/v1/users', {
    displayName: `${STAFF_MARK} Counsellor`,
    permissions: ['consent.override'],
  });
  const token = await staffToken(t, key, user.id);
  const participant = await post(
    key,
    '/v1/participants',
    participantBody({
      category: 'survivor',
      traffickingStatus: 'actual_victim',
      notes: `${mark('participant.notes')} lives near the temple`,
      exploitationHistory: {
        types: ['forced_labour'],
        methodsOfControl: [],
        recruitmentMethods: [],
        countriesOfExploitation: ['IN'],
      },
    }),
  );
  const participant2 = await post(
    token,
    '/v1/participants',
    participantBody({ notes: mark('participant2.notes') }),
  );
  const p = participant.id;
  const sharingConsent = await post(
    key,
    '/v1/consents',
    consentBody(p, 'sharing', { recipientOrganizationId: ti.id }),
  );
  await post(key, '/v1/consents', consentBody(p, 'sharing', { recipientOrganizationId: ngo2.id }));
  // Incomplete checks, overridden in the staff user's own name with a reason: only their token may.
  const overrideConsent = await post(
    token,
    '/v1/consents',
    consentBody(p, 'research', {
      checks: { ...COMPLETE_CONSENT_CHECKS, researchUseExplained: false },
      override: {
        userId: user.id,
        reason: mark('consent.override.reason'),
        at: new Date(Date.now() - 60_000).toISOString(),
      },
    }),
  );
  const assessment = await post(key, '/v1/needs-assessments', {
    participantId: p,
    assessedOn: '2026-11-01',
    notes: mark('assessment.notes'),
    domains: [
      {
        domain: 'housing',
        needLevel: 'high',
        strengths: mark('assessment.domains.strengths'),
        goals: mark('assessment.domains.goals'),
      },
      { domain: 'education_and_skills', needLevel: 'moderate', goals: mark('assessment.domains.goals') },
    ],
  });
  const plan = await post(key, '/v1/livelihood-plans', {
    participantId: p,
    needsAssessmentId: assessment.id,
    goals: [{ key: 'g1', area: 'livelihood', description: mark('plan.goals.description'), status: 'open' }],
    actions: [
      {
        goalKey: 'g1',
        description: mark('plan.actions.description'),
        serviceType: 'vocational_training',
        responsibleOrganizationId: ti.id,
        status: 'planned',
      },
    ],
    participantAgreement: { agreedAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal' },
    reviews: [{ reviewedOn: '2026-11-02', progress: 'on_track', notes: mark('plan.reviews.notes') }],
  });
  const refer = (participantId: string, to: string, field: string, links: Record<string, string> = {}) =>
    post(key, '/v1/referrals', {
      participantId,
      toOrganizationId: to,
      serviceType: 'vocational_training',
      reason: mark(`${field}.reason`),
      ...links,
    });
  const send = (credential: string, id: string, json: unknown = {}) =>
    post(credential, `/v1/referrals/${id}/send`, json, 200);

  const r1 = await refer(p, ti.id, 'referral', {
    needsAssessmentId: assessment.id,
    livelihoodPlanId: plan.id,
  });
  await send(key, r1.id);
  const r2 = await refer(participant2.id, ti.id, 'referral2');
  const sent2 = await send(token, r2.id, { override: { reason: mark('referral2.consentOverride.reason') } });
  expect(sent2.consentOverride.userId).toBe(user.id);
  const r3 = await refer(p, ti.id, 'referral3');
  await send(key, r3.id);
  // The receiver's own texts, written by a receiving NGO: the training institution never reads these.
  const r4 = await refer(p, ngo2.id, 'referral4', { needsAssessmentId: assessment.id });
  await send(key, r4.id);
  await post(
    ngo2.secretKey,
    `/v1/referrals/${r4.id}/reject`,
    { reason: mark('referral4.rejectionReason') },
    200,
  );
  const r5 = await refer(p, ngo2.id, 'referral5', { livelihoodPlanId: plan.id });
  await send(key, r5.id);
  await post(ngo2.secretKey, `/v1/referrals/${r5.id}/accept`, {}, 200);
  await post(
    ngo2.secretKey,
    `/v1/referrals/${r5.id}/complete`,
    { outcome: { result: 'service_delivered', summary: mark('referral5.outcome.summary') } },
    200,
  );
  // Care records: no one but the registering NGO reads them, not even the NGOs a referral shares with.
  const followUp = await post(key, '/v1/follow-ups', {
    participantId: p,
    date: '2026-11-20',
    monthlyIncomeNpr: 12_000,
    livingIndependently: true,
    reintegratedWithFamily: false,
    supportingFamily: true,
    inShelter: false,
    notes: mark('followUp.notes'),
  });
  const serviceDelivery = await post(key, '/v1/service-deliveries', {
    participantId: p,
    serviceType: 'counselling',
    deliveredOn: '2026-11-20',
    notes: mark('serviceDelivery.notes'),
  });
  return {
    participant: p,
    participant2: participant2.id,
    sharingConsent: sharingConsent.id,
    overrideConsent: overrideConsent.id,
    assessment: assessment.id,
    plan: plan.id,
    referral: r1.id,
    referral2: r2.id,
    referral3: r3.id,
    referral4: r4.id,
    referral5: r5.id,
    staffUser: user.id,
    staffToken: token,
    followUp: followUp.id,
    serviceDelivery: serviceDelivery.id,
  };
}
