import { SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { PermissionError } from '../errors/index.js';
import { createRegistryHandlers } from './index.js';
import { mswFetch } from './msw-fetch.fixture.js';

// The registry's referral rules in the mock, beyond the scenario the contract suite compares with the
// registry: overrides by a staff user, and what a receiving training institution may read.

const baseUrl = 'http://rules.test';
const ngo = 'org_mockngo00001';
const training = 'org_mocktraining1';

function setup() {
  const organization = (id: string, role: string) =>
    ({ id, role, name: `Mock ${role}`, districtsServed: ['Kathmandu'], servicesOffered: [] }) as never;
  const mock = createRegistryHandlers({
    baseUrl,
    organizationId: ngo,
    callers: {
      sk_test_key: ngo,
      sk_test_staff: { organizationId: ngo, userId: 'usr_mockstaff001', permissions: ['consent.override'] },
      sk_test_clerk: { organizationId: ngo, userId: 'usr_mockclerk001', permissions: [] },
      sk_test_training: training,
    },
    data: { organizations: [organization(ngo, 'ngo'), organization(training, 'training_institution')] },
  });
  const as = (apiKey: string) =>
    createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: false, retry: false });
  return { mock, as };
}

describe('the msw referral rules', () => {
  it('send without consent only under an override by a staff user with the permission, and record it', async () => {
    const { mock, as } = setup();
    const p = await as('sk_test_key').participants.create(SYNTHETIC_PARTICIPANT_INPUT);
    const draft = await as('sk_test_key').referrals.create({
      participantId: p.id,
      toOrganizationId: training,
      serviceType: 'vocational_training',
      reason: 'Tailoring course',
    });
    const override = { override: { reason: 'Urgent: the course starts tomorrow' } };
    for (const credential of ['sk_test_key', 'sk_test_clerk']) {
      const refused = await as(credential)
        .referrals.send(draft.id, override)
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(PermissionError);
      expect((refused as PermissionError).problem?.errors?.[0]?.code).toBe('override_user');
    }
    const sent = await as('sk_test_staff').referrals.send(draft.id, override);
    expect(sent.status).toBe('sent');
    expect(mock.store.referrals.get(draft.id)?.consentOverride).toMatchObject({
      userId: 'usr_mockstaff001',
      reason: 'Urgent: the course starts tomorrow',
    });
  });

  it('never shows a receiving training institution the sender’s free text', async () => {
    const { as } = setup();
    const p = await as('sk_test_key').participants.create(SYNTHETIC_PARTICIPANT_INPUT);
    const draft = await as('sk_test_key').referrals.create({
      participantId: p.id,
      toOrganizationId: training,
      serviceType: 'vocational_training',
      reason: 'Tailoring course',
    });
    await as('sk_test_staff').referrals.send(draft.id, { override: { reason: 'Urgent' } });
    const seen = await as('sk_test_training').referrals.get(draft.id);
    expect(seen.status).toBe('sent');
    expect(seen).not.toHaveProperty('reason');
    expect(seen).not.toHaveProperty('consentOverride');
    await expect(as('sk_test_key').referrals.get(draft.id)).resolves.toMatchObject({
      reason: 'Tailoring course',
    });
  });
});
