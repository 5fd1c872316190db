import { ConsentScope, type ConsentScopeValue, MINIMUM_TO_ACT_FIELDS } from '@nayabato/core';
import { beforeAll, expect, it } from 'vitest';
import { consentBody, describeRegistry, type Json, participantBody } from './registry.fixture.js';
import { sharedWithScope } from './store/visibility.js';

/** Planted in every free-text field the receiver must not read unless the scope names it. */
const MARK = 'ZQXSCOPE';

/**
 * Consent scope over real HTTP: a receiving NGO reads exactly what the scope of its sharing consent names
 * (each item both ways), nothing after withdrawal, and under an audited override only the minimum to act,
 * never the sender's justification or any free text.
 */
describeRegistry('consent scope and override', (t) => {
  const ngo = () => t().org('ngo');
  const ngo2 = () => t().org('ngo2');

  async function post(credential: string, path: string, json: unknown, status = 201): Promise<Json> {
    const res = await t().call(credential, 'POST', path, { json });
    expect(res.status, `POST ${path}: ${res.text}`).toBe(status);
    return res.body;
  }

  /** A participant with marked notes, a marked assessment and plan, and a draft referral to the second NGO. */
  async function referredParticipant(tag: string) {
    const key = ngo().secretKey;
    const p = await post(
      key,
      '/v1/participants',
      participantBody({
        category: 'survivor',
        traffickingStatus: 'actual_victim',
        notes: `${MARK}:${tag}.notes`,
        exploitationHistory: {
          types: ['forced_labour'],
          methodsOfControl: [],
          recruitmentMethods: [],
          countriesOfExploitation: ['IN'],
        },
      }),
    );
    const assessment = await post(key, '/v1/needs-assessments', {
      participantId: p.id,
      assessedOn: '2026-11-01',
      notes: `${MARK}:${tag}.assessment`,
      domains: [{ domain: 'housing', needLevel: 'high', goals: `${MARK}:${tag}.goals` }],
    });
    const plan = await post(key, '/v1/livelihood-plans', {
      participantId: p.id,
      needsAssessmentId: assessment.id,
      goals: [{ key: 'g1', area: 'livelihood', description: `${MARK}:${tag}.plan`, status: 'open' }],
      actions: [],
      participantAgreement: { agreedAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal' },
      reviews: [],
    });
    const referral = await post(key, '/v1/referrals', {
      participantId: p.id,
      toOrganizationId: ngo2().id,
      serviceType: 'counselling',
      reason: `${MARK}:${tag}.reason`,
      needsAssessmentId: assessment.id,
      livelihoodPlanId: plan.id,
    });
    return { id: p.id as string, assessment: assessment.id as string, plan: plan.id as string, referral };
  }

  /** Everything the second NGO reads about participant `r`: the record, both documents, every list. */
  async function receiverReads(r: { id: string; assessment: string; plan: string }) {
    const key = ngo2().secretKey;
    const get = (path: string) => t().call(key, 'GET', path);
    return {
      participant: await get(`/v1/participants/${r.id}`),
      assessment: await get(`/v1/needs-assessments/${r.assessment}`),
      plan: await get(`/v1/livelihood-plans/${r.plan}`),
      assessments: await t().listAll(key, `/v1/needs-assessments?participantId=${r.id}`),
      plans: await t().listAll(key, `/v1/livelihood-plans?participantId=${r.id}`),
      listed: (await t().listAll(key, '/v1/participants')).find((p) => p.id === r.id),
    };
  }

  /** Whether the SQL fragment other resources use says organisation X's consent covers `scope`. */
  async function covers(participantId: string, scope: ConsentScopeValue): Promise<boolean> {
    const [row] = await t().registry.db.query<{ ok: boolean }>(
      `select ${sharedWithScope('$2', '$1', scope)} as ok`,
      [ngo2().id, participantId],
    );
    return row!.ok;
  }

  const PROFILE_ONLY = ['category', 'traffickingStatus', 'originDistrict', 'exploitationHistory'];

  // Each scope item alone: its record visible, every other one absent; the SQL fragment agrees.
  for (const item of ConsentScope.values) {
    it(`scope [${item}]: the receiver reads what it names and nothing else`, async () => {
      const r = await referredParticipant(item);
      const consent = await post(
        ngo().secretKey,
        '/v1/consents',
        consentBody(r.id, 'sharing', { recipientOrganizationId: ngo2().id, scope: [item] }),
      );
      await post(ngo().secretKey, `/v1/referrals/${r.referral.id}/send`, {}, 200);
      const seen = await receiverReads(r);
      expect(seen.participant.status).toBe(200);
      const view = seen.participant.body;
      expect(seen.listed).toEqual(view);
      // The minimum to act, always.
      for (const f of MINIMUM_TO_ACT_FIELDS) expect(view, f).toHaveProperty(f);
      for (const f of PROFILE_ONLY) expect(view[f] !== undefined, `${item}: ${f}`).toBe(item === 'profile');
      expect(view.notes === `${MARK}:${item}.notes`, `${item}: notes`).toBe(item === 'notes');
      expect(seen.assessment.status).toBe(item === 'needs_assessment' ? 200 : 404);
      expect(seen.assessments.length).toBe(item === 'needs_assessment' ? 1 : 0);
      if (item === 'needs_assessment') expect(seen.assessment.text).toContain(`${MARK}:${item}.assessment`);
      expect(seen.plan.status).toBe(item === 'livelihood_plan' ? 200 : 404);
      expect(seen.plans.length).toBe(item === 'livelihood_plan' ? 1 : 0);
      if (item === 'livelihood_plan') expect(seen.plan.text).toContain(`${MARK}:${item}.plan`);
      for (const other of ConsentScope.values) expect(await covers(r.id, other), other).toBe(other === item);
      // The referral under a valid consent carries the sender's reason (what the participant agreed to).
      const referral = await t().call(ngo2().secretKey, 'GET', `/v1/referrals/${r.referral.id}`);
      expect(referral.body.reason).toBe(`${MARK}:${item}.reason`);
      expect(consent.scope).toEqual([item]);
    });
  }

  it('a sharing consent without a scope is refused with a field error; another purpose may not have one', async () => {
    const p = await post(ngo().secretKey, '/v1/participants', participantBody());
    const { scope: _scope, ...unscoped } = consentBody(p.id, 'sharing', {
      recipientOrganizationId: ngo2().id,
    });
    const refused = await t().call(ngo().secretKey, 'POST', '/v1/consents', { json: unscoped });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/scope', code: 'scope_required' }),
    );
    const services = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
      json: consentBody(p.id, 'services', { scope: ['profile'] }),
    });
    expect(services.status).toBe(422);
    expect(services.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/scope', code: 'scope_unexpected' }),
    );
  });

  it('withdrawal: what the scope shared is gone at the next read', async () => {
    const r = await referredParticipant('withdrawn');
    const consent = await post(
      ngo().secretKey,
      '/v1/consents',
      consentBody(r.id, 'sharing', { recipientOrganizationId: ngo2().id, scope: [...ConsentScope.values] }),
    );
    await post(ngo().secretKey, `/v1/referrals/${r.referral.id}/send`, {}, 200);
    const before = await receiverReads(r);
    expect(before.participant.body.notes).toBe(`${MARK}:withdrawn.notes`);
    expect([before.assessment.status, before.plan.status]).toEqual([200, 200]);
    expect(await covers(r.id, 'follow_ups')).toBe(true);
    await post(
      ngo().secretKey,
      `/v1/consents/${consent.id}/withdraw`,
      { withdrawnAt: new Date().toISOString() },
      200,
    );
    const after = await receiverReads(r);
    expect([after.participant.status, after.assessment.status, after.plan.status]).toEqual([404, 404, 404]);
    expect([after.assessments.length, after.plans.length, after.listed]).toEqual([0, 0, undefined]);
    for (const item of ConsentScope.values) expect(await covers(r.id, item), item).toBe(false);
    const referral = await t().call(ngo2().secretKey, 'GET', `/v1/referrals/${r.referral.id}`);
    expect(referral.status).toBe(200);
    expect(referral.text).not.toContain(MARK);
  });

  it('a training institution reads at most what a course needs: under an override, and with every scope', async () => {
    const ti = t().org('training_institution');
    const key = ngo().secretKey;
    const p = await post(key, '/v1/participants', participantBody({ notes: `${MARK}:ti.notes` }));
    const refer = async () =>
      (
        await post(key, '/v1/referrals', {
          participantId: p.id,
          toOrganizationId: ti.id,
          serviceType: 'vocational_training',
          reason: `${MARK}:ti.reason`,
        })
      ).id as string;
    const user = ngo().users.find((u) => u.permissions.includes('consent.override'))!;
    const token = (await post(key, '/v1/tokens', { userId: user.id })).token;
    const overridden = await refer();
    await post(
      token,
      `/v1/referrals/${overridden}/send`,
      { override: { reason: `${MARK}:ti.override` } },
      200,
    );
    const minimum = await t().call(ti.secretKey, 'GET', `/v1/participants/${p.id}`);
    expect(Object.keys(minimum.body).sort()).toEqual(['ageBand', 'id', 'languages', 'organizationId']);
    await post(
      key,
      '/v1/consents',
      consentBody(p.id, 'sharing', { recipientOrganizationId: ti.id, scope: [...ConsentScope.values] }),
    );
    const consented = await refer();
    await post(key, `/v1/referrals/${consented}/send`, {}, 200);
    const capped = await t().call(ti.secretKey, 'GET', `/v1/participants/${p.id}`);
    expect(Object.keys(capped.body).sort()).toEqual(
      ['ageBand', 'createdAt', 'educationLevel', 'id', 'languages', 'organizationId', 'updatedAt'].filter(
        (k) => k !== 'educationLevel' || 'educationLevel' in participantBody(),
      ),
    );
    for (const id of [overridden, consented])
      expect((await t().call(ti.secretKey, 'GET', `/v1/referrals/${id}`)).text).not.toContain(MARK);
    expect(capped.text).not.toContain(MARK);
  });

  overrideCases();

  function overrideCases() {
    let r: Awaited<ReturnType<typeof referredParticipant>>;
    let user: Json;
    beforeAll(async () => {
      r = await referredParticipant('override');
      user = ngo().users.find((u) => u.permissions.includes('consent.override'))!;
    });

    it('override: the receiver gets the minimum to act, never the justification or any free text', async () => {
      const token = (await post(ngo().secretKey, '/v1/tokens', { userId: user.id })).token;
      const sent = await post(
        token,
        `/v1/referrals/${r.referral.id}/send`,
        { override: { reason: `${MARK}:override.justification` } },
        200,
      );
      // The sender keeps its own justification.
      expect(sent.consentOverride.reason).toBe(`${MARK}:override.justification`);
      const key = ngo2().secretKey;
      const referral = await t().call(key, 'GET', `/v1/referrals/${r.referral.id}`);
      expect(referral.status).toBe(200);
      expect(referral.body).toMatchObject({ serviceType: 'counselling', status: 'sent' });
      expect(referral.body.reason).toBeUndefined();
      expect(referral.body.consentOverride).toBeUndefined();
      const participant = await t().call(key, 'GET', `/v1/participants/${r.id}`);
      expect(participant.status).toBe(200);
      expect(Object.keys(participant.body).sort()).toEqual([...MINIMUM_TO_ACT_FIELDS].sort());
      // Every answer the receiver can get: no marker of this participant anywhere (the other tests'
      // participants are shared with it under their scopes, so their markers may show).
      const answers = [
        referral.text,
        participant.text,
        (await t().call(key, 'GET', `/v1/needs-assessments/${r.assessment}`)).text,
        (await t().call(key, 'GET', `/v1/livelihood-plans/${r.plan}`)).text,
        (await t().call(key, 'POST', '/v1/participants/search', { json: {} })).text,
        (await t().call(key, 'POST', `/v1/referrals/${r.referral.id}/accept`, { json: {} })).text,
        JSON.stringify(await t().listAll(key, '/v1/referrals')),
        JSON.stringify(await t().listAll(key, '/v1/participants')),
        JSON.stringify(await t().listAll(key, `/v1/needs-assessments?participantId=${r.id}`)),
        JSON.stringify(await t().listAll(key, `/v1/livelihood-plans?participantId=${r.id}`)),
      ];
      for (const text of answers) expect(text).not.toContain(`${MARK}:override`);
      expect(answers.join('\n')).toContain(r.id);
      for (const item of ConsentScope.values) expect(await covers(r.id, item), item).toBe(false);
      // The justification reaches the audit log (internal), not the receiver.
      const rows = await t().registry.db.query<{ actor_user: string }>(
        "select actor_user from audit_log where resource_id = $1 and action = 'consent_override'",
        [r.referral.id],
      );
      expect(rows).toEqual([{ actor_user: user.id }]);
    });

    it('override: once the participant consents, the receiver reads what the new scope names', async () => {
      await post(
        ngo().secretKey,
        '/v1/consents',
        consentBody(r.id, 'sharing', { recipientOrganizationId: ngo2().id, scope: ['needs_assessment'] }),
      );
      const seen = await receiverReads(r);
      expect(seen.assessment.status).toBe(200);
      expect(seen.plan.status).toBe(404);
      expect(seen.participant.body.category).toBeUndefined();
      // The override's justification and the referral's reason stay internal.
      const referral = await t().call(ngo2().secretKey, 'GET', `/v1/referrals/${r.referral.id}`);
      expect(referral.text).not.toContain(MARK);
    });
  }
});
