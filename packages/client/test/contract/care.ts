/**
 * Contract scenarios for follow-ups, service deliveries and support requests: every operation against the
 * real registry, and one support-request scenario against the registry and the msw handlers, which must
 * answer it with the same status codes and problem codes.
 */
import { SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import {
  type BodyOf,
  ConflictError,
  createClient,
  type NayaBatoClient,
  PermissionError,
} from '../../src/index.js';
import { createRegistryHandlers } from '../../src/msw/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { participantInput, yesterday } from './inputs.fixture.js';
import { type Outcome, outcome } from './outcome.fixture.js';
import { org, secretClient } from './setup.fixture.js';

const followUpInput = (participantId: string): BodyOf<'createFollowUp'> => ({
  participantId,
  date: yesterday().slice(0, 10),
  monthlyIncomeNpr: 16_000,
  livingIndependently: true,
  reintegratedWithFamily: true,
  supportingFamily: false,
  inShelter: false,
  socialScore: 4,
});
const deliveryInput = (participantId: string): BodyOf<'createServiceDelivery'> => ({
  participantId,
  serviceType: 'legal_aid',
  deliveredOn: yesterday().slice(0, 10),
  durationMinutes: 30,
});
const requestInput = (toOrganizationId: string, participantId?: string): BodyOf<'createSupportRequest'> => ({
  toOrganizationId,
  kind: 'legal_aid',
  district: 'Kathmandu',
  description: 'Legal aid for an unpaid wage claim',
  ...(participantId ? { participantId } : {}),
});

/** The parties of the support-request scenario. */
interface Parties {
  readonly ngo: NayaBatoClient;
  readonly desk: NayaBatoClient;
  readonly training: NayaBatoClient;
  readonly deskId: string;
  readonly trainingId: string;
}

async function scenario({
  ngo,
  desk,
  training,
  deskId,
  trainingId,
}: Parties): Promise<Record<string, Outcome>> {
  const out: Record<string, Outcome> = {};
  let participantId = '';
  out['create participant'] = await outcome(ngo, async () => {
    participantId = (await ngo.participants.create(SYNTHETIC_PARTICIPANT_INPUT)).id;
  });
  out['record a follow-up'] = await outcome(ngo, () => ngo.followUps.create(followUpInput(participantId)));
  out['trainer records a follow-up'] = await outcome(training, () =>
    training.followUps.create(followUpInput(participantId)),
  );
  out['desk lists deliveries'] = await outcome(desk, () =>
    desk.serviceDeliveries.list().toArray({ limit: 100 }),
  );
  out['to a training institution'] = await outcome(ngo, () =>
    ngo.supportRequests.create(requestInput(trainingId, participantId)),
  );
  let id = '';
  out.raise = await outcome(ngo, async () => {
    id = (await ngo.supportRequests.create(requestInput(deskId, participantId))).id;
  });
  out['trainer reads it'] = await outcome(training, () => training.supportRequests.get(id));
  out['NGO acknowledges'] = await outcome(ngo, () => ngo.supportRequests.acknowledge(id));
  out['fulfil before acknowledging'] = await outcome(desk, () => desk.supportRequests.fulfil(id));
  out['desk withdraws'] = await outcome(desk, () => desk.supportRequests.withdraw(id));
  out.acknowledge = await outcome(desk, () => desk.supportRequests.acknowledge(id, { response: 'Received' }));
  out['decline without an answer'] = await outcome(desk, () =>
    desk.supportRequests.decline(id, { response: ' ' }),
  );
  out.start = await outcome(desk, () => desk.supportRequests.start(id));
  out.fulfil = await outcome(desk, () => desk.supportRequests.fulfil(id, { response: 'Lawyer assigned' }));
  out['withdraw when fulfilled'] = await outcome(ngo, () => ngo.supportRequests.withdraw(id));
  return out;
}

const EXPECTED: Record<string, Outcome> = {
  'create participant': '201',
  'record a follow-up': '201',
  'trainer records a follow-up': '403 forbidden',
  'desk lists deliveries': '403 forbidden',
  'to a training institution': '422 validation-failed',
  raise: '201',
  'trainer reads it': '404 not-found',
  'NGO acknowledges': '403 forbidden',
  'fulfil before acknowledging': '409 invalid-transition',
  'desk withdraws': '403 forbidden',
  acknowledge: '200',
  'decline without an answer': '422 validation-failed',
  start: '200',
  fulfil: '200',
  'withdraw when fulfilled': '409 invalid-transition',
};

function mockParties(): Parties {
  const baseUrl = 'http://registry.test';
  const ids = { ngo: 'org_mockngo00001', desk: 'org_mockdesk00001', training: 'org_mocktraining1' };
  const organization = (id: string, role: string) =>
    ({ id, role, name: `Mock ${role}`, districtsServed: ['Kathmandu'], servicesOffered: [] }) as never;
  const mock = createRegistryHandlers({
    baseUrl,
    organizationId: ids.ngo,
    callers: { sk_test_ngo: ids.ngo, sk_test_desk: ids.desk, sk_test_training: ids.training },
    data: {
      organizations: [
        organization(ids.ngo, 'ngo'),
        organization(ids.desk, 'government'),
        organization(ids.training, 'training_institution'),
      ],
    },
  });
  const clientFor = (apiKey: string) =>
    createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: false, retry: false });
  return {
    ngo: clientFor('sk_test_ngo'),
    desk: clientFor('sk_test_desk'),
    training: clientFor('sk_test_training'),
    deskId: ids.desk,
    trainingId: ids.training,
  };
}

