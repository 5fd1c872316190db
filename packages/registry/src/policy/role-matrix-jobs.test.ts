import { beforeAll, expect, it } from 'vitest';
import { makeOffer, offerBody } from '../job-offers.fixture.js';
import { consentBody, describeRegistry, participantBody } from '../registry.fixture.js';

/**
 * The role × resource matrix of docs/access-policy.md for job offers and placements: each role's status
 * for each operation, secret keys and publishable keys alike.
 */
describeRegistry('role × resource matrix: job offers and placements', (t) => {
  let ids: { open: string; draft: string; placement: string };

  beforeAll(async () => {
    const company = t().org('corporate').secretKey;
    const ngo = t().org('ngo').secretKey;
    const ti = t().org('training_institution');
    const open = (await makeOffer(t(), company)).id;
    const draft = (await makeOffer(t(), company, {}, false)).id;
    const p = (await t().call(ngo, 'POST', '/v1/participants', { json: participantBody() })).body.id;
    await t().call(ngo, 'POST', '/v1/consents', {
      json: consentBody(p, 'sharing', { recipientOrganizationId: ti.id }),
    });
    await t().call(ngo, 'POST', '/v1/consents', {
      json: consentBody(p, 'employer_introduction', { recipientOrganizationId: t().org('corporate').id }),
    });
    const r = (
      await t().call(ngo, 'POST', '/v1/referrals', {
        json: {
          participantId: p,
          toOrganizationId: ti.id,
          serviceType: 'vocational_training',
          reason: 'Course',
        },
      })
    ).body.id;
    await t().call(ngo, 'POST', `/v1/referrals/${r}/send`, { json: {} });
    await t().call(ti.secretKey, 'POST', `/v1/referrals/${r}/accept`, { json: {} });
    const placed = await t().call(ngo, 'POST', '/v1/placements', {
      json: {
        participantId: p,
        referralId: r,
        jobOfferId: open,
        startDate: '2026-01-05',
        monthlyWageNpr: 22000,
      },
    });
    expect(placed.status, placed.text).toBe(201);
    ids = { open, draft, placement: placed.body.id };
  });

  const operations = () =>
    [
      ['list offers', 'GET', '/v1/job-offers'],
      ['read open offer', 'GET', `/v1/job-offers/${ids.open}`],
      ['read draft', 'GET', `/v1/job-offers/${ids.draft}`],
      ['JSON-LD', 'GET', `/v1/job-offers/${ids.open}/job-posting`],
      ['create offer', 'POST', '/v1/job-offers'],
      ['edit offer', 'PATCH', `/v1/job-offers/${ids.draft}`],
      ['list placements', 'GET', '/v1/placements'],
      ['read placement', 'GET', `/v1/placements/${ids.placement}`],
    ] as const;

  // The status each caller gets, in the order of `operations`.
  const expected: Record<string, number[]> = {
    ngo: [200, 200, 404, 200, 403, 403, 200, 200],
    ngo2: [200, 200, 404, 200, 403, 403, 200, 404],
    training_institution: [200, 200, 404, 200, 403, 403, 403, 404],
    corporate: [200, 200, 200, 200, 201, 200, 200, 200],
    government: [200, 200, 404, 200, 403, 403, 403, 404],
    coordinator: [200, 200, 404, 200, 403, 403, 403, 404],
    'corporate publishable': [200, 200, 404, 200, 403, 403, 403, 403],
    'ngo publishable': [200, 404, 404, 404, 403, 403, 403, 403],
  };

  for (const [who, statuses] of Object.entries(expected)) {
    it(`${who}: gets exactly what the policy allows`, async () => {
      const [role, kind] = who.split(' ') as [Parameters<ReturnType<typeof t>['org']>[0], string | undefined];
      const org = t().org(role);
      const key = kind === 'publishable' ? org.publishableKey : org.secretKey;
      const got: number[] = [];
      for (const [, method, path] of operations()) {
        const json = method === 'POST' ? offerBody() : method === 'PATCH' ? { openings: 3 } : undefined;
        got.push((await t().call(key, method, path, json ? { json } : {})).status);
      }
      expect(got).toEqual(statuses);
    });
  }
});
