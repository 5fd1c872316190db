/**
 * One referral scenario (with the follow-ups a consent scope shares) against the real registry and against
 * the client's msw handlers: the same steps
 * must get the same status codes and problem codes from both, so that integrators' msw tests hold
 * against the registry.
 */
import { SYNTHETIC_PARTICIPANT_INPUT, syntheticSharingConsent } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createClient, isNayaBatoError, type NayaBatoClient } from '../../src/index.js';
import { createRegistryHandlers } from '../../src/kit/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { clientFor, org, secretClient } from './setup.fixture.js';

/** The organisations of the scenario: an NGO that refers, the training institution, another NGO. */
interface Parties {
  readonly ngo: NayaBatoClient;
  readonly training: NayaBatoClient;
  readonly otherNgo: NayaBatoClient;
  readonly trainingId: string;
  readonly otherNgoId: string;
  /** A staff token of the sending NGO's user who holds `consent.override`. */
  readonly overrider: NayaBatoClient;
  readonly overriderId: string;
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
    // A step may say what it saw (e.g. which fields came back): that must match too.
    const seen = await step();
    return typeof seen === 'string' ? `${status} ${seen}` : `${status}`;
  } catch (error) {
    if (!isNayaBatoError(error)) throw error;
    return `${error.status ?? 0} ${error.code}`;
  } finally {
    stop();
  }
}

/** The scenario; every step's outcome, by name. */
/** The sorted field names of a record, for comparing what each party sees. */
const fields = (record: object) => Object.keys(record).sort().join(',');

async function scenario(parties: Parties): Promise<Record<string, Outcome>> {
  const { ngo, training, otherNgo, trainingId } = parties;
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
  out['another NGO reads the participant'] = await outcome(otherNgo, () =>
    otherNgo.participants.get(participantId),
  );
  Object.assign(out, await overrideAndScope(parties));
  out['another NGO reads a user of the sender'] = await outcome(otherNgo, () =>
    otherNgo.users.get(parties.overriderId),
  );
  return out;
}

/**
 * A referral sent under an override to another NGO: the receiver gets the minimum to act, never the
 * justification or the reason; a sharing consent recorded later adds exactly what its scope names, and
 * its withdrawal takes it away at the next read.
 */
async function overrideAndScope(p: Parties): Promise<Record<string, Outcome>> {
  const { ngo, otherNgo, overrider, otherNgoId } = p;
  const out: Record<string, Outcome> = {};
  const participant = await ngo.participants.create({
    ...SYNTHETIC_PARTICIPANT_INPUT,
    notes: 'Counsellor notes',
  });
  const draft = await ngo.referrals.create({
    participantId: participant.id,
    toOrganizationId: otherNgoId,
    serviceType: 'shelter',
    reason: 'Needs a safe place tonight',
  });
  out['send under an override'] = await outcome(overrider, async () => {
    const sent = await overrider.referrals.send(draft.id, { override: { reason: 'Danger at home' } });
    return `override:${sent.consentOverride?.reason !== undefined}`;
  });
  const receiverSees = async () => {
    const r = await otherNgo.referrals.get(draft.id);
    return `reason:${r.reason !== undefined} override:${r.consentOverride !== undefined}`;
  };
  const participantSees = async () => fields(await otherNgo.participants.get(participant.id));
  out['receiver reads the override referral'] = await outcome(otherNgo, receiverSees);
  out['receiver reads the participant under the override'] = await outcome(otherNgo, participantSees);
  let consentId = '';
  out['record a consent sharing the notes'] = await outcome(ngo, async () => {
    const c = await ngo.consents.create(
      syntheticSharingConsent(participant.id, otherNgoId, Date.now(), ['notes']),
    );
    consentId = c.id;
    return (c.scope ?? []).join(',');
  });
  out['receiver reads the participant with notes'] = await outcome(otherNgo, participantSees);
  out['receiver reads the override referral after consent'] = await outcome(otherNgo, receiverSees);
  out['withdraw the consent'] = await outcome(ngo, () => ngo.consents.withdraw(consentId));
  out['receiver reads the participant after withdrawal'] = await outcome(otherNgo, participantSees);
  // Follow-ups reach the receiver through `follow_ups`, their notes through `notes` too.
  let followUpId = '';
  out['record a follow-up'] = await outcome(ngo, async () => {
    followUpId = (
      await ngo.followUps.create({
        participantId: participant.id,
        date: '2026-11-20',
        monthlyIncomeNpr: 11_000,
        livingIndependently: false,
        reintegratedWithFamily: true,
        supportingFamily: true,
        inShelter: false,
        notes: 'Counsellor note',
      })
    ).id;
  });
  const followUpSeen = async () => fields(await otherNgo.followUps.get(followUpId));
  out['receiver reads the follow-up without follow_ups'] = await outcome(otherNgo, followUpSeen);
  const shared: string[] = [];
  for (const scope of [['follow_ups'], ['notes']] as const) {
    out[`record a consent sharing ${scope[0]}`] = await outcome(ngo, async () => {
      shared.push(
        (await ngo.consents.create(syntheticSharingConsent(participant.id, otherNgoId, Date.now(), scope)))
          .id,
      );
    });
    out[`receiver reads the follow-up with ${scope[0]}`] = await outcome(otherNgo, followUpSeen);
  }
  for (const id of shared) await ngo.consents.withdraw(id);
  out['receiver reads the follow-up after withdrawal'] = await outcome(otherNgo, followUpSeen);
  const { scope: _scope, ...unscoped } = syntheticSharingConsent(participant.id, otherNgoId);
  out['record a sharing consent without a scope'] = await outcome(ngo, () =>
    ngo.consents.create(unscoped as never),
  );
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
  'another NGO reads the participant': '404 not-found',
  'send under an override': '200 override:true',
  'receiver reads the override referral': '200 reason:false override:false',
  'receiver reads the participant under the override':
    '200 ageBand,currentDistrict,gender,id,languages,organizationId',
  'record a consent sharing the notes': '201 notes',
  'receiver reads the participant with notes':
    '200 ageBand,currentDistrict,gender,id,languages,notes,organizationId',
  'receiver reads the override referral after consent': '200 reason:false override:false',
  'withdraw the consent': '200',
  'receiver reads the participant after withdrawal':
    '200 ageBand,currentDistrict,gender,id,languages,organizationId',
  'record a follow-up': '201',
  'receiver reads the follow-up without follow_ups': '404 not-found',
  'record a consent sharing follow_ups': '201',
  'receiver reads the follow-up with follow_ups':
    '200 createdAt,date,id,inShelter,livingIndependently,monthlyIncomeNpr,organizationId,participantId,reintegratedWithFamily,supportingFamily,updatedAt',
  'record a consent sharing notes': '201',
  'receiver reads the follow-up with notes':
    '200 createdAt,date,id,inShelter,livingIndependently,monthlyIncomeNpr,notes,organizationId,participantId,reintegratedWithFamily,supportingFamily,updatedAt',
  'receiver reads the follow-up after withdrawal': '404 not-found',
  'record a sharing consent without a scope': '422 validation-failed',
  'another NGO reads a user of the sender': '404 not-found',
};

