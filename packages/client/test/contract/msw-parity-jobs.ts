/**
 * One job-offer and placement scenario against the real registry and against the client's msw
 * handlers: the same steps must get the same status codes and problem codes from both.
 */
import { SYNTHETIC_PARTICIPANT_INPUT, syntheticSharingConsent } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createClient, type NayaBatoClient } from '../../src/index.js';
import { createRegistryHandlers } from '../../src/kit/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { consentInput } from './inputs.fixture.js';
import { type Outcome, outcome } from './outcome.fixture.js';
import { clientFor, org, secretClient } from './setup.fixture.js';

interface Parties {
  readonly company: NayaBatoClient;
  readonly widget: NayaBatoClient;
  readonly ngo: NayaBatoClient;
  readonly training: NayaBatoClient;
  readonly companyId: string;
  readonly trainingId: string;
}

const offer = {
  title: 'Parity cook',
  description: 'Cooks in a parity test kitchen.',
  trade: 'hospitality_cooking',
  skills: [],
  district: 'Kaski',
  employmentType: 'FULL_TIME',
  wage: { minMonthlyNpr: 22000, maxMonthlyNpr: 24000 },
  openings: 1,
  trainingProvided: false,
  accommodationProvided: false,
  transportProvided: false,
} as const;

async function scenario(p: Parties): Promise<Record<string, Outcome>> {
  const { company, widget, ngo, training } = p;
  const out: Record<string, Outcome> = {};
  let id = '';
  out['NGO creates an offer'] = await outcome(ngo, () => ngo.jobOffers.create(offer));
  out['company drafts'] = await outcome(company, async () => {
    id = (await company.jobOffers.create(offer)).id;
  });
  out['NGO reads the draft'] = await outcome(ngo, () => ngo.jobOffers.get(id));
  out['widget reads the draft'] = await outcome(widget, () => widget.jobOffers.get(id));
  out['pause a draft'] = await outcome(company, () => company.jobOffers.pause(id));
  out.publish = await outcome(company, () => company.jobOffers.publish(id));
  out['NGO reads it'] = await outcome(ngo, () => ngo.jobOffers.get(id));
  out['widget reads it'] = await outcome(widget, () => widget.jobOffers.get(id));
  out['widget reads its JSON-LD'] = await outcome(widget, () => widget.jobOffers.jobPosting(id));
  out['NGO closes it'] = await outcome(ngo, () => ngo.jobOffers.close(id));
  let participantId = '';
  out['create participant'] = await outcome(ngo, async () => {
    participantId = (await ngo.participants.create(SYNTHETIC_PARTICIPANT_INPUT)).id;
  });
  await ngo.consents.create(syntheticSharingConsent(participantId, p.trainingId));
  let referralId = '';
  out['refer to training'] = await outcome(ngo, async () => {
    referralId = (
      await ngo.referrals.create({
        participantId,
        toOrganizationId: p.trainingId,
        serviceType: 'vocational_training',
        reason: 'Cooking course',
      })
    ).id;
    await ngo.referrals.send(referralId);
  });
  const start = new Date();
  start.setUTCDate(1);
  start.setUTCMonth(start.getUTCMonth() - 2);
  const placement = {
    participantId,
    referralId,
    jobOfferId: id,
    startDate: start.toISOString().slice(0, 10),
    monthlyWageNpr: 22000,
  };
  out['place before acceptance'] = await outcome(ngo, () => ngo.placements.create(placement));
  await training.referrals.accept(referralId);
  out['place without introduction consent'] = await outcome(ngo, () => ngo.placements.create(placement));
  await ngo.consents.create(
    consentInput(participantId, {
      purpose: 'employer_introduction',
      recipientOrganizationId: p.companyId,
    } as never),
  );
  let placementId = '';
  out.place = await outcome(ngo, async () => {
    placementId = (await ngo.placements.create(placement)).id;
  });
  out['training reads the placement'] = await outcome(training, () => training.placements.get(placementId));
  out['company reads the placement'] = await outcome(company, () => company.placements.get(placementId));
  out['company confirms month 1'] = await outcome(company, () =>
    company.placements.recordRetentionCheck(placementId, { month: 1, retained: true }),
  );
  out['company confirms month 12 early'] = await outcome(company, () =>
    company.placements.recordRetentionCheck(placementId, { month: 12, retained: true }),
  );
  out.close = await outcome(company, () => company.jobOffers.close(id));
  out['publish when closed'] = await outcome(company, () => company.jobOffers.publish(id));
  return out;
}

const EXPECTED: Record<string, Outcome> = {
  'NGO creates an offer': '403 forbidden',
  'company drafts': '201',
  'NGO reads the draft': '404 not-found',
  'widget reads the draft': '404 not-found',
  'pause a draft': '409 invalid-transition',
  publish: '200',
  'NGO reads it': '200',
  'widget reads it': '200',
  'widget reads its JSON-LD': '200',
  'NGO closes it': '403 forbidden',
  'create participant': '201',
  'refer to training': '200',
  'place before acceptance': '422 validation-failed',
  'place without introduction consent': '409 consent-required',
  place: '201',
  'training reads the placement': '404 not-found',
  'company reads the placement': '200',
  'company confirms month 1': '200',
  'company confirms month 12 early': '409 conflict',
  close: '200',
  'publish when closed': '409 invalid-transition',
};

function mockParties(): Parties {
  const baseUrl = 'http://registry.test';
  const ids = { ngo: 'org_mockngo00001', training: 'org_mocktraining1', company: 'org_mockcompany01' };
  const organization = (id: string, role: string) =>
    ({ id, role, name: `Mock ${role}`, districtsServed: ['Kaski'], servicesOffered: [] }) as never;
  const mock = createRegistryHandlers({
    baseUrl,
    organizationId: ids.ngo,
    callers: {
      sk_test_ngo: ids.ngo,
      sk_test_training: ids.training,
      sk_test_company: ids.company,
      pk_test_company: ids.company,
    },
    data: {
      organizations: [
        organization(ids.ngo, 'ngo'),
        organization(ids.training, 'training_institution'),
        organization(ids.company, 'corporate'),
      ],
    },
  });
  const client = (apiKey: string) =>
    createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: false, retry: false });
  return {
    company: client('sk_test_company'),
    widget: createClient({
      baseUrl,
      publishableKey: 'pk_test_company',
      fetch: mswFetch(mock.handlers),
      validate: false,
      retry: false,
    }),
    ngo: client('sk_test_ngo'),
    training: client('sk_test_training'),
    companyId: ids.company,
    trainingId: ids.training,
  };
}

export function mswJobParityScenarios(): void {
  describe('the msw handlers against the registry (job offers and placements)', () => {
    it('answer one job-offer and placement scenario with the same status codes and problem codes', async () => {
      const options = { validate: false, retry: false } as const;
      const registry = await scenario({
        company: secretClient('corporate', options),
        widget: clientFor({ publishableKey: org('corporate').publishableKey }, options),
        ngo: secretClient('ngo2', options),
        training: secretClient('training_institution', options),
        companyId: org('corporate').id,
        trainingId: org('training_institution').id,
      });
      expect(registry).toEqual(EXPECTED);
      expect(await scenario(mockParties())).toEqual(registry);
    });
  });
}
