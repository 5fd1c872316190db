/**
 * Helpers of the training and enterprise suites: a participant referred to the training institution,
 * and valid bodies of a programme, an enrolment and an enterprise. Synthetic data only.
 */
import { expect } from 'vitest';
import { consentBody, type Json, participantBody, type TestRegistry } from '../registry.fixture.js';

/** The roles the suites scan, by the harness's names. */
export const ROLES = [
  'ngo',
  'ngo2',
  'training_institution',
  'corporate',
  'government',
  'coordinator',
] as const;

/** Asserts `status` and returns the body. */
export async function ok(
  res: Promise<{ status: number; body: Json; text: string }>,
  status: number,
  what = '',
): Promise<Json> {
  const r = await res;
  expect(r.status, `${what} ${r.text}`).toBe(status);
  return r.body;
}

/** A valid programme body run by `providerId`. */
export function programmeBody(providerId: string, over: Record<string, unknown> = {}) {
  return {
    title: 'Tailoring, level 1',
    trade: 'tailoring',
    description: 'Three months of cutting and stitching',
    providerOrganizationId: providerId,
    district: 'Kaski',
    startDate: '2026-12-15',
    endDate: '2027-03-15',
    totalHours: 390,
    capacity: 20,
    certificationOffered: true,
    certifyingBody: 'National skill-testing board',
    funders: [{ name: 'Example CSR Fund' }],
    status: 'open',
    published: true,
    ...over,
  };
}

/** A valid enrolment body. */
export function enrolmentBody(
  ids: { programme: string; participant: string; referral: string },
  over: Record<string, unknown> = {},
) {
  return {
    programmeId: ids.programme,
    participantId: ids.participant,
    referralId: ids.referral,
    enrolledOn: '2026-12-15',
    status: 'enrolled',
    attendance: { hoursAttended: 0, sessionsAttended: 0 },
    certification: { status: 'pending' },
    ...over,
  };
}

/** A valid enterprise body of `participantId`, linked to buyer `buyerId` when given. */
export function enterpriseBody(participantId: string, buyerId?: string, over: Record<string, unknown> = {}) {
  return {
    participantId,
    trade: 'tailoring',
    district: 'Kaski',
    startDate: '2026-10-01',
    status: 'operating',
    seedSupport: {
      grantNpr: 25000,
      inKind: [{ item: 'Sewing machine', quantity: 1, valueNpr: 18000 }],
      providedOn: '2026-10-01',
    },
    marketLinkages: buyerId ? [{ buyerOrganizationId: buyerId, since: '2026-11-01', product: 'Kurta' }] : [],
    monthlyRecords: [{ month: '2026-10', revenueNpr: 12000, profitNpr: 3000 }],
    ...over,
  };
}

/** A new participant of the NGO, with a sharing consent naming `to` (the training institution by default). */
export async function consentedParticipant(
  t: TestRegistry,
  to = t.org('training_institution').id,
): Promise<{ participant: string; consent: string }> {
  const key = t.org('ngo').secretKey;
  const participant = (await ok(t.call(key, 'POST', '/v1/participants', { json: participantBody() }), 201))
    .id;
  const consent = (
    await ok(
      t.call(key, 'POST', '/v1/consents', {
        json: consentBody(participant, 'sharing', { recipientOrganizationId: to }),
      }),
      201,
    )
  ).id;
  return { participant, consent };
}

/**
 * A participant referred by the NGO to the training institution, the referral moved through `steps`
 * (`accept`, `start`, …) after sending; `send: false` leaves it a draft.
 */
export async function referredParticipant(
  t: TestRegistry,
  steps: readonly string[] = ['accept'],
  send = true,
): Promise<{ participant: string; consent: string; referral: string }> {
  const ngo = t.org('ngo');
  const ti = t.org('training_institution');
  const { participant, consent } = await consentedParticipant(t);
  const referral = (
    await ok(
      t.call(ngo.secretKey, 'POST', '/v1/referrals', {
        json: {
          participantId: participant,
          toOrganizationId: ti.id,
          serviceType: 'vocational_training',
          reason: 'Wants to learn tailoring',
        },
      }),
      201,
    )
  ).id;
  if (send) await ok(t.call(ngo.secretKey, 'POST', `/v1/referrals/${referral}/send`, { json: {} }), 200);
  for (const step of steps) {
    const json = step === 'complete' ? { outcome: { result: 'service_delivered' } } : {};
    await ok(t.call(ti.secretKey, 'POST', `/v1/referrals/${referral}/${step}`, { json }), 200, step);
  }
  return { participant, consent, referral };
}

/** The audit rows of one record, oldest first. */
export function auditOf(t: TestRegistry, id: string) {
  return t.registry.db.query<{
    action: string;
    actor_org: string;
    participant_id: string | null;
    purpose: string;
  }>('select action, actor_org, participant_id, purpose from audit_log where resource_id = $1 order by id', [
    id,
  ]);
}
