import { SYNTHETIC_PARTICIPANT_INPUT, syntheticSharingConsent } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { createRegistryHandlers } from './index.js';
import { mswFetch } from './msw-fetch.fixture.js';

// The registry's rules for care records and support requests in the mock, beyond the scenario the
// contract suite compares with the registry: what the desk sees, owner-only service deliveries, and
// follow-ups shared with the receiving NGO by consent scope.

const baseUrl = 'http://care.test';
const ngo = 'org_mockngo00001';
const ngo2 = 'org_mockngo00002';
const desk = 'org_mockdesk00001';
const desk2 = 'org_mockdesk00002';

function setup() {
  const organization = (id: string, role: string) =>
    ({ id, role, name: `Mock ${role}`, districtsServed: ['Kathmandu'], servicesOffered: [] }) as never;
  const mock = createRegistryHandlers({
    baseUrl,
    organizationId: ngo,
    callers: { sk_ngo: ngo, sk_ngo2: ngo2, sk_desk: desk, sk_desk2: desk2 },
    data: {
      organizations: [
        organization(ngo, 'ngo'),
        organization(ngo2, 'ngo'),
        organization(desk, 'government'),
        organization(desk2, 'government'),
      ],
    },
  });
  const as = (apiKey: string) =>
    createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: false, retry: false });
  return { mock, as };
}

describe('the msw care rules', () => {
  it('the desk never gets the participant id; another desk sees nothing; the NGO reads the answer', async () => {
    const { mock, as } = setup();
    const p = await as('sk_ngo').participants.create(SYNTHETIC_PARTICIPANT_INPUT);
    const raised = await as('sk_ngo').supportRequests.create({
      toOrganizationId: desk,
      kind: 'legal_aid',
      participantId: p.id,
      description: 'Legal aid',
    });
    const seen = await as('sk_desk').supportRequests.get(raised.id);
    expect(seen.participantId).toBeUndefined();
    const listed = await as('sk_desk').supportRequests.list().toArray({ limit: 10 });
    expect(listed.map((r) => r.participantId)).toEqual([undefined]);
    expect(await as('sk_desk').supportRequests.list({ participantId: p.id }).toArray({ limit: 10 })).toEqual(
      [],
    );
    await expect(as('sk_desk2').supportRequests.get(raised.id)).rejects.toMatchObject({ status: 404 });
    const answered = await as('sk_desk').supportRequests.decline(raised.id, { response: 'Not this desk' });
    expect(answered.participantId).toBeUndefined();
    expect(await as('sk_ngo').supportRequests.get(raised.id)).toMatchObject({
      status: 'declined',
      response: 'Not this desk',
      participantId: p.id,
    });
    expect(mock.store.supportRequests.get(raised.id)?.participantId).toBe(p.id);
  });

  it('care records are the registering NGO’s alone', async () => {
    const { as } = setup();
    const p = await as('sk_ngo').participants.create(SYNTHETIC_PARTICIPANT_INPUT);
    const delivery = await as('sk_ngo').serviceDeliveries.create({
      participantId: p.id,
      serviceType: 'counselling',
      deliveredOn: '2026-11-20',
    });
    await expect(as('sk_ngo2').serviceDeliveries.get(delivery.id)).rejects.toMatchObject({ status: 404 });
    expect(await as('sk_ngo2').serviceDeliveries.list().toArray({ limit: 10 })).toEqual([]);
    await expect(
      as('sk_ngo2').followUps.create({
        participantId: p.id,
        date: '2026-11-20',
        monthlyIncomeNpr: 1,
        livingIndependently: false,
        reintegratedWithFamily: false,
        supportingFamily: false,
        inShelter: true,
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(as('sk_desk').followUps.list().toArray({ limit: 10 })).rejects.toMatchObject({
      status: 403,
    });
    expect(await as('sk_ngo').serviceDeliveries.list({ participantId: p.id }).toArray({ limit: 10 })).toEqual(
      [delivery],
    );
  });

  it('follow-ups reach the receiving NGO under `follow_ups`, notes under `notes`, until withdrawal', async () => {
    const { as } = setup();
    const p = await as('sk_ngo').participants.create(SYNTHETIC_PARTICIPANT_INPUT);
    const followUp = await as('sk_ngo').followUps.create({
      participantId: p.id,
      date: '2026-11-20',
      monthlyIncomeNpr: 12_000,
      livingIndependently: true,
      reintegratedWithFamily: true,
      supportingFamily: false,
      inShelter: false,
      notes: 'Counsellor note',
    });
    const delivery = await as('sk_ngo').serviceDeliveries.create({
      participantId: p.id,
      serviceType: 'counselling',
      deliveredOn: '2026-11-20',
    });
    const sharing = await as('sk_ngo').consents.create(
      syntheticSharingConsent(p.id, ngo2, Date.now(), ['profile', 'follow_ups']),
    );
    // A consent alone shares nothing: the referral must be active.
    await expect(as('sk_ngo2').followUps.get(followUp.id)).rejects.toMatchObject({ status: 404 });
    const draft = await as('sk_ngo').referrals.create({
      participantId: p.id,
      toOrganizationId: ngo2,
      serviceType: 'counselling',
      reason: 'Support',
    });
    await as('sk_ngo').referrals.send(draft.id);
    const { notes: _notes, ...structured } = followUp;
    expect(await as('sk_ngo2').followUps.get(followUp.id)).toEqual(structured);
    expect(await as('sk_ngo2').followUps.list({ participantId: p.id }).toArray({ limit: 10 })).toEqual([
      structured,
    ]);
    await expect(as('sk_ngo2').serviceDeliveries.get(delivery.id)).rejects.toMatchObject({ status: 404 });
    const notes = await as('sk_ngo').consents.create(
      syntheticSharingConsent(p.id, ngo2, Date.now(), ['notes']),
    );
    expect((await as('sk_ngo2').followUps.get(followUp.id)).notes).toBe('Counsellor note');
    await as('sk_ngo').consents.withdraw(notes.id);
    expect(await as('sk_ngo2').followUps.get(followUp.id)).not.toHaveProperty('notes');
    await as('sk_ngo').consents.withdraw(sharing.id);
    await expect(as('sk_ngo2').followUps.get(followUp.id)).rejects.toMatchObject({ status: 404 });
    expect(await as('sk_ngo2').followUps.list().toArray({ limit: 10 })).toEqual([]);
  });
});
