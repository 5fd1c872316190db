import type { ParticipantInput } from '@nayabato/core';
import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import type { Database } from '../db/database.js';
import type { DemoOrganization } from './demo.js';

const CHECKS = {
  purposeExplained: true,
  useExplained: true,
  researchUseExplained: true,
  accessRightsExplained: true,
  retentionExplained: true,
  withdrawalExplained: true,
};

/** Synthetic participants: enumerations and districts only, no names, no free text about anyone real. */
const PARTICIPANTS: readonly ParticipantInput[] = [
  {
    category: 'survivor',
    traffickingStatus: 'actual_victim',
    gender: 'feminine',
    ageBand: '21-23',
    originDistrict: 'Sindhupalchok',
    currentDistrict: 'Kathmandu',
    citizenshipCertificate: { status: 'in_process', issuingDistrict: 'Sindhupalchok' },
    educationLevel: 'lower_secondary',
    languages: ['ne', 'taj'],
    shelterStatus: 'in_shelter',
  },
  {
    category: 'at_risk',
    gender: 'feminine',
    ageBand: '18-20',
    originDistrict: 'Makwanpur',
    currentDistrict: 'Kathmandu',
    citizenshipCertificate: { status: 'no' },
    educationLevel: 'primary',
    languages: ['ne'],
  },
  {
    category: 'survivor',
    traffickingStatus: 'possible_victim',
    gender: 'masculine',
    ageBand: '24-26',
    originDistrict: 'Nuwakot',
    currentDistrict: 'Nuwakot',
    citizenshipCertificate: { status: 'yes', issuingDistrict: 'Nuwakot' },
    educationLevel: 'upper_secondary',
    languages: ['ne', 'en'],
  },
];

/**
 * Writes the demo records through the API with the demo NGO's secret key: participants, consents, an
 * assessment, a plan, and referrals in several states. Skipped when the NGO already has participants.
 */
export async function seedDemoRecords(
  db: Database,
  app: Hono<AppEnv>,
  organizations: readonly DemoOrganization[],
): Promise<string[]> {
  const ngo = organizations.find((o) => o.id === 'org_demongoshelter');
  const training = organizations.find((o) => o.role === 'training_institution');
  const partner = organizations.find((o) => o.id === 'org_demongoreturn');
  if (!ngo || !training || !partner) return [];
  const existing = await db.query<{ id: string }>(
    'select id from participants where org_id = $1 order by seq',
    [ngo.id],
  );
  if (existing.length > 0) return existing.map((r) => r.id);

  const call = async (key: string, path: string, body: unknown) => {
    const res = await app.request(path, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        'x-purpose': 'demo_seed',
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`Demo seed: POST ${path} answered ${res.status}`);
    return (await res.json()) as { id: string };
  };
  const ids: string[] = [];
  for (const p of PARTICIPANTS) ids.push((await call(ngo.secretKey, '/v1/participants', p)).id);
  const [first, second, third] = ids as [string, string, string];
  const givenAt = new Date(Date.now() - 86_400_000).toISOString();
  for (const id of ids)
    await call(ngo.secretKey, '/v1/consents', {
      participantId: id,
      purpose: 'services',
      givenAt,
      checks: CHECKS,
      method: 'thumbprint',
    });
  await call(ngo.secretKey, '/v1/consents', {
    participantId: first,
    purpose: 'sharing',
    recipientOrganizationId: training.id,
    givenAt,
    checks: CHECKS,
    method: 'written',
  });
  await call(ngo.secretKey, '/v1/consents', {
    participantId: second,
    purpose: 'sharing',
    recipientOrganizationId: partner.id,
    givenAt,
    checks: CHECKS,
    method: 'verbal',
  });
  const assessment = await call(ngo.secretKey, '/v1/needs-assessments', {
    participantId: first,
    assessedOn: givenAt.slice(0, 10),
    domains: [
      { domain: 'livelihood_and_income', needLevel: 'high', goals: 'Learn a trade' },
      { domain: 'psychosocial_wellbeing', needLevel: 'moderate' },
    ],
  });
  await call(ngo.secretKey, '/v1/livelihood-plans', {
    participantId: first,
    needsAssessmentId: assessment.id,
    goals: [{ key: 'g1', area: 'livelihood', description: 'Work as a tailor', status: 'open' }],
    actions: [
      {
        goalKey: 'g1',
        description: 'Tailoring course',
        serviceType: 'vocational_training',
        responsibleOrganizationId: training.id,
        status: 'planned',
      },
    ],
    reviews: [],
  });
  const toTraining = await call(ngo.secretKey, '/v1/referrals', {
    participantId: first,
    toOrganizationId: training.id,
    serviceType: 'vocational_training',
    reason: 'Tailoring course',
    needsAssessmentId: assessment.id,
  });
  await call(ngo.secretKey, `/v1/referrals/${toTraining.id}/send`, {});
  await call(training.secretKey, `/v1/referrals/${toTraining.id}/accept`, {});
  const toPartner = await call(ngo.secretKey, '/v1/referrals', {
    participantId: second,
    toOrganizationId: partner.id,
    serviceType: 'family_reintegration',
    reason: 'Family reintegration support',
  });
  await call(ngo.secretKey, `/v1/referrals/${toPartner.id}/send`, {});
  // A draft without a sharing consent: sending it is refused until consent is recorded.
  await call(ngo.secretKey, '/v1/referrals', {
    participantId: third,
    toOrganizationId: training.id,
    serviceType: 'vocational_training',
    reason: 'Computer course',
  });
  return ids;
}