export function careScenarios(): void {
  describe('follow-ups and service deliveries', () => {
    it('the registering NGO records, reads and lists them, per participant', async () => {
      const ngo = secretClient('ngo2');
      const participant = await ngo.participants.create(participantInput);
      const followUp = await ngo.followUps.create(followUpInput(participant.id));
      expect(followUp.id).toMatch(/^fu_/);
      await expect(ngo.followUps.get(followUp.id)).resolves.toEqual(followUp);
      const followUps = await ngo.followUps.list({ participantId: participant.id }).toArray({ limit: 100 });
      expect(followUps.map((f) => f.id)).toEqual([followUp.id]);
      const delivery = await ngo.serviceDeliveries.create(deliveryInput(participant.id));
      expect(delivery.id).toMatch(/^svc_/);
      await expect(ngo.serviceDeliveries.get(delivery.id)).resolves.toEqual(delivery);
      const deliveries = await ngo.serviceDeliveries
        .list({ participantId: participant.id })
        .toArray({ limit: 100 });
      expect(deliveries.map((d) => d.id)).toEqual([delivery.id]);
      // Another NGO: none of it.
      const other = secretClient('ngo');
      expect(await other.followUps.list({ participantId: participant.id }).toArray({ limit: 100 })).toEqual(
        [],
      );
      await expect(other.serviceDeliveries.get(delivery.id)).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('support requests', () => {
    it('the NGO raises and withdraws; the desk reads without the participant, answers; the NGO reads the answer', async () => {
      const ngo = secretClient('ngo2');
      const desk = secretClient('government');
      const participant = await ngo.participants.create(participantInput);
      const raised = await ngo.supportRequests.create(requestInput(org('government').id, participant.id));
      expect(raised.status).toBe('submitted');
      const seen = await desk.supportRequests.get(raised.id);
      expect(seen.participantId).toBeUndefined();
      const inbox = await desk.supportRequests.list({ status: 'submitted' }).toArray({ limit: 500 });
      expect(inbox.map((r) => r.id)).toContain(raised.id);
      await desk.supportRequests.acknowledge(raised.id, { response: 'Received' });
      await desk.supportRequests.start(raised.id);
      await desk.supportRequests.fulfil(raised.id, { response: 'Lawyer assigned' });
      const answered = await ngo.supportRequests.get(raised.id);
      expect(answered).toMatchObject({
        status: 'fulfilled',
        response: 'Lawyer assigned',
        participantId: participant.id,
      });
      const mine = await ngo.supportRequests.list({ participantId: participant.id }).toArray({ limit: 100 });
      expect(mine.map((r) => r.id)).toEqual([raised.id]);

      const second = await ngo.supportRequests.create(requestInput(org('government').id));
      const declined = await desk.supportRequests.decline(second.id, { response: 'Outside this district' });
      expect(declined.status).toBe('declined');
      const error = await ngo.supportRequests.withdraw(second.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).code).toBe('invalid-transition');
      const third = await ngo.supportRequests.create(requestInput(org('government').id));
      await expect(desk.supportRequests.withdraw(third.id)).rejects.toBeInstanceOf(PermissionError);
      await expect(ngo.supportRequests.withdraw(third.id)).resolves.toMatchObject({ status: 'withdrawn' });
    });

    it('the msw handlers answer one support-request scenario like the registry', async () => {
      const options = { validate: false, retry: false } as const;
      const registry = await scenario({
        ngo: secretClient('ngo2', options),
        desk: secretClient('government', options),
        training: secretClient('training_institution', options),
        deskId: org('government').id,
        trainingId: org('training_institution').id,
      });
      expect(registry).toEqual(EXPECTED);
      expect(await scenario(mockParties())).toEqual(registry);
    });
  });
}
