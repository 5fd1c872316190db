import { beforeAll, expect, it } from 'vitest';
import { consentBody, describeRegistry, type Json, participantBody } from '../registry.fixture.js';

const followUp = (participantId: string, over: Record<string, unknown> = {}) => ({
  participantId,
  date: '2026-11-20',
  monthlyIncomeNpr: 18_000,
  livingIndependently: true,
  reintegratedWithFamily: false,
  supportingFamily: true,
  inShelter: false,
  economicScore: 4,
  notes: 'Works at the tailoring unit',
  ...over,
});
const delivery = (participantId: string, over: Record<string, unknown> = {}) => ({
  participantId,
  serviceType: 'counselling',
  deliveredOn: '2026-11-21',
  durationMinutes: 60,
  notes: 'Second session',
  ...over,
});

describeRegistry('follow-ups and service deliveries', (t) => {
  const ngo = () => t().org('ngo');
  let participant: string;
  let other: string;

  beforeAll(async () => {
    const key = ngo().secretKey;
    participant = (await t().call(key, 'POST', '/v1/participants', { json: participantBody() })).body.id;
    other = (await t().call(key, 'POST', '/v1/participants', { json: participantBody() })).body.id;
  });

  for (const [path, body, idPrefix] of [
    ['/v1/follow-ups', followUp, 'fu_'],
    ['/v1/service-deliveries', delivery, 'svc_'],
  ] as const) {
    it(`${path}: the registering NGO records, reads and lists per participant and per organisation, audited`, async () => {
      const key = ngo().secretKey;
      const created = await t().call(key, 'POST', path, { json: body(participant) });
      expect(created.status, created.text).toBe(201);
      expect(created.body.id.startsWith(idPrefix)).toBe(true);
      expect(created.body).toMatchObject({ ...body(participant), organizationId: ngo().id });
      expect(created.headers.get('location')).toBe(`${path}/${created.body.id}`);
      const read = await t().call(key, 'GET', `${path}/${created.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(created.body);
      const second = await t().call(key, 'POST', path, { json: body(participant) });
      const third = await t().call(key, 'POST', path, { json: body(other) });
      expect([second.status, third.status]).toEqual([201, 201]);

      // Per participant, a page at a time: keyset pagination, in the order recorded.
      const first = await t().call(key, 'GET', `${path}?participantId=${participant}&limit=1`);
      expect(first.body.items.map((i: Json) => i.id)).toEqual([created.body.id]);
      expect(first.body.nextCursor).toBeTruthy();
      const next = await t().call(
        key,
        'GET',
        `${path}?participantId=${participant}&limit=1&cursor=${first.body.nextCursor}`,
      );
      expect(next.body.items.map((i: Json) => i.id)).toEqual([second.body.id]);
      const rest = await t().listAll(key, `${path}?participantId=${participant}`);
      expect(rest.map((i: Json) => i.id)).toEqual([created.body.id, second.body.id]);
      // Per organisation: everything it recorded, these three included, nothing of another NGO.
      const all = await t().listAll(key, path);
      expect(all.map((i: Json) => i.id)).toEqual(
        expect.arrayContaining([created.body.id, second.body.id, third.body.id]),
      );
      expect(all.every((i: Json) => i.organizationId === ngo().id)).toBe(true);

      const audit = await t().registry.db.query<{ action: string; participant_id: string }>(
        'select action, participant_id from audit_log where resource_id = $1 order by id',
        [created.body.id],
      );
      // The first page, the participant's list and the organisation's list each audit it.
      expect(audit.map((a) => a.action)).toEqual(['create', 'read', 'list', 'list', 'list']);
      expect(audit.every((a) => a.participant_id === participant)).toBe(true);
    });

    it(`${path}: refuses an invalid body (422 with the field), bad text, and a participant not the caller's`, async () => {
      const key = ngo().secretKey;
      const bad = await t().call(key, 'POST', path, { json: { ...body(participant), notes: 'a\u0000b' } });
      expect(bad.status).toBe(422);
      expect(bad.body.errors.map((e: Json) => e.pointer)).toContain('/notes');
      const unknown = await t().call(key, 'POST', path, { json: body('pt_0000000000') });
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors[0]).toMatchObject({ pointer: '/participantId', code: 'unknown_reference' });
      // Another NGO's participant does not exist for this one.
      const foreign = await t().call(t().org('ngo2').secretKey, 'POST', path, { json: body(participant) });
      expect(foreign.status).toBe(422);
    });
  }

  it('refuses a follow-up in shelter and living independently, with the field', async () => {
    const res = await t().call(ngo().secretKey, 'POST', '/v1/follow-ups', {
      json: followUp(participant, { inShelter: true, livingIndependently: true }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: Json) => e.pointer)).toContain('/livingIndependently');
  });

  it('refuses a shelter stay that ends before it began', async () => {
    const res = await t().call(ngo().secretKey, 'POST', '/v1/service-deliveries', {
      json: delivery(participant, { serviceType: 'shelter', endedOn: '2026-11-01' }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: Json) => e.pointer)).toContain('/endedOn');
  });

  it('links a delivery to the NGO’s own referral of that participant and its own staff only', async () => {
    const key = ngo().secretKey;
    const ti = t().org('training_institution');
    await t().call(key, 'POST', '/v1/consents', {
      json: consentBody(participant, 'sharing', { recipientOrganizationId: ti.id }),
    });
    const referral = await t().call(key, 'POST', '/v1/referrals', {
      json: { participantId: participant, toOrganizationId: ti.id, serviceType: 'counselling', reason: 'x' },
    });
    expect(referral.status).toBe(201);
    const linked = await t().call(key, 'POST', '/v1/service-deliveries', {
      json: delivery(participant, { referralId: referral.body.id, deliveredByUserId: ngo().user.id }),
    });
    expect(linked.status, linked.text).toBe(201);
    expect(linked.body).toMatchObject({ referralId: referral.body.id, deliveredByUserId: ngo().user.id });
    const wrongPerson = await t().call(key, 'POST', '/v1/service-deliveries', {
      json: delivery(other, { referralId: referral.body.id }),
    });
    expect(wrongPerson.body.errors[0]).toMatchObject({ pointer: '/referralId', code: 'other_participant' });
    const unknownReferral = await t().call(key, 'POST', '/v1/service-deliveries', {
      json: delivery(participant, { referralId: 'ref_0000000000' }),
    });
    expect(unknownReferral.body.errors[0]).toMatchObject({
      pointer: '/referralId',
      code: 'unknown_reference',
    });
    const foreignUser = await t().call(key, 'POST', '/v1/service-deliveries', {
      json: delivery(participant, { deliveredByUserId: t().org('ngo2').user.id }),
    });
    expect(foreignUser.status).toBe(422);
    expect(foreignUser.body.errors[0]).toMatchObject({
      pointer: '/deliveredByUserId',
      code: 'unknown_reference',
    });
  });

  it('an NGO holding a referral of the participant may neither record nor read them (owner only)', async () => {
    const key = ngo().secretKey;
    const ngo2 = t().org('ngo2');
    await t().call(key, 'POST', '/v1/consents', {
      json: consentBody(participant, 'sharing', { recipientOrganizationId: ngo2.id }),
    });
    const referral = await t().call(key, 'POST', '/v1/referrals', {
      json: {
        participantId: participant,
        toOrganizationId: ngo2.id,
        serviceType: 'counselling',
        reason: 'x',
      },
    });
    expect((await t().call(key, 'POST', `/v1/referrals/${referral.body.id}/send`, { json: {} })).status).toBe(
      200,
    );
    // The receiver sees the participant, but records nothing on the registering NGO's behalf.
    expect((await t().call(ngo2.secretKey, 'GET', `/v1/participants/${participant}`)).status).toBe(200);
    for (const [path, body] of [
      ['/v1/follow-ups', followUp],
      ['/v1/service-deliveries', delivery],
    ] as const) {
      expect((await t().call(ngo2.secretKey, 'POST', path, { json: body(participant) })).status).toBe(403);
      const listed = await t().call(ngo2.secretKey, 'GET', `${path}?participantId=${participant}`);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([]);
      const own = await t().listAll(key, `${path}?participantId=${participant}`);
      for (const item of own)
        expect((await t().call(ngo2.secretKey, 'GET', `${path}/${item.id}`)).status).toBe(404);
    }
  });

  it('answers 400 to a bad filter, and is replayed with an Idempotency-Key', async () => {
    const key = ngo().secretKey;
    expect((await t().call(key, 'GET', '/v1/follow-ups?participantId=nope')).status).toBe(400);
    expect((await t().call(key, 'GET', '/v1/follow-ups?updatedSince=yesterday')).status).toBe(400);
    const headers = { 'idempotency-key': `care-${Date.now()}` };
    const a = await t().call(key, 'POST', '/v1/follow-ups', { json: followUp(participant), headers });
    const b = await t().call(key, 'POST', '/v1/follow-ups', { json: followUp(participant), headers });
    expect(a.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
  });
});
