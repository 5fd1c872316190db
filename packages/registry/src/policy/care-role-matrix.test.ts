import { beforeAll, expect, it } from 'vitest';
import { consentBody, describeRegistry, participantBody } from '../registry.fixture.js';

/**
 * The role × resource matrix of docs/access-policy.md for follow-ups, service deliveries and support
 * requests: every operation by every role, by secret key and by staff token, and by publishable key.
 * Collections a role may not use answer 403; records it may not see 404 (existence does not leak).
 * The second NGO is first an outsider, then (last test) the receiver of the participant's referral
 * under a sharing consent naming `follow_ups`: it reads the follow-up, and nothing else changes.
 */
describeRegistry('role × resource matrix: follow-ups, service deliveries, support requests', (t) => {
  let ids: { participant: string; followUp: string; delivery: string; request: string };
  const roles = ['ngo', 'ngo2', 'training_institution', 'corporate', 'government', 'coordinator'] as const;
  type Role = (typeof roles)[number];

  const bodies = () => ({
    followUp: {
      participantId: ids.participant,
      date: '2026-11-20',
      monthlyIncomeNpr: 15_000,
      livingIndependently: false,
      reintegratedWithFamily: true,
      supportingFamily: false,
      inShelter: false,
    },
    delivery: { participantId: ids.participant, serviceType: 'legal_aid', deliveredOn: '2026-11-20' },
    request: {
      toOrganizationId: t().org('government').id,
      kind: 'legal_aid',
      participantId: ids.participant,
      description: 'Legal aid for a wage claim',
    },
  });

  beforeAll(async () => {
    const key = t().org('ngo').secretKey;
    const participant = (await t().call(key, 'POST', '/v1/participants', { json: participantBody() })).body
      .id;
    ids = { participant, followUp: '', delivery: '', request: '' };
    const b = bodies();
    ids.followUp = (await t().call(key, 'POST', '/v1/follow-ups', { json: b.followUp })).body.id;
    ids.delivery = (await t().call(key, 'POST', '/v1/service-deliveries', { json: b.delivery })).body.id;
    ids.request = (await t().call(key, 'POST', '/v1/support-requests', { json: b.request })).body.id;
    for (const id of Object.values(ids)) expect(id).toMatch(/^[a-z]+_[0-9a-z]+$/);
  });

  /** Each operation, a label and how to call it. Writes that succeed come last per resource. */
  const operations = () => {
    const b = bodies();
    return [
      ['list follow-ups', 'GET', '/v1/follow-ups', undefined],
      ['get follow-up', 'GET', `/v1/follow-ups/${ids.followUp}`, undefined],
      ['create follow-up', 'POST', '/v1/follow-ups', b.followUp],
      ['list deliveries', 'GET', '/v1/service-deliveries', undefined],
      ['get delivery', 'GET', `/v1/service-deliveries/${ids.delivery}`, undefined],
      ['create delivery', 'POST', '/v1/service-deliveries', b.delivery],
      ['list requests', 'GET', '/v1/support-requests', undefined],
      ['get request', 'GET', `/v1/support-requests/${ids.request}`, undefined],
      ['create request', 'POST', '/v1/support-requests', b.request],
      // The other party's action on a submitted request: the desk's for the NGO, the NGO's for the desk.
      ['withdraw request', 'POST', `/v1/support-requests/${ids.request}/withdraw`, {}],
      ['acknowledge request', 'POST', `/v1/support-requests/${ids.request}/acknowledge`, {}],
    ] as const;
  };

  // Statuses per role, in the order of operations(). The NGO's withdraw comes before the desk's
  // acknowledge: run as the NGO it withdraws (200), and the desk's acknowledge then finds it final (409).
  const expected: Record<Role, readonly number[]> = {
    ngo: [200, 200, 201, 200, 200, 201, 200, 200, 201, 200, 409],
    ngo2: [200, 404, 422, 200, 404, 422, 200, 404, 422, 404, 404],
    training_institution: [403, 404, 403, 403, 404, 403, 403, 404, 403, 404, 404],
    corporate: [403, 404, 403, 403, 404, 403, 403, 404, 403, 404, 404],
    government: [403, 404, 403, 403, 404, 403, 200, 200, 403, 403, 200],
    coordinator: [403, 404, 403, 403, 404, 403, 403, 404, 403, 404, 404],
  };

  const staffToken = async (role: Role) => {
    const org = t().org(role);
    const res = await t().call(org.secretKey, 'POST', '/v1/tokens', { json: { userId: org.user.id } });
    expect(res.status).toBe(201);
    return res.body.token as string;
  };
  const run = async (credential: string) => {
    const got: number[] = [];
    for (const [, method, path, json] of operations())
      got.push((await t().call(credential, method, path, json === undefined ? {} : { json })).status);
    return got;
  };

  for (const role of roles.filter((r) => r !== 'ngo' && r !== 'government')) {
    it(`${role}: by secret key and by staff token, exactly what the policy allows`, async () => {
      expect(await run(t().org(role).secretKey)).toEqual(expected[role]);
      expect(await run(await staffToken(role))).toEqual(expected[role]);
    });
  }

  it('publishable keys: 403 everywhere, even the owner’s and the desk’s', async () => {
    for (const role of roles)
      expect(await run(t().org(role).publishableKey), role).toEqual(Array(11).fill(403));
  });

  it('ngo2 as the receiving NGO with `follow_ups` in scope: reads the follow-up, writes nothing, no delivery', async () => {
    const key = t().org('ngo').secretKey;
    const ngo2 = t().org('ngo2');
    const consent = await t().call(key, 'POST', '/v1/consents', {
      json: consentBody(ids.participant, 'sharing', {
        recipientOrganizationId: ngo2.id,
        scope: ['follow_ups'],
      }),
    });
    expect(consent.status).toBe(201);
    const referral = await t().call(key, 'POST', '/v1/referrals', {
      json: {
        participantId: ids.participant,
        toOrganizationId: ngo2.id,
        serviceType: 'counselling',
        reason: 'Support',
      },
    });
    expect((await t().call(key, 'POST', `/v1/referrals/${referral.body.id}/send`, { json: {} })).status).toBe(
      200,
    );
    // It sees the participant now, so its writes for it are 403 (not the registering NGO), not 422.
    const receiving = [200, 200, 403, 200, 404, 403, 200, 404, 403, 404, 404];
    expect(await run(ngo2.secretKey)).toEqual(receiving);
    expect(await run(await staffToken('ngo2'))).toEqual(receiving);
    const listed = await t().listAll(ngo2.secretKey, '/v1/follow-ups');
    expect(listed.map((f) => f.id)).toContain(ids.followUp);
    // Withdrawn: the follow-up is a 404 again at the next read.
    const withdrawn = await t().call(key, 'POST', `/v1/consents/${consent.body.id}/withdraw`, {
      json: { withdrawnAt: new Date().toISOString() },
    });
    expect(withdrawn.status).toBe(200);
    expect((await t().call(ngo2.secretKey, 'GET', `/v1/follow-ups/${ids.followUp}`)).status).toBe(404);
  });

  it('government (the addressed desk): reads the request, acknowledges it, nothing else; then the NGO', async () => {
    // The desk acts first (acknowledge → 200, withdraw → 403); then the NGO withdraws the acknowledged one.
    expect(await run(await staffToken('government'))).toEqual(expected.government);
    expect(await run(t().org('ngo').secretKey)).toEqual(expected.ngo);
  });
});
