import { beforeAll, expect, it } from 'vitest';
import { makeOffer, secondCompany } from '../job-offers.fixture.js';
import { consentBody, describeRegistry, type Json, participantBody } from '../registry.fixture.js';

/** An ISO date `months` months before today (UTC). */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

describeRegistry('placements', (t) => {
  const ngo = () => t().org('ngo');
  const ti = () => t().org('training_institution');
  const company = () => t().org('corporate');
  let offer: Json;
  let other: Awaited<ReturnType<typeof secondCompany>>;

  beforeAll(async () => {
    offer = await makeOffer(t(), company().secretKey, { title: 'Placement offer' });
    other = await secondCompany(t());
  });

  /** A participant of the NGO with an accepted referral to the training institution. */
  async function referred(
    introduction: Record<string, unknown> | null = { recipientOrganizationId: company().id },
  ) {
    const key = ngo().secretKey;
    const p = await t().call(key, 'POST', '/v1/participants', { json: participantBody() });
    expect(p.status).toBe(201);
    const sharing = await t().call(key, 'POST', '/v1/consents', {
      json: consentBody(p.body.id, 'sharing', { recipientOrganizationId: ti().id }),
    });
    expect(sharing.status).toBe(201);
    let consentId: string | undefined;
    if (introduction) {
      const made = await t().call(key, 'POST', '/v1/consents', {
        json: consentBody(p.body.id, 'employer_introduction', introduction),
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      consentId = made.body.id;
    }
    const referral = await t().call(key, 'POST', '/v1/referrals', {
      json: {
        participantId: p.body.id,
        toOrganizationId: ti().id,
        serviceType: 'vocational_training',
        reason: 'Course',
      },
    });
    expect((await t().call(key, 'POST', `/v1/referrals/${referral.body.id}/send`, { json: {} })).status).toBe(
      200,
    );
    expect(
      (await t().call(ti().secretKey, 'POST', `/v1/referrals/${referral.body.id}/accept`, { json: {} }))
        .status,
    ).toBe(200);
    return { participantId: p.body.id as string, referralId: referral.body.id as string, consentId };
  }

  const place = (
    who: { participantId: string; referralId: string },
    over: Record<string, unknown> = {},
    key = ngo().secretKey,
  ) =>
    t().call(key, 'POST', '/v1/placements', {
      json: {
        participantId: who.participantId,
        referralId: who.referralId,
        jobOfferId: offer.id,
        startDate: monthsAgo(13),
        monthlyWageNpr: 23000,
        ...over,
      },
    });

  it('records a placement with a pseudonymous code and retention checkpoints at 1, 3, 6 and 12 months', async () => {
    const who = await referred();
    const made = await place(who);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.headers.get('location')).toBe(`/v1/placements/${made.body.id}`);
    expect(made.body).toMatchObject({
      organizationId: ngo().id,
      participantId: who.participantId,
      referralId: who.referralId,
      jobOfferId: offer.id,
      introductionConsentId: who.consentId,
    });
    expect(made.body.placementCode).toMatch(/^PLC-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(made.body.retention.map((c: Json) => [c.month, c.status])).toEqual([
      [1, 'pending'],
      [3, 'pending'],
      [6, 'pending'],
      [12, 'pending'],
    ]);
    const audit = await t().registry.db.query<{ participant_id: string; action: string }>(
      'select participant_id, action from audit_log where resource_id = $1',
      [made.body.id],
    );
    expect(audit).toEqual([{ participant_id: who.participantId, action: 'create' }]);
  });

  it('needs a valid employer-introduction consent covering the offer’s company (409 consent-required)', async () => {
    const none = await place(await referred(null));
    expect(none.status).toBe(409);
    expect(none.body.type).toBe('urn:nayabato:problem:consent-required');
    expect(none.body.errors[0].code).toBe('none');
    const elsewhere = await place(await referred({ recipientOrganizationId: other.id }));
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.errors[0].code).toBe('wrong_organisation');
    const withdrawn = await referred();
    const w = await t().call(ngo().secretKey, 'POST', `/v1/consents/${withdrawn.consentId}/withdraw`, {
      json: { withdrawnAt: new Date(Date.now() - 1000).toISOString() },
    });
    expect(w.status, JSON.stringify(w.body)).toBe(200);
    const late = await place(withdrawn);
    expect(late.status).toBe(409);
    expect(late.body.errors[0].code).toBe('withdrawn');
    // A consent naming no employer covers any (core's rule).
    expect((await place(await referred({}))).status).toBe(201);
  });

  it('links only an accepted referral the NGO sent for this participant, and an open or paused offer', async () => {
    const who = await referred();
    const another = await referred();
    const mixed = await place({ participantId: who.participantId, referralId: another.referralId });
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors[0]).toMatchObject({ pointer: '/referralId', code: 'unknown_reference' });
    // Sent but not yet accepted.
    const p = await t().call(ngo().secretKey, 'POST', '/v1/referrals', {
      json: {
        participantId: who.participantId,
        toOrganizationId: ti().id,
        serviceType: 'vocational_training',
        reason: 'x',
      },
    });
    await t().call(ngo().secretKey, 'POST', `/v1/referrals/${p.body.id}/send`, { json: {} });
    const sent = await place({ participantId: who.participantId, referralId: p.body.id });
    expect(sent.body.errors[0]).toMatchObject({ pointer: '/referralId', code: 'referral_not_active' });
    const draft = await makeOffer(t(), company().secretKey, {}, false);
    const onDraft = await place(who, { jobOfferId: draft.id });
    expect(onDraft.body.errors[0]).toMatchObject({ pointer: '/jobOfferId', code: 'unknown_reference' });
    const closed = await makeOffer(t(), company().secretKey);
    await t().call(company().secretKey, 'POST', `/v1/job-offers/${closed.id}/close`, { json: {} });
    const onClosed = await place(who, { jobOfferId: closed.id });
    expect(onClosed.body.errors[0]).toMatchObject({ pointer: '/jobOfferId', code: 'offer_not_open' });
    const paused = await makeOffer(t(), company().secretKey);
    await t().call(company().secretKey, 'POST', `/v1/job-offers/${paused.id}/pause`, { json: {} });
    expect((await place(who, { jobOfferId: paused.id })).status).toBe(201);
    // Only an NGO records placements; another NGO cannot use this NGO's referral.
    for (const role of ['corporate', 'training_institution', 'government', 'coordinator'] as const) {
      expect((await place(who, {}, t().org(role).secretKey)).status, role).toBe(403);
    }
    expect((await place(who, {}, t().org('ngo2').secretKey)).status).toBe(422);
  });

  it('shows the company a placement code, dates and retention, never who the person is', async () => {
    const who = await referred();
    const marker = 'ZQPLACEMENTNOTE';
    const made = await place(who, {
      endedOn: monthsAgo(1),
      endReason: 'unsafe_conditions',
      endNotes: `The supervisor shouted ${marker}`,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const id = made.body.id;
    const secrets = [
      who.participantId,
      who.referralId,
      who.consentId!,
      marker,
      'unsafe_conditions',
      ngo().id,
    ];
    const answers = [
      await t().call(company().secretKey, 'GET', `/v1/placements/${id}`),
      await t().call(company().secretKey, 'GET', '/v1/placements'),
      await t().call(company().secretKey, 'GET', `/v1/placements?jobOfferId=${offer.id}`),
      await t().call(company().secretKey, 'POST', `/v1/placements/${id}/retention-checks`, {
        json: { month: 1, retained: true },
      }),
    ];
    for (const res of answers) {
      expect(res.status, res.text).toBe(200);
      for (const secret of secrets) expect(res.text).not.toContain(secret);
    }
    expect(Object.keys(answers[0]!.body).sort()).toEqual(
      ['endedOn', 'id', 'jobOfferId', 'monthlyWageNpr', 'placementCode', 'retention', 'startDate'].sort(),
    );
    expect(answers[0]!.body.placementCode).toBe(made.body.placementCode);
    expect(answers[1]!.body.items.map((p: Json) => p.id)).toContain(id);
    for (const p of answers[1]!.body.items) expect(p.participantId).toBeUndefined();
    // Not even by asking: the company may not filter by participant.
    expect(
      (await t().call(company().secretKey, 'GET', `/v1/placements?participantId=${who.participantId}`))
        .status,
    ).toBe(403);
    // The NGO sees its placement in full.
    const full = await t().call(ngo().secretKey, 'GET', `/v1/placements/${id}`);
    expect(full.body).toMatchObject({
      participantId: who.participantId,
      endNotes: `The supervisor shouted ${marker}`,
    });
    const listed = await t().listAll(ngo().secretKey, `/v1/placements?participantId=${who.participantId}`);
    expect(listed.map((p: Json) => p.id)).toEqual([id]);
    // Everyone else: 404 for the record, 403 for the collection where the role has none.
    for (const key of [
      t().org('ngo2').secretKey,
      ti().secretKey,
      other.secretKey,
      t().org('government').secretKey,
      t().org('coordinator').secretKey,
    ]) {
      const res = await t().call(key, 'GET', `/v1/placements/${id}`);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain(marker);
    }
    for (const role of ['training_institution', 'government', 'coordinator'] as const) {
      expect((await t().call(t().org(role).secretKey, 'GET', '/v1/placements')).status, role).toBe(403);
    }
    expect((await t().call(other.secretKey, 'GET', '/v1/placements')).body.items).toEqual([]);
    expect((await t().call(company().publishableKey, 'GET', '/v1/placements')).status).toBe(403);
    expect((await t().call(ngo().publishableKey, 'GET', `/v1/placements/${id}`)).status).toBe(403);
    // Every read of placement data is audited with the participant.
    const reads = await t().registry.db.query<{ action: string; actor_org: string; participant_id: string }>(
      'select action, actor_org, participant_id from audit_log where resource_id = $1 order by id',
      [id],
    );
    expect(reads.filter((r) => r.actor_org === company().id).map((r) => r.action)).toEqual([
      'read',
      'list',
      'list',
      'update',
    ]);
    expect(reads.every((r) => r.participant_id === who.participantId)).toBe(true);
    for (const line of t().logs) expect(JSON.stringify(line)).not.toContain(marker);
  });

  it('takes retention checks from the employer and the NGO, only once due', async () => {
    const who = await referred();
    const made = (await place(who)).body;
    const check = (key: string, month: number, retained: boolean, id = made.id) =>
      t().call(key, 'POST', `/v1/placements/${id}/retention-checks`, { json: { month, retained } });
    const one = await check(company().secretKey, 1, true);
    expect(one.body.retention[0]).toMatchObject({ month: 1, status: 'retained' });
    expect(one.body.retention[0].confirmedAt).toBeTruthy();
    const three = await check(ngo().secretKey, 3, false);
    expect(three.body.retention.map((c: Json) => c.status)).toEqual([
      'retained',
      'not_retained',
      'pending',
      'pending',
    ]);
    expect((await check(company().secretKey, 2, true)).status).toBe(422);
    expect((await check(ti().secretKey, 6, true)).status).toBe(404);
    expect((await check(other.secretKey, 6, true)).status).toBe(404);
    const fresh = (await place(await referred(), { startDate: new Date().toISOString().slice(0, 10) })).body;
    const early = await check(company().secretKey, 1, true, fresh.id);
    expect(early.status).toBe(409);
    expect(early.body.errors[0]).toMatchObject({ pointer: '/month', code: 'checkpoint_not_due' });
  });
});
