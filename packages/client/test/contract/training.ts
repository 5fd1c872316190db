/**
 * Contract scenarios of training programmes, enrolments and enterprises: one programme scenario against
 * the real registry (exercising every operation of the three resources, responses validated) and the
 * same scenario against the client's msw handlers, which must answer with the same status and problem
 * codes.
 */
import { SYNTHETIC_PARTICIPANT_INPUT, syntheticSharingConsent } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { type BodyOf, createClient, type NayaBatoClient } from '../../src/index.js';
import { createRegistryHandlers } from '../../src/msw/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { outcome as outcomeOf } from './outcome.fixture.js';
import { org, secretClient } from './setup.fixture.js';

interface Parties {
  readonly ngo: NayaBatoClient;
  readonly training: NayaBatoClient;
  readonly corporate: NayaBatoClient;
  readonly ids: { readonly ngo: string; readonly training: string; readonly corporate: string };
}

/** What a step came to, or what a party saw (this scenario records both). */
type Outcome = string;

/** Outcomes here carry the first field code too: the refusals differ by field. */
const outcome = (client: NayaBatoClient, step: () => Promise<unknown>): Promise<Outcome> =>
  outcomeOf(client, step, { fieldCode: true });

const programmeInput = (provider: string): BodyOf<'createTrainingProgramme'> => ({
  title: 'Tailoring, level 1',
  trade: 'tailoring',
  providerOrganizationId: provider,
  district: 'Kaski',
  startDate: '2026-12-15',
  endDate: '2027-03-15',
  totalHours: 390,
  capacity: 20,
  certificationOffered: true,
  funders: [],
  status: 'open',
  published: true,
});

async function scenario({ ngo, training, corporate, ids }: Parties): Promise<Record<string, Outcome>> {
  const out: Record<string, Outcome> = {};
  const participantId = (await ngo.participants.create(SYNTHETIC_PARTICIPANT_INPUT)).id;
  await ngo.consents.create(syntheticSharingConsent(participantId, ids.training));
  const referralId = (
    await ngo.referrals.create({
      participantId,
      toOrganizationId: ids.training,
      serviceType: 'vocational_training',
      reason: 'Tailoring course',
    })
  ).id;
  await ngo.referrals.send(referralId);

  let programmeId = '';
  out['training records a programme'] = await outcome(training, async () => {
    programmeId = (await training.trainingProgrammes.create(programmeInput(ids.training))).id;
  });
  out['an NGO records a programme'] = await outcome(ngo, () =>
    ngo.trainingProgrammes.create(programmeInput(ids.ngo)),
  );
  out['training records another’s programme'] = await outcome(training, () =>
    training.trainingProgrammes.create(programmeInput(ids.ngo)),
  );
  out['NGO reads the programme'] = await outcome(ngo, () => ngo.trainingProgrammes.get(programmeId));
  out['NGO lists programmes'] = await outcome(ngo, async () => {
    const all = await ngo.trainingProgrammes
      .list({ district: 'Kaski', trade: 'tailoring' })
      .toArray({ limit: 500 });
    if (!all.some((p) => p.id === programmeId)) throw new Error('programme not listed');
  });
  out['training edits it'] = await outcome(training, () =>
    training.trainingProgrammes.update(programmeId, { ...programmeInput(ids.training), status: 'ongoing' }),
  );
  out['NGO edits it'] = await outcome(ngo, () =>
    ngo.trainingProgrammes.update(programmeId, programmeInput(ids.training)),
  );

  const enrolment: BodyOf<'createEnrolment'> = {
    programmeId,
    participantId,
    referralId,
    enrolledOn: '2026-12-15',
    status: 'enrolled',
    attendance: { hoursAttended: 0, sessionsAttended: 0 },
    certification: { status: 'pending' },
  };
  out['enrol before accepting'] = await outcome(training, () => training.enrolments.create(enrolment));
  await training.referrals.accept(referralId);
  out['enrol without a referral'] = await outcome(training, () =>
    training.enrolments.create({ ...enrolment, referralId: undefined as never }),
  );
  out['an NGO enrols'] = await outcome(ngo, () => ngo.enrolments.create(enrolment));
  let enrolmentId = '';
  out.enrol = await outcome(training, async () => {
    enrolmentId = (await training.enrolments.create(enrolment)).id;
  });
  out['record attendance'] = await outcome(training, () =>
    training.enrolments.update(enrolmentId, {
      ...enrolment,
      status: 'attending',
      attendance: { hoursAttended: 40, sessionsAttended: 12 },
    }),
  );
  out['NGO edits the enrolment'] = await outcome(ngo, () => ngo.enrolments.update(enrolmentId, enrolment));
  out['NGO reads the enrolment'] = await outcome(ngo, () => ngo.enrolments.get(enrolmentId));
  out['NGO lists its referral’s enrolments'] = await outcome(ngo, async () => {
    const mine = await ngo.enrolments.list({ referralId }).toArray({ limit: 100 });
    if (mine.map((e) => e.id).join() !== enrolmentId) throw new Error('enrolment not listed');
  });
  out['corporate lists enrolments'] = await outcome(corporate, () =>
    corporate.enrolments.list().toArray({ limit: 100 }),
  );
  out['corporate reads the enrolment'] = await outcome(corporate, () =>
    corporate.enrolments.get(enrolmentId),
  );

  const enterprise: BodyOf<'createEnterprise'> = {
    participantId,
    trade: 'tailoring',
    district: 'Kaski',
    startDate: '2026-10-01',
    status: 'operating',
    marketLinkages: [{ buyerOrganizationId: ids.corporate, since: '2026-11-01' }],
    monthlyRecords: [],
    notes: 'Shop near the bus park',
  };
  let enterpriseId = '';
  out['NGO records an enterprise'] = await outcome(ngo, async () => {
    enterpriseId = (await ngo.enterprises.create(enterprise)).id;
  });
  out['corporate records an enterprise'] = await outcome(corporate, () =>
    corporate.enterprises.create(enterprise),
  );
  out['a linkage to a training institution'] = await outcome(ngo, () =>
    ngo.enterprises.create({
      ...enterprise,
      marketLinkages: [{ buyerOrganizationId: ids.training, since: '2026-11-01' }],
    }),
  );
  out['record a month'] = await outcome(ngo, () =>
    ngo.enterprises.recordMonth(enterpriseId, { month: '2026-11', revenueNpr: 15000, profitNpr: 2000 }),
  );
  out['corporate records a month'] = await outcome(corporate, () =>
    corporate.enterprises.recordMonth(enterpriseId, { month: '2026-11', revenueNpr: 1, profitNpr: 1 }),
  );
  out['buyer reads the enterprise'] = await outcome(corporate, async () => {
    const seen = await corporate.enterprises.get(enterpriseId);
    out['buyer sees'] = Object.keys(seen).sort().join();
  });
  out['buyer lists enterprises'] = await outcome(corporate, async () => {
    const seen = await corporate.enterprises.list().toArray({ limit: 500 });
    out['buyer list fields'] = [...new Set(seen.flatMap((e) => Object.keys(e)))].sort().join();
  });
  out['training lists enterprises'] = await outcome(training, () =>
    training.enterprises.list().toArray({ limit: 100 }),
  );
  out['NGO edits the enterprise'] = await outcome(ngo, () =>
    ngo.enterprises.update(enterpriseId, { ...enterprise, status: 'paused' }),
  );
  out['NGO reads its enterprises'] = await outcome(ngo, async () => {
    const mine = await ngo.enterprises.list({ participantId }).toArray({ limit: 100 });
    const [one] = mine as { status?: string; monthlyRecords?: unknown[] }[];
    out['NGO sees'] = `${one?.status} ${one?.monthlyRecords?.length}`;
  });
  out['buyer reads after the linkage is dropped'] = await outcome(ngo, async () => {
    await ngo.enterprises.update(enterpriseId, { ...enterprise, marketLinkages: [] });
    await corporate.enterprises.get(enterpriseId);
  });
  return out;
}

