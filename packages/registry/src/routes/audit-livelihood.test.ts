import { beforeAll, expect, it } from 'vitest';
import { makeOffer } from '../job-offers.fixture.js';
import { consentBody, describeRegistry, type Json } from '../registry.fixture.js';
import {
  enrolmentBody,
  enterpriseBody,
  ok,
  programmeBody,
  referredParticipant,
} from './livelihood.fixture.js';

/**
 * The registering NGO's view of who touched its participant's livelihood records: a training
 * institution reading an enrolment and a company reading a placement both show up under the
 * participant's id, while the company's own audit rows never hand it that id.
 */
describeRegistry('audit of livelihood reads, seen by the registering NGO', (t) => {
  const ngo = () => t().org('ngo');
  const ti = () => t().org('training_institution');
  const company = () => t().org('corporate');
  let ref: { participant: string; consent: string; referral: string };
  let enrolment: string;
  let placement: string;
  let enterprise: string;

  const events = async (key: string, query: string): Promise<Json[]> =>
    t().listAll(key, `/v1/audit-events?${query}`);

  beforeAll(async () => {
    ref = await referredParticipant(t(), ['accept']);
    const programme = (
      await ok(
        t().call(ti().secretKey, 'POST', '/v1/training-programmes', { json: programmeBody(ti().id) }),
        201,
      )
    ).id;
    enrolment = (
      await ok(
        t().call(ti().secretKey, 'POST', '/v1/enrolments', { json: enrolmentBody({ programme, ...ref }) }),
        201,
        'enrol',
      )
    ).id;
    await ok(
      t().call(ngo().secretKey, 'POST', '/v1/consents', {
        json: consentBody(ref.participant, 'employer_introduction', {
          recipientOrganizationId: company().id,
        }),
      }),
      201,
      'introduction consent',
    );
    const offer = await makeOffer(t(), company().secretKey, { title: 'Audited placement offer' });
    placement = (
      await ok(
        t().call(ngo().secretKey, 'POST', '/v1/placements', {
          json: {
            participantId: ref.participant,
            referralId: ref.referral,
            jobOfferId: offer.id,
            startDate: '2026-11-01',
            monthlyWageNpr: 23000,
          },
        }),
        201,
        'place',
      )
    ).id;
  });

  it('shows the NGO a company’s read of an enterprise it buys from, and hides the id from the company', async () => {
    enterprise = (
      await ok(
        t().call(ngo().secretKey, 'POST', '/v1/enterprises', {
          json: enterpriseBody(ref.participant, company().id),
        }),
        201,
        'enterprise',
      )
    ).id;
    await ok(t().call(company().secretKey, 'GET', `/v1/enterprises/${enterprise}`), 200);
    const seen = await events(ngo().secretKey, `recordId=${ref.participant}&action=read`);
    expect(
      seen.some(
        (e) =>
          e.actorOrganizationId === company().id &&
          e.resourceType === 'enterprise' &&
          e.resourceId === enterprise,
      ),
    ).toBe(true);
    const own = await events(company().secretKey, `recordId=${enterprise}`);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e) => e.participantId === null)).toBe(true);
  });

  it('shows the NGO a training institution’s enrolment read and a company’s placement read', async () => {
    await ok(t().call(ti().secretKey, 'GET', `/v1/enrolments/${enrolment}`), 200);
    await ok(t().call(company().secretKey, 'GET', `/v1/placements/${placement}`), 200);

    const seen = await events(ngo().secretKey, `recordId=${ref.participant}&action=read`);
    expect(seen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorOrganizationId: ti().id,
          resourceType: 'enrolment',
          resourceId: enrolment,
          participantId: ref.participant,
        }),
        expect.objectContaining({
          actorOrganizationId: company().id,
          resourceType: 'placement',
          resourceId: placement,
          participantId: ref.participant,
        }),
      ]),
    );
    // The institution's list of enrolments is an access too (narrowed to this participant: the demo seed
    // gives the institution enrolments of its own, which would fill the first page).
    await ok(t().call(ti().secretKey, 'GET', `/v1/enrolments?participantId=${ref.participant}`), 200);
    const listed = await events(ngo().secretKey, `recordId=${ref.participant}&action=list`);
    expect(listed.some((e) => e.actorOrganizationId === ti().id && e.resourceId === enrolment)).toBe(true);
    // Another NGO learns nothing of it.
    expect(await events(t().org('ngo2').secretKey, `recordId=${ref.participant}`)).toEqual([]);
  });

  it('never hands the company the participant id through its own audit rows', async () => {
    await ok(t().call(company().secretKey, 'GET', `/v1/placements/${placement}`), 200);
    await ok(t().call(company().secretKey, 'GET', '/v1/placements'), 200);
    const own = await events(company().secretKey, `recordId=${placement}`);
    expect(own.length).toBeGreaterThanOrEqual(2);
    for (const e of own) {
      expect(e.actorOrganizationId).toBe(company().id);
      expect(e.participantId).toBeNull();
    }
    const everything = await t().listAll(company().secretKey, '/v1/audit-events');
    expect(JSON.stringify(everything)).not.toContain(ref.participant);
    // Nor can it confirm a guess by filtering on the id.
    expect(await events(company().secretKey, `recordId=${ref.participant}`)).toEqual([]);
    // The training institution may know the participant (it reads the referral): its rows keep the id.
    const its = await events(ti().secretKey, `recordId=${ref.participant}`);
    expect(its.length).toBeGreaterThan(0);
    expect(its.every((e) => e.participantId === ref.participant || e.resourceId === ref.participant)).toBe(
      true,
    );
  });
});
