import { expect, it } from 'vitest';
import { consentBody, describeRegistry, type Json, participantBody } from './registry.fixture.js';

/**
 * Follow-ups reach the NGO a participant is referred to through the consent scope `follow_ups`, their
 * free-text notes only through `notes` as well (docs/decisions/2026-12-06-follow-up-sharing.md):
 * each way, on withdrawal, for a referral sent under an override, and never for a training institution
 * or for service deliveries. Every read is audited where the registering NGO sees it.
 */
const MARK = 'ZQXFOLLOW';

describeRegistry('follow-ups shared by consent scope', (t) => {
  const ngo = () => t().org('ngo');
  const ngo2 = () => t().org('ngo2');

  async function post(key: string, path: string, json: unknown, status = 201): Promise<Json> {
    const res = await t().call(key, 'POST', path, { json });
    expect(res.status, `POST ${path}: ${res.text}`).toBe(status);
    return res.body;
  }

  /**
   * A participant of the NGO with a marked follow-up and a marked service delivery, referred (sent) to
   * `to` under a sharing consent of `scope`; returns the ids.
   */
  async function referred(tag: string, scope: readonly string[], to = ngo2().id) {
    const key = ngo().secretKey;
    const participant = (await post(key, '/v1/participants', participantBody())).id as string;
    const consent = (
      await post(
        key,
        '/v1/consents',
        consentBody(participant, 'sharing', { recipientOrganizationId: to, scope }),
      )
    ).id as string;
    const followUp = (
      await post(key, '/v1/follow-ups', {
        participantId: participant,
        date: '2026-11-20',
        monthlyIncomeNpr: 14_500,
        livingIndependently: true,
        reintegratedWithFamily: true,
        supportingFamily: false,
        inShelter: false,
        economicScore: 3,
        notes: `${MARK}:${tag}.followUp.notes`,
      })
    ).id as string;
    const delivery = (
      await post(key, '/v1/service-deliveries', {
        participantId: participant,
        serviceType: 'legal_aid',
        deliveredOn: '2026-11-20',
        notes: `${MARK}:${tag}.delivery.notes`,
      })
    ).id as string;
    const referral = (
      await post(key, '/v1/referrals', {
        participantId: participant,
        toOrganizationId: to,
        serviceType: 'counselling',
        reason: 'Follow-up support',
      })
    ).id as string;
    await post(key, `/v1/referrals/${referral}/send`, {}, 200);
    return { participant, consent, followUp, delivery, referral };
  }

  /** What `key` reads of the follow-ups and deliveries of `r`: the records and every list. */
  async function reads(key: string, r: { participant: string; followUp: string; delivery: string }) {
    const get = (path: string) => t().call(key, 'GET', path);
    return {
      followUp: await get(`/v1/follow-ups/${r.followUp}`),
      followUps: (await t().listAll(key, `/v1/follow-ups?participantId=${r.participant}`)) as Json[],
      all: ((await t().listAll(key, '/v1/follow-ups')) as Json[]).filter((f) => f.id === r.followUp),
      delivery: await get(`/v1/service-deliveries/${r.delivery}`),
      deliveries: (await t().listAll(key, `/v1/service-deliveries?participantId=${r.participant}`)) as Json[],
    };
  }

  it('without `follow_ups` in the scope the receiving NGO reads no follow-up', async () => {
    const r = await referred('none', ['profile', 'needs_assessment', 'livelihood_plan', 'notes']);
    const got = await reads(ngo2().secretKey, r);
    expect(got.followUp.status).toBe(404);
    expect([got.followUps, got.all, got.deliveries]).toEqual([[], [], []]);
    expect(got.delivery.status).toBe(404);
    // It sees the participant (the referral shares it), so it still may not write the NGO's care records.
    const write = await t().call(ngo2().secretKey, 'POST', '/v1/follow-ups', {
      json: { ...got.followUp.body, participantId: r.participant },
    });
    expect(write.status).toBeGreaterThanOrEqual(400);
  });

  it('with `follow_ups` it reads the structured follow-up, without notes; deliveries stay the NGO’s', async () => {
    const r = await referred('structured', ['profile', 'follow_ups']);
    const got = await reads(ngo2().secretKey, r);
    expect(got.followUp.status, got.followUp.text).toBe(200);
    expect(got.followUp.body).toMatchObject({
      id: r.followUp,
      participantId: r.participant,
      organizationId: ngo().id,
      monthlyIncomeNpr: 14_500,
      livingIndependently: true,
      economicScore: 3,
    });
    expect(got.followUp.body).not.toHaveProperty('notes');
    expect(got.followUps.map((f) => f.id)).toEqual([r.followUp]);
    expect(got.all.map((f) => f.id)).toEqual([r.followUp]);
    for (const f of [...got.followUps, ...got.all]) expect(f).not.toHaveProperty('notes');
    expect(got.delivery.status).toBe(404);
    expect(got.deliveries).toEqual([]);
    expect(JSON.stringify(got)).not.toContain(MARK);
    // The registering NGO still reads its notes.
    const own = await t().call(ngo().secretKey, 'GET', `/v1/follow-ups/${r.followUp}`);
    expect(own.body.notes).toBe(`${MARK}:structured.followUp.notes`);
    // The receiver's reads are on the registering NGO's audit trail, under the participant's id.
    const trail = await t().listAll(ngo().secretKey, `/v1/audit-events?recordId=${r.participant}`);
    const receiverReads = trail.filter(
      (e: Json) => e.actorOrganizationId === ngo2().id && e.resourceType === 'follow_up',
    );
    expect(new Set(receiverReads.map((e: Json) => e.action))).toEqual(new Set(['read', 'list']));
    expect(receiverReads.every((e: Json) => e.resourceId === r.followUp)).toBe(true);
  });

  it('with `follow_ups` and `notes` it reads the notes too, from either of two consents', async () => {
    const r = await referred('notes', ['follow_ups', 'notes']);
    const got = await reads(ngo2().secretKey, r);
    expect(got.followUp.body.notes).toBe(`${MARK}:notes.followUp.notes`);
    expect(got.followUps[0].notes).toBe(`${MARK}:notes.followUp.notes`);
    expect(JSON.stringify(got)).not.toContain(`${MARK}:notes.delivery`);
    // `notes` named by a second valid consent counts as well (the union of the valid scopes).
    const s = await referred('split', ['profile', 'follow_ups']);
    expect((await reads(ngo2().secretKey, s)).followUp.body).not.toHaveProperty('notes');
    await post(
      ngo().secretKey,
      '/v1/consents',
      consentBody(s.participant, 'sharing', { recipientOrganizationId: ngo2().id, scope: ['notes'] }),
    );
    expect((await reads(ngo2().secretKey, s)).followUp.body.notes).toBe(`${MARK}:split.followUp.notes`);
  });

  it('withdrawal: gone at the next read; withdrawing only the `notes` consent keeps the rest', async () => {
    const r = await referred('withdrawn', ['profile', 'follow_ups']);
    const notes = (
      await post(
        ngo().secretKey,
        '/v1/consents',
        consentBody(r.participant, 'sharing', { recipientOrganizationId: ngo2().id, scope: ['notes'] }),
      )
    ).id;
    expect((await reads(ngo2().secretKey, r)).followUp.body.notes).toBe(`${MARK}:withdrawn.followUp.notes`);
    const withdraw = (id: string) =>
      post(ngo().secretKey, `/v1/consents/${id}/withdraw`, { withdrawnAt: new Date().toISOString() }, 200);
    await withdraw(notes);
    const partly = await reads(ngo2().secretKey, r);
    expect(partly.followUp.status).toBe(200);
    expect(partly.followUp.body).not.toHaveProperty('notes');
    await withdraw(r.consent);
    const after = await reads(ngo2().secretKey, r);
    expect(after.followUp.status).toBe(404);
    expect([after.followUps, after.all]).toEqual([[], []]);
  });

  it('a referral that is no longer active ends it, whatever the consent says', async () => {
    const r = await referred('rejected', ['follow_ups', 'notes']);
    expect((await reads(ngo2().secretKey, r)).followUp.status).toBe(200);
    await post(ngo2().secretKey, `/v1/referrals/${r.referral}/reject`, { reason: 'No capacity' }, 200);
    expect((await reads(ngo2().secretKey, r)).followUp.status).toBe(404);
  });

  it('a training institution reads no follow-up, even with every scope', async () => {
    const ti = t().org('training_institution');
    const r = await referred('ti', ['profile', 'follow_ups', 'notes'], ti.id);
    expect((await t().call(ti.secretKey, 'GET', `/v1/follow-ups/${r.followUp}`)).status).toBe(404);
    expect((await t().call(ti.secretKey, 'GET', '/v1/follow-ups')).status).toBe(403);
    // An NGO the participant was not referred to reads nothing either.
    const other = await t().call(ngo2().secretKey, 'GET', `/v1/follow-ups/${r.followUp}`);
    expect(other.status).toBe(404);
  });
});