/** The same parties in the msw mock: three credentials, three seeded organisations. */
function mockParties(): Parties {
  const baseUrl = 'http://registry.test';
  const ids = { ngo: 'org_mockngo00001', training: 'org_mocktraining1', otherNgo: 'org_mockngo00002' };
  const staff = {
    id: 'usr_mockstaff001',
    organizationId: ids.ngo,
    displayName: 'Mock supervisor',
    permissions: ['consent.override' as const],
    disabled: false,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
  const organization = (id: string, role: string) =>
    ({ id, role, name: `Mock ${role}`, districtsServed: ['Kathmandu'], servicesOffered: [] }) as never;
  const mock = createRegistryHandlers({
    baseUrl,
    organizationId: ids.ngo,
    callers: {
      sk_test_ngo: ids.ngo,
      sk_test_training: ids.training,
      sk_test_other: ids.otherNgo,
      st_test_staff: { organizationId: ids.ngo, userId: staff.id, permissions: ['consent.override'] },
    },
    data: {
      organizations: [
        organization(ids.ngo, 'ngo'),
        organization(ids.training, 'training_institution'),
        organization(ids.otherNgo, 'ngo'),
      ],
      users: [staff],
    },
  });
  const clientFor = (apiKey: string) =>
    createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: false, retry: false });
  return {
    ngo: clientFor('sk_test_ngo'),
    training: clientFor('sk_test_training'),
    otherNgo: clientFor('sk_test_other'),
    trainingId: ids.training,
    otherNgoId: ids.otherNgo,
    overrider: clientFor('st_test_staff'),
    overriderId: staff.id,
  };
}

export function mswParityScenarios(): void {
  describe('the msw handlers against the registry', () => {
    it('answer one referral scenario with the same status codes and problem codes', async () => {
      const options = { validate: false, retry: false } as const;
      const sender = secretClient('ngo2', options);
      const supervisor = org('ngo2').users.find((u) => u.permissions.includes('consent.override'))!;
      const { token } = await sender.tokens.create({ userId: supervisor.id, ttlSeconds: 600 });
      const registry = await scenario({
        ngo: sender,
        training: secretClient('training_institution', options),
        otherNgo: secretClient('ngo', options),
        trainingId: org('training_institution').id,
        otherNgoId: org('ngo').id,
        overrider: clientFor({ getToken: async () => token }, options),
        overriderId: supervisor.id,
      });
      expect(registry).toEqual(EXPECTED);
      expect(await scenario(mockParties())).toEqual(registry);
    });
  });
}