const EXPECTED: Record<string, Outcome> = {
  'training records a programme': '201',
  'an NGO records a programme': '403 forbidden',
  'training records another’s programme': '422 validation-failed not_provider',
  'NGO reads the programme': '200',
  'NGO lists programmes': '200',
  'training edits it': '200',
  'NGO edits it': '403 forbidden',
  'enrol before accepting': '422 validation-failed referral_not_accepted',
  'enrol without a referral': '422 validation-failed referral_required',
  'an NGO enrols': '403 forbidden',
  enrol: '201',
  'record attendance': '200',
  'NGO edits the enrolment': '403 forbidden',
  'NGO reads the enrolment': '200',
  'NGO lists its referral’s enrolments': '200',
  'corporate lists enrolments': '403 forbidden',
  'corporate reads the enrolment': '404 not-found',
  'NGO records an enterprise': '201',
  'corporate records an enterprise': '403 forbidden',
  'a linkage to a training institution': '422 validation-failed buyer_role',
  'record a month': '200',
  'corporate records a month': '403 forbidden',
  'buyer reads the enterprise': '200',
  'buyer sees': 'enterpriseCode,trade',
  'buyer lists enterprises': '200',
  'buyer list fields': 'enterpriseCode,trade',
  'training lists enterprises': '403 forbidden',
  'NGO edits the enterprise': '200',
  'NGO reads its enterprises': '200',
  // PUT replaces the whole record, its months included.
  'NGO sees': 'paused 0',
  'buyer reads after the linkage is dropped': '404 not-found',
};

function mockParties(): Parties {
  const baseUrl = 'http://registry.test';
  const ids = { ngo: 'org_mockngo00001', training: 'org_mocktraining1', corporate: 'org_mockcorporate1' };
  const organization = (id: string, role: string) =>
    ({ id, role, name: `Mock ${role}`, districtsServed: ['Kaski'], servicesOffered: [] }) as never;
  const mock = createRegistryHandlers({
    baseUrl,
    organizationId: ids.ngo,
    callers: { sk_test_ngo: ids.ngo, sk_test_training: ids.training, sk_test_corporate: ids.corporate },
    data: {
      organizations: [
        organization(ids.ngo, 'ngo'),
        organization(ids.training, 'training_institution'),
        organization(ids.corporate, 'corporate'),
      ],
    },
  });
  const clientFor = (apiKey: string) =>
    createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: 'all', retry: false });
  return {
    ngo: clientFor('sk_test_ngo'),
    training: clientFor('sk_test_training'),
    corporate: clientFor('sk_test_corporate'),
    ids,
  };
}

export function trainingScenarios(): void {
  describe('training programmes, enrolments and enterprises', () => {
    it('answer one programme scenario as the policy says, and the msw handlers the same', async () => {
      const options = { validate: 'all', retry: false } as const;
      const registry = await scenario({
        ngo: secretClient('ngo2', options),
        training: secretClient('training_institution', options),
        corporate: secretClient('corporate', options),
        ids: {
          ngo: org('ngo2').id,
          training: org('training_institution').id,
          corporate: org('corporate').id,
        },
      });
      expect(registry).toEqual(EXPECTED);
      expect(await scenario(mockParties())).toEqual(registry);
    });
  });
}
