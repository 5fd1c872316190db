/**
 * The failure cases of the referral scenario (consent missing, wrong party, invalid transition,
 * validation errors) against the real registry and against `@nayabato/client/testing`: not only the same
 * status and problem code as `msw-parity.ts` checks, but the same problem document: its `type` URI, its
 * members, and for a validation error each field issue's pointer and code.
 */
import { SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createClient, isNayaBatoError, type NayaBatoClient } from '../../src/index.js';
import { createRegistryMock, syntheticRegistryData } from '../../src/kit/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { org, secretClient } from './setup.fixture.js';

/** The parties: the sending NGO, the training institution it refers to, and an NGO not involved. */
interface Parties {
  readonly ngo: NayaBatoClient;
  readonly training: NayaBatoClient;
  readonly otherNgo: NayaBatoClient;
  readonly trainingId: string;
}

/**
 * What a refused step's problem document looks like, without its values that differ by nature (request
 * id, instance, wording): `status type members [pointer:code …]`.
 */
async function shapeOf(step: () => Promise<unknown>): Promise<string> {
  try {
    await step();
    return 'no error';
  } catch (error) {
    if (!isNayaBatoError(error)) throw error;
    const problem = error.problem ?? {};
    const issues = (problem.errors ?? []).map((i) => `${i.pointer}:${i.code}`).sort();
    return [error.status, problem.type, Object.keys(problem).sort().join(','), ...issues].join(' ');
  }
}

/** Runs the failure steps and says what each one's problem document looked like. */
async function failures(p: Parties): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const participant = await p.ngo.participants.create(SYNTHETIC_PARTICIPANT_INPUT);
  const referral = await p.ngo.referrals.create({
    participantId: participant.id,
    toOrganizationId: p.trainingId,
    serviceType: 'vocational_training',
    reason: 'Tailoring course',
  });
  out['consent missing'] = await shapeOf(() => p.ngo.referrals.send(referral.id));
  out['wrong party: the receiver creates a referral'] = await shapeOf(() =>
    p.training.referrals.create({
      participantId: participant.id,
      toOrganizationId: p.trainingId,
      serviceType: 'vocational_training',
      reason: 'Tailoring course',
    }),
  );
  out['wrong party: an NGO not involved reads it'] = await shapeOf(() =>
    p.otherNgo.referrals.get(referral.id),
  );
  out['invalid transition: start a draft'] = await shapeOf(() => p.ngo.referrals.start(referral.id));
  out['validation: a participant with a bad enum'] = await shapeOf(() => {
    return p.ngo.participants.create({ ...SYNTHETIC_PARTICIPANT_INPUT, gender: 'unknown' } as never);
  });
  out['validation: a referral to no organisation'] = await shapeOf(() =>
    p.ngo.referrals.create({ participantId: participant.id, serviceType: 'shelter' } as never),
  );
  return out;
}

/** The same parties in the kit, over its default synthetic data set (its demo credentials, and one more NGO). */
function kitParties(): Parties {
  const baseUrl = 'http://registry.test';
  const data = syntheticRegistryData();
  const otherNgo = (data.organizations ?? []).filter((o) => o.role === 'ngo')[1]!;
  const mock = createRegistryMock({ baseUrl, data, callers: { sk_test_other_ngo: otherNgo.id } });
  const { credentials, organizations } = mock.demo;
  const clientFor = (apiKey: string) =>
    createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: false, retry: false });
  return {
    ngo: clientFor(credentials.ngo!),
    training: clientFor(credentials.training_institution!),
    otherNgo: clientFor('sk_test_other_ngo'),
    trainingId: organizations.training_institution!,
  };
}

const MEMBERS = 'detail,errors,instance,requestId,status,title,type';
const PROBLEM = 'urn:nayabato:problem:';

/** What the registry answers (the kit must answer the same). */
const EXPECTED: Record<string, string> = {
  'consent missing': `409 ${PROBLEM}consent-required ${MEMBERS} :consent_required`,
  'wrong party: the receiver creates a referral': `403 ${PROBLEM}forbidden ${MEMBERS}`,
  'wrong party: an NGO not involved reads it': `404 ${PROBLEM}not-found ${MEMBERS}`,
  'invalid transition: start a draft': `409 ${PROBLEM}invalid-transition ${MEMBERS} :illegal_transition`,
  'validation: a participant with a bad enum': `422 ${PROBLEM}validation-failed ${MEMBERS} /gender:invalid_value`,
  'validation: a referral to no organisation': `422 ${PROBLEM}validation-failed ${MEMBERS} /reason:required /toOrganizationId:required`,
};

/** Registers the failure-case parity scenario (run by `contract.test.ts` with the registry started). */
export function mswFailureParityScenarios(): void {
  describe('@nayabato/client/testing against the registry: failure cases', () => {
    it('answer consent missing, wrong party, invalid transition and validation errors with the same problem documents', async () => {
      const options = { validate: false, retry: false } as const;
      const registry = await failures({
        ngo: secretClient('ngo2', options),
        training: secretClient('training_institution', options),
        otherNgo: secretClient('ngo', options),
        trainingId: org('training_institution').id,
      });
      expect(registry).toEqual(EXPECTED);
      expect(await failures(kitParties())).toEqual(registry);
    });
  });
}
