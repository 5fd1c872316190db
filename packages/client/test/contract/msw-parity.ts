/**
 * One referral scenario against the real registry and against the client's msw handlers: the same steps
 * must get the same status codes and problem codes from both, so that integrators' msw tests hold
 * against the registry.
 */
import { SYNTHETIC_PARTICIPANT_INPUT, syntheticSharingConsent } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createClient, isNayaBatoError, type NayaBatoClient } from '../../src/index.js';
import { createRegistryHandlers } from '../../src/msw/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { org, secretClient } from './setup.fixture.js';

/** The organisations of the scenario: an NGO that refers, the training institution, another NGO. */
interface Parties {
  readonly ngo: NayaBatoClient;
  readonly training: NayaBatoClient;
  readonly otherNgo: NayaBatoClient;
  readonly trainingId: string;
}

/** What one step got: the HTTP status, and the problem code when refused. */
type Outcome = `${number}` | `${number} ${string}`;

/** Runs one step, and says what the registry (or the mock) answered. */
async function outcome(client: NayaBatoClient, step: () => Promise<unknown>): Promise<Outcome> {
  let status = 0;
  const stop = client.on('response', (e) => {
    status = e.status;
  });
  try {
    await step();
    return `${status}`;
  } catch (error) {
    if (!isNayaBatoError(error)) throw error;
    return `${error.status ?? 0} ${error.code}`;
  } finally {
    stop();
  }
}

/** The scenario; every step's outcome, by name. */
async function scenario({ ngo, training, otherNgo, trainingId }: Parties): Promise<Record<string, Outcome>> {
  const out: Record<string, Outcome> = {};
  let participantId = '';
  out['create participant'] = await outcome(ngo, async () => {
    participantId = (await ngo.participants.create(SYNTHETIC_PARTICIPANT_INPUT)).id;
  });
  const referral = {
    participantId,
    toOrganizationId: trainingId,
    serviceType: 'vocational_training',
    reason: 'Tailoring course',
  } as const;
  let id = '';
  out['create draft'] = await outcome(ngo, async () => {
    id = (await ngo.referrals.create(referral)).id;
  });
  out['training creates a referral'] = await outcome(training, () => training.referrals.create(referral));
  out['receiver reads the draft'] = await outcome(training, () => training.referrals.get(id));
  out['send without consent'] = await outcome(ngo, () => ngo.referrals.send(id));
  out['send with an override from an API key'] = await outcome(ngo, () =>
    ngo.referrals.send(id, { override: { reason: 'Urgent shelter need' } }),
  );
  out['record the sharing consent'] = await outcome(ngo, () =>
    ngo.consents.create(syntheticSharingConsent(participantId, trainingId)),
  );
  out.send = await outcome(ngo, () => ngo.referrals.send(id));
  out['send again'] = await outcome(ngo, () => ngo.referrals.send(id));
  out['sender accepts'] = await outcome(ngo, () => ngo.referrals.accept(id));
  out['another NGO accepts'] = await outcome(otherNgo, () => otherNgo.referrals.accept(id));
  out['another NGO reads it'] = await outcome(otherNgo, () => otherNgo.referrals.get(id));
  out['reject without a reason'] = await outcome(training, () => training.referrals.reject(id, {} as never));
  out['start before accepting'] = await outcome(training, () => training.referrals.start(id));
  out.accept = await outcome(training, () => training.referrals.accept(id));
  out.start = await outcome(training, () => training.referrals.start(id));
  out['complete without an outcome'] = await outcome(training, () =>
    training.referrals.complete(id, {} as never),
  );
  out.complete = await outcome(training, () =>
    training.referrals.complete(id, { outcome: { result: 'service_delivered' } }),
  );
  out['cancel when completed'] = await outcome(ngo, () => ngo.referrals.cancel(id));
  return out;
}

/** What the registry answers (the msw handlers must answer the same). */
const EXPECTED: Record<string, Outcome> = {
  'create participant': '201',
  'create draft': '201',
  'training creates a referral': '403 forbidden',
  'receiver reads the draft': '404 not-found',
  'send without consent': '409 consent-required',
  'send with an override from an API key': '403 forbidden',
  'record the sharing consent': '201',
  send: '200',
  'send again': '409 invalid-transition',
  'sender accepts': '403 forbidden',
  'another NGO accepts': '404 not-found',
  'another NGO reads it': '404 not-found',
  'reject without a reason': '422 validation-failed',
  'start before accepting': '409 invalid-transition',
  accept: '200',
  start: '200',
  'complete without an outcome': '422 validation-failed',
  complete: '200',
  'cancel when completed': '409 invalid-transition',
};

/** The same parties in the msw mock: three credentials, three seeded organisations. */
function mockParties(): Parties {
  const baseUrl = 'http://registry.test';
  const ids = { ngo: 'org_mockngo00001', training: 'org_mocktraining1', otherNgo: 'org_mockngo00002' };
  const organization = (id: string, role: string) =>
    ({ id, role, name: `Mock ${role}`, districtsServed: ['Kathmandu'], servicesOffered: [] }) as never;
  const mock = createRegistryHandlers({
    baseUrl,
    organizationId: ids.ngo,
    callers: { sk_test_ngo: ids.ngo, sk_test_training: ids.training, sk_test_other: ids.otherNgo },
    data: {
      organizations: [
        organization(ids.ngo, 'ngo'),
        organization(ids.training, 'training_institution'),
        organization(ids.otherNgo, 'ngo'),
      ],
    },
  });
  const clientFor = (apiKey: string) =>
    createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: false, retry: false });
  return {
    ngo: clientFor('sk_test_ngo'),
    training: clientFor('sk_test_training'),
    otherNgo: clientFor('sk_test_other'),
    trainingId: ids.training,
  };
}

export function mswParityScenarios(): void {
  describe('the msw handlers against the registry', () => {
    it('answer one referral scenario with the same status codes and problem codes', async () => {
      const options = { validate: false, retry: false } as const;
      const registry = await scenario({
        ngo: secretClient('ngo2', options),
        training: secretClient('training_institution', options),
        otherNgo: secretClient('ngo', options),
        trainingId: org('training_institution').id,
      });
      expect(registry).toEqual(EXPECTED);
      expect(await scenario(mockParties())).toEqual(registry);
    });
  });
}
