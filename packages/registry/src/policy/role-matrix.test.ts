import { beforeAll, expect, it } from 'vitest';
import { consentBody, describeRegistry, type Json, participantBody } from '../registry.fixture.js';

/**
 * The role × resource matrix of docs/access-policy.md: what each role cannot read or change. Collections a
 * role may not use answer 403; single records it may not see answer 404 (existence does not leak).
 */
describeRegistry('role × resource matrix', (t) => {
  let ids: {
    participant: string;
    consent: string;
    assessment: string;
    plan: string;
    referral: string;
    draft: string;
  };

  // One record of each kind, referred to the training institution.
  beforeAll(async () => {
    const ngo = t().org('ngo');
    const ti = t().org('training_institution');
    const key = ngo.secretKey;
    const participant = (await t().call(key, 'POST', '/v1/participants', { json: participantBody() })).body
      .id;
    const consent = (
      await t().call(key, 'POST', '/v1/consents', {
        json: consentBody(participant, 'sharing', { recipientOrganizationId: ti.id }),
      })
    ).body.id;
    const assessment = (
      await t().call(key, 'POST', '/v1/needs-assessments', {
        json: {
          participantId: participant,
          assessedOn: '2026-11-01',
          domains: [{ domain: 'housing', needLevel: 'low' }],
        },
      })
    ).body.id;
    const plan = (
      await t().call(key, 'POST', '/v1/livelihood-plans', {
        json: {
          participantId: participant,
          goals: [{ key: 'g1', area: 'livelihood', description: 'Work', status: 'open' }],
          actions: [],
          reviews: [],
        },
      })
    ).body.id;
    const referral = (
      await t().call(key, 'POST', '/v1/referrals', {
        json: {
          participantId: participant,
          toOrganizationId: ti.id,
          serviceType: 'vocational_training',
          reason: 'Course',
          needsAssessmentId: assessment,
        },
      })
    ).body.id;
    expect((await t().call(key, 'POST', `/v1/referrals/${referral}/send`, { json: {} })).status).toBe(200);
    const draft = (
      await t().call(key, 'POST', '/v1/referrals', {
        json: {
          participantId: participant,
          toOrganizationId: ti.id,
          serviceType: 'vocational_training',
          reason: 'Later',
        },
      })
    ).body.id;
    ids = { participant, consent, assessment, plan, referral, draft };
    for (const id of Object.values(ids)) expect(id).toMatch(/^[a-z]+_[0-9a-z]+$/);
  });

  const records = () =>
    [
      ['participant', `/v1/participants/${ids.participant}`],
      ['consent', `/v1/consents/${ids.consent}`],
      ['assessment', `/v1/needs-assessments/${ids.assessment}`],
      ['plan', `/v1/livelihood-plans/${ids.plan}`],
      ['referral', `/v1/referrals/${ids.referral}`],
      ['draft referral', `/v1/referrals/${ids.draft}`],
    ] as const;
  const collections = [
    '/v1/participants',
    '/v1/consents',
    '/v1/needs-assessments',
    '/v1/livelihood-plans',
    '/v1/referrals',
  ];

  // What each role may read: [participant, consent, assessment, plan, referral, draft].
  const canRead = {
    ngo: [true, true, true, true, true, true],
    ngo2: [false, false, false, false, false, false],
    training_institution: [true, false, false, false, true, false],
    corporate: [false, false, false, false, false, false],
    government: [false, false, false, false, false, false],
    coordinator: [false, false, false, false, false, false],
  } as const;

  for (const [role, expected] of Object.entries(canRead)) {
    it(`${role}: reads exactly what the policy allows, 404 for the rest`, async () => {
      const key = t().org(role as keyof typeof canRead).secretKey;
      const got = [];
      for (const [, path] of records()) got.push((await t().call(key, 'GET', path)).status);
      expect(got).toEqual(expected.map((ok) => (ok ? 200 : 404)));
    });
  }

  for (const role of ['corporate', 'government', 'coordinator'] as const) {
    it(`${role}: may not use participant collections at all (403), nor write`, async () => {
      const key = t().org(role).secretKey;
      for (const path of collections) expect((await t().call(key, 'GET', path)).status, path).toBe(403);
      expect((await t().call(key, 'POST', '/v1/participants', { json: participantBody() })).status).toBe(403);
      expect((await t().call(key, 'POST', '/v1/participants/search', { json: {} })).status).toBe(403);
      expect(
        (await t().call(key, 'POST', '/v1/consents', { json: consentBody(ids.participant, 'services') }))
          .status,
      ).toBe(403);
      expect((await t().call(key, 'POST', `/v1/referrals/${ids.referral}/accept`, { json: {} })).status).toBe(
        404,
      );
      expect(
        (await t().call(key, 'PUT', `/v1/participants/${ids.participant}`, { json: participantBody() }))
          .status,
      ).toBe(404);
    });
  }

  it('training institution: sees the referred participant’s training fields only, and may not edit', async () => {
    const key = t().org('training_institution').secretKey;
    const seen = (await t().call(key, 'GET', `/v1/participants/${ids.participant}`)).body;
    expect(Object.keys(seen).sort()).toEqual([
      'ageBand',
      'createdAt',
      'educationLevel',
      'id',
      'languages',
      'organizationId',
      'updatedAt',
    ]);
    expect(
      (await t().call(key, 'PUT', `/v1/participants/${ids.participant}`, { json: participantBody() })).status,
    ).toBe(403);
    expect((await t().call(key, 'GET', '/v1/consents')).status).toBe(403);
    expect(
      (
        await t().call(key, 'POST', '/v1/referrals', {
          json: {
            participantId: ids.participant,
            toOrganizationId: t().org('ngo').id,
            serviceType: 'counselling',
            reason: 'x',
          },
        })
      ).status,
    ).toBe(403);
    // The institution also trains participants of the demo programme: page through them all.
    const list = await t().listAll(key, '/v1/participants');
    expect(list.map((p: Json) => p.id)).toContain(ids.participant);
    for (const item of list) expect(item.notes).toBeUndefined();
  });

  it('another NGO: sees none of it, and cannot change it (404)', async () => {
    const key = t().org('ngo2').secretKey;
    expect((await t().call(key, 'GET', '/v1/participants')).body.items.map((p: Json) => p.id)).not.toContain(
      ids.participant,
    );
    expect(
      (await t().call(key, 'PUT', `/v1/participants/${ids.participant}`, { json: participantBody() })).status,
    ).toBe(404);
    expect(
      (
        await t().call(key, 'POST', `/v1/consents/${ids.consent}/withdraw`, {
          json: { withdrawnAt: new Date().toISOString() },
        })
      ).status,
    ).toBe(404);
    expect((await t().call(key, 'POST', `/v1/referrals/${ids.referral}/cancel`, { json: {} })).status).toBe(
      404,
    );
    expect(
      (
        await t().call(key, 'POST', '/v1/referrals', {
          json: {
            participantId: ids.participant,
            toOrganizationId: key.length ? t().org('ngo').id : '',
            serviceType: 'counselling',
            reason: 'x',
          },
        })
      ).status,
    ).toBe(422);
  });

  it('coordinator: never obtains another organisation’s key; may revoke one, audited', async () => {
    const coordinator = t().org('coordinator');
    const ngo = t().org('ngo');
    const spare = await t().call(ngo.secretKey, 'POST', '/v1/keys', { json: { kind: 'secret' } });
    expect(spare.status).toBe(201);
    // No key of the NGO is minted or rotated for the coordinator: whoever holds one reads its participants.
    const minted = await t().call(coordinator.secretKey, 'POST', '/v1/keys', {
      json: { kind: 'secret', organizationId: ngo.id },
    });
    expect(minted.status).toBe(422);
    expect(minted.text).not.toMatch(/sk_[A-Za-z0-9_-]{20}/);
    const rotated = await t().call(coordinator.secretKey, 'POST', `/v1/keys/${spare.body.key.id}/rotate`);
    expect(rotated.status).toBe(403);
    expect(rotated.text).not.toMatch(/sk_[A-Za-z0-9_-]{20}/);
    const own = await t().call(coordinator.secretKey, 'GET', '/v1/keys');
    expect(own.body.items.every((k: Json) => k.organizationId === coordinator.id)).toBe(true);
    // Another NGO does not even see the key; the coordinator may revoke it (incident response).
    expect(
      (await t().call(t().org('ngo2').secretKey, 'POST', `/v1/keys/${spare.body.key.id}/revoke`)).status,
    ).toBe(404);
    const revoked = await t().call(coordinator.secretKey, 'POST', `/v1/keys/${spare.body.key.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.secret).toBeUndefined();
    expect(revoked.text).not.toMatch(/sk_[A-Za-z0-9_-]{20}/);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await t().call(spare.body.secret, 'GET', '/v1/participants')).status).toBe(401);
    const rows = await t().registry.db.query<{ action: string; actor_org: string; detail: Json }>(
      "select action, actor_org, detail from audit_log where resource_type = 'api_key' and resource_id = $1 order by id",
      [spare.body.key.id],
    );
    expect(rows).toEqual([
      { action: 'create', actor_org: ngo.id, detail: { organizationId: ngo.id, kind: 'secret' } },
      { action: 'revoke', actor_org: coordinator.id, detail: { organizationId: ngo.id, kind: 'secret' } },
    ]);
  });

  it('users: every role reads its own organisation’s staff only; another’s answer 404, the coordinator’s too', async () => {
    const ngoUser = t().org('ngo').user.id;
    for (const role of [
      'ngo',
      'ngo2',
      'training_institution',
      'corporate',
      'government',
      'coordinator',
    ] as const) {
      const org = t().org(role);
      const own = await t().call(org.secretKey, 'GET', `/v1/users/${org.user.id}`);
      expect(own.status, role).toBe(200);
      expect(own.body.organizationId).toBe(org.id);
      if (role === 'ngo') continue;
      const other = await t().call(org.secretKey, 'GET', `/v1/users/${ngoUser}`);
      expect(other.status, role).toBe(404);
      expect(other.text).not.toContain(t().org('ngo').user.displayName);
      const listed = await t().listAll(org.secretKey, '/v1/users');
      expect(
        listed.every((u) => u.organizationId === org.id),
        role,
      ).toBe(true);
    }
  });

  it('every role reads the organisation directory; only its own entry is writable', async () => {
    for (const role of ['ngo', 'training_institution', 'corporate', 'government', 'coordinator'] as const) {
      const org = t().org(role);
      expect((await t().call(org.secretKey, 'GET', '/v1/organizations')).status).toBe(200);
      expect((await t().call(org.publishableKey, 'GET', `/v1/organizations/${org.id}`)).status).toBe(200);
      const other = role === 'ngo' ? t().org('corporate') : t().org('ngo');
      const body = { role: other.role, name: 'x', districtsServed: ['Kaski'], servicesOffered: [] };
      const expected = role === 'coordinator' ? 200 : 403;
      if (role !== 'coordinator')
        expect(
          (await t().call(org.secretKey, 'PUT', `/v1/organizations/${other.id}`, { json: body })).status,
        ).toBe(expected);
    }
  });

  // Changes a non-owner tries on the NGO's assessment, plan and consent. The bodies are valid (the owner's
  // own attempt at the end succeeds), so each refusal is the policy's, never a 422.
  const writes = (target = ids) =>
    [
      [
        'PUT',
        `/v1/needs-assessments/${target.assessment}`,
        {
          participantId: ids.participant,
          assessedOn: '2026-11-05',
          domains: [{ domain: 'housing', needLevel: 'urgent' }],
        },
      ],
      [
        'PUT',
        `/v1/livelihood-plans/${target.plan}`,
        {
          participantId: ids.participant,
          goals: [{ key: 'g1', area: 'livelihood', description: 'Changed', status: 'dropped' }],
          actions: [],
          reviews: [],
        },
      ],
      ['POST', `/v1/consents/${target.consent}/withdraw`, { withdrawnAt: new Date().toISOString() }],
    ] as const;
  /** The statuses of [PUT assessment, PUT plan, withdraw consent] with `credential`. */
  const attempt = async (credential: string, target = ids) => {
    const got: number[] = [];
    for (const [method, path, json] of writes(target))
      got.push((await t().call(credential, method, path, { json })).status);
    return got;
  };
  /** The three records are as the NGO wrote them. */
  const unchanged = async () => {
    const key = t().org('ngo').secretKey;
    const assessment = await t().call(key, 'GET', `/v1/needs-assessments/${ids.assessment}`);
    expect(assessment.body.domains).toEqual([{ domain: 'housing', needLevel: 'low' }]);
    const plan = await t().call(key, 'GET', `/v1/livelihood-plans/${ids.plan}`);
    expect(plan.body.goals.map((g: Json) => g.description)).toEqual(['Work']);
    const consent = await t().call(key, 'GET', `/v1/consents/${ids.consent}`);
    expect(consent.body.withdrawnAt).toBeUndefined();
  };
  const staffToken = async (
    role: 'ngo2' | 'training_institution' | 'corporate' | 'government' | 'coordinator',
  ) => {
    const org = t().org(role);
    const res = await t().call(org.secretKey, 'POST', '/v1/tokens', { json: { userId: org.user.id } });
    expect(res.status).toBe(201);
    return res.body.token as string;
  };

  for (const role of ['ngo2', 'training_institution', 'corporate', 'government', 'coordinator'] as const) {
    it(`${role}: may not change an assessment, a plan or a consent it cannot see (404), by key or staff token`, async () => {
      const key = t().org(role).secretKey;
      // Not visible to it: reading answers 404, and so does every change.
      for (const [, path] of writes())
        expect((await t().call(key, 'GET', path.replace(/\/withdraw$/, ''))).status).toBe(404);
      expect(await attempt(key)).toEqual([404, 404, 404]);
      expect(await attempt(await staffToken(role))).toEqual([404, 404, 404]);
      await unchanged();
    });
  }

  it('publishable keys never write (403), not even the owner’s; a missing record answers the same', async () => {
    const missing = {
      ...ids,
      assessment: 'nda_0000000000',
      plan: 'lp_0000000000',
      consent: 'cns_0000000000',
    };
    for (const role of [
      'ngo',
      'ngo2',
      'training_institution',
      'corporate',
      'government',
      'coordinator',
    ] as const) {
      const key = t().org(role).publishableKey;
      expect(await attempt(key), role).toEqual([403, 403, 403]);
      expect(await attempt(key, missing), role).toEqual([403, 403, 403]);
    }
    await unchanged();
  });

  it('an NGO a referral shares them with reads the assessment and plan, changes none (403); consent unseen (404)', async () => {
    const ngo = t().org('ngo');
    const ngo2 = t().org('ngo2');
    const consent = await t().call(ngo.secretKey, 'POST', '/v1/consents', {
      json: consentBody(ids.participant, 'sharing', { recipientOrganizationId: ngo2.id }),
    });
    expect(consent.status).toBe(201);
    const referral = await t().call(ngo.secretKey, 'POST', '/v1/referrals', {
      json: {
        participantId: ids.participant,
        toOrganizationId: ngo2.id,
        serviceType: 'counselling',
        reason: 'Support',
        needsAssessmentId: ids.assessment,
        livelihoodPlanId: ids.plan,
      },
    });
    expect(
      (await t().call(ngo.secretKey, 'POST', `/v1/referrals/${referral.body.id}/send`, { json: {} })).status,
    ).toBe(200);
    const [assessment, plan, shared] = writes();
    expect((await t().call(ngo2.secretKey, 'GET', assessment[1])).status).toBe(200);
    expect((await t().call(ngo2.secretKey, 'GET', plan[1])).status).toBe(200);
    expect((await t().call(ngo2.secretKey, 'GET', shared[1].replace(/\/withdraw$/, ''))).status).toBe(404);
    expect(await attempt(ngo2.secretKey)).toEqual([403, 403, 404]);
    expect(await attempt(await staffToken('ngo2'))).toEqual([403, 403, 404]);
    // Nor its own sharing consent, recorded by the registering NGO.
    const own = await t().call(ngo2.secretKey, 'POST', `/v1/consents/${consent.body.id}/withdraw`, {
      json: { withdrawnAt: new Date().toISOString() },
    });
    expect(own.status).toBe(404);
    await unchanged();
  });

  it('the registering NGO may make each of these changes', async () => {
    expect(await attempt(t().org('ngo').secretKey)).toEqual([200, 200, 200]);
    const key = t().org('ngo').secretKey;
    expect((await t().call(key, 'GET', `/v1/needs-assessments/${ids.assessment}`)).body.domains).toEqual([
      { domain: 'housing', needLevel: 'urgent' },
    ]);
    expect((await t().call(key, 'GET', `/v1/consents/${ids.consent}`)).body.withdrawnAt).toBeDefined();
  });

  // Participants' rights: the export and the erasure are the registering NGO's alone.
  it('participants’ rights: only the registering NGO exports or erases (others 403, or 404 when they cannot see it)', async () => {
    const path = `/v1/participants/${ids.participant}`;
    // The other NGO: 404 while it cannot see the participant, 403 once a referral shares it (an earlier test).
    const sees = (await t().call(t().org('ngo2').secretKey, 'GET', path)).status === 200;
    const expected = {
      ngo: [200],
      ngo2: sees ? [403, 403] : [404, 404],
      training_institution: [403, 403],
      corporate: [403, 403],
      government: [403, 403],
      coordinator: [403, 403],
    } as const;
    for (const [role, statuses] of Object.entries(expected)) {
      const key = t().org(role as keyof typeof expected).secretKey;
      const got = [(await t().call(key, 'GET', `${path}/export`)).status];
      // The registering NGO's erasure is not tried here: it would change the records other rows read.
      if (role !== 'ngo') got.push((await t().call(key, 'POST', `${path}/erasure`, { json: {} })).status);
      expect(got, role).toEqual(statuses);
    }
    expect((await t().call(t().org('ngo').publishableKey, 'GET', `${path}/export`)).status).toBe(403);
  });

  it('audit trail: every role reads its own scope; a publishable key none', async () => {
    for (const role of [
      'ngo',
      'ngo2',
      'training_institution',
      'corporate',
      'government',
      'coordinator',
    ] as const) {
      const res = await t().call(
        t().org(role).secretKey,
        'GET',
        `/v1/audit-events?recordId=${ids.participant}`,
      );
      expect(res.status, role).toBe(200);
      const orgs = new Set(res.body.items.map((e: Json) => e.actorOrganizationId));
      // Only the registering NGO and the coordinator see others' accesses to the participant.
      if (role !== 'ngo' && role !== 'coordinator') {
        for (const o of orgs) expect(o, role).toBe(t().org(role).id);
      }
    }
    expect((await t().call(t().org('ngo').publishableKey, 'GET', '/v1/audit-events')).status).toBe(403);
  });

  it('indicators: every role reads its scope; an NGO only its own registrations', async () => {
    const ngo = t().org('ngo');
    const scopeOf = async (key: string, query = '') => {
      const res = await t().call(key, 'GET', `/v1/indicators${query}`);
      return res.status === 200 ? res.body.scope : res.status;
    };
    expect(await scopeOf(ngo.secretKey)).toEqual({ kind: 'organization', organizationId: ngo.id });
    expect(await scopeOf(ngo.secretKey, `?organization=${t().org('ngo2').id}`)).toBe(403);
    for (const role of ['training_institution', 'corporate', 'government', 'coordinator'] as const) {
      expect(await scopeOf(t().org(role).secretKey), role).toEqual({ kind: 'programme' });
      expect(await scopeOf(t().org(role).publishableKey), role).toEqual({ kind: 'programme' });
    }
    expect(await scopeOf(ngo.publishableKey, `?organization=${t().org('ngo2').id}`)).toEqual({
      kind: 'organization',
      organizationId: t().org('ngo2').id,
    });
    expect((await t().call(ngo.publishableKey, 'POST', '/v1/indicators', { json: {} })).status).toBe(403);
  });
});
