import { beforeAll, expect, it } from 'vitest';
import { describeRegistry, type Json, participantBody } from '../registry.fixture.js';

describeRegistry('support requests', (t) => {
  const ngo = () => t().org('ngo');
  const desk = () => t().org('government');
  let participant: string;
  /** A second government desk, registered by the coordinator: it must see none of the first desk's requests. */
  let otherDesk: { id: string; key: string };

  const request = (over: Record<string, unknown> = {}) => ({
    toOrganizationId: desk().id,
    kind: 'citizenship_documentation',
    participantId: participant,
    district: 'Kathmandu',
    description: 'Needs a citizenship certificate to open a bank account',
    ...over,
  });
  const raise = async (over: Record<string, unknown> = {}) => {
    const res = await t().call(ngo().secretKey, 'POST', '/v1/support-requests', { json: request(over) });
    expect(res.status, res.text).toBe(201);
    return res.body.id as string;
  };
  const act = (key: string, id: string, action: string, json: unknown = {}) =>
    t().call(key, 'POST', `/v1/support-requests/${id}/${action}`, { json });

  beforeAll(async () => {
    participant = (await t().call(ngo().secretKey, 'POST', '/v1/participants', { json: participantBody() }))
      .body.id;
    const created = await t().call(t().org('coordinator').secretKey, 'POST', '/v1/organizations', {
      json: {
        role: 'government',
        name: 'Second Demo Desk (synthetic)',
        districtsServed: ['Kaski'],
        servicesOffered: ['legal_aid'],
      },
    });
    expect(created.status, created.text).toBe(201);
    otherDesk = { id: created.body.organization.id, key: created.body.secretKey.secret };
  });

  it('the NGO raises one; the desk reads it without the participant id, answers, and the NGO reads the answer', async () => {
    const created = await t().call(ngo().secretKey, 'POST', '/v1/support-requests', { json: request() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...request(), status: 'submitted', organizationId: ngo().id });
    expect(created.headers.get('location')).toBe(`/v1/support-requests/${created.body.id}`);
    const id = created.body.id;

    const seen = await t().call(desk().secretKey, 'GET', `/v1/support-requests/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.participantId).toBeUndefined();
    expect(seen.text).not.toContain(participant);
    expect(seen.body).toMatchObject({
      kind: 'citizenship_documentation',
      district: 'Kathmandu',
      description: request().description,
      organizationId: ngo().id,
      status: 'submitted',
    });
    const inbox = await t().listAll(desk().secretKey, '/v1/support-requests?status=submitted');
    expect(inbox.map((r: Json) => r.id)).toContain(id);
    for (const item of inbox) expect(item.participantId).toBeUndefined();

    const acknowledged = await act(desk().secretKey, id, 'acknowledge', {
      response: 'Received; the district office will call you',
    });
    expect(acknowledged.status, acknowledged.text).toBe(200);
    expect(acknowledged.body.participantId).toBeUndefined();
    expect(acknowledged.body).toMatchObject({
      status: 'acknowledged',
      response: 'Received; the district office will call you',
    });
    expect((await act(desk().secretKey, id, 'start')).body.status).toBe('in_progress');
    const fulfilled = await act(desk().secretKey, id, 'fulfil', {
      response: 'Certificate issued on 2 Poush',
    });
    expect(fulfilled.body).toMatchObject({ status: 'fulfilled', response: 'Certificate issued on 2 Poush' });

    const answer = await t().call(ngo().secretKey, 'GET', `/v1/support-requests/${id}`);
    expect(answer.body).toMatchObject({
      status: 'fulfilled',
      response: 'Certificate issued on 2 Poush',
      participantId: participant,
    });
    expect(Date.parse(answer.body.respondedAt)).toBeGreaterThan(Date.parse(created.body.createdAt) - 1);
    const mine = await t().listAll(ngo().secretKey, `/v1/support-requests?participantId=${participant}`);
    expect(mine.find((r: Json) => r.id === id)?.response).toBe('Certificate issued on 2 Poush');

    const audit = await t().registry.db.query<{
      actor_org: string;
      action: string;
      detail: Json;
      participant_id: string | null;
    }>('select actor_org, action, detail, participant_id from audit_log where resource_id = $1 order by id', [
      id,
    ]);
    // The participant is on the NGO's rows only: the desk's rows, which it may read back, never carry it.
    for (const a of audit) expect(a.participant_id).toBe(a.actor_org === ngo().id ? participant : null);
    expect(audit.map((a) => `${a.actor_org === ngo().id ? 'ngo' : 'desk'}:${a.action}`)).toEqual([
      'ngo:create',
      'desk:read',
      'desk:list',
      'desk:transition',
      'desk:transition',
      'desk:transition',
      'ngo:read',
      'ngo:list',
    ]);
    expect(audit.filter((a) => a.action === 'transition').map((a) => a.detail.action)).toEqual([
      'acknowledge',
      'start',
      'fulfil',
    ]);
  });

  it('refuses each move the machine forbids: 409 from a final status, 403 to the other party, 422 without an answer', async () => {
    const id = await raise();
    // The NGO may not answer its own request; the desk may not withdraw it.
    const byNgo = await act(ngo().secretKey, id, 'acknowledge');
    expect(byNgo.status).toBe(403);
    expect(byNgo.body.errors[0].code).toBe('not_permitted');
    expect((await act(desk().secretKey, id, 'withdraw')).status).toBe(403);
    // Fulfilling a request not yet acknowledged is not a move.
    const early = await act(desk().secretKey, id, 'fulfil');
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(early.body).toMatchObject({ type: 'urn:nayabato:problem:invalid-transition' });
    expect(early.body.errors[0].code).toBe('illegal_transition');
    expect(early.body.errors[0].message.ne).toMatch(/[\u0900-\u097F]/);
    const noAnswer = await act(desk().secretKey, id, 'decline', {});
    expect(noAnswer.status).toBe(422);
    expect(noAnswer.body.errors[0].pointer).toBe('/response');
    const blank = await act(desk().secretKey, id, 'decline', { response: '   ' });
    expect(blank.status).toBe(422);
    const declined = await act(desk().secretKey, id, 'decline', { response: 'Outside this desk’s district' });
    expect(declined.body).toMatchObject({ status: 'declined', response: 'Outside this desk’s district' });
    for (const action of ['acknowledge', 'start', 'fulfil', 'decline'])
      expect((await act(desk().secretKey, id, action, { response: 'again' })).status).toBe(409);
    expect((await act(ngo().secretKey, id, 'withdraw')).status).toBe(409);
    expect((await t().call(ngo().secretKey, 'GET', `/v1/support-requests/${id}`)).body.response).toBe(
      'Outside this desk’s district',
    );
  });

  it('the NGO withdraws; the desk still sees the request, withdrawn, and can no longer act', async () => {
    const id = await raise({ kind: 'shelter_space', places: 4, participantId: undefined });
    expect((await act(desk().secretKey, id, 'start')).body.status).toBe('in_progress');
    const withdrawn = await act(ngo().secretKey, id, 'withdraw');
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', places: 4 });
    expect((await t().call(desk().secretKey, 'GET', `/v1/support-requests/${id}`)).body.status).toBe(
      'withdrawn',
    );
    expect((await act(desk().secretKey, id, 'fulfil')).status).toBe(409);
    const listed = await t().call(ngo().secretKey, 'GET', '/v1/support-requests?status=withdrawn');
    expect(listed.body.items.map((r: Json) => r.id)).toContain(id);
    expect((await t().call(ngo().secretKey, 'GET', '/v1/support-requests?status=lost')).status).toBe(400);
  });

  it('of a fulfil and a withdraw at once, exactly one wins; the other is a 409', async () => {
    const id = await raise();
    expect((await act(desk().secretKey, id, 'acknowledge')).status).toBe(200);
    const [fulfil, withdraw] = await Promise.all([
      act(desk().secretKey, id, 'fulfil', { response: 'Done' }),
      act(ngo().secretKey, id, 'withdraw'),
    ]);
    expect([fulfil.status, withdraw.status].sort()).toEqual([200, 409]);
    const final = await t().call(ngo().secretKey, 'GET', `/v1/support-requests/${id}`);
    expect(final.body.status).toBe(fulfil.status === 200 ? 'fulfilled' : 'withdrawn');
  });

  it('a request goes to a government organisation only (422), and for the NGO’s own participant', async () => {
    for (const role of ['ngo2', 'training_institution', 'corporate', 'coordinator'] as const) {
      const res = await t().call(ngo().secretKey, 'POST', '/v1/support-requests', {
        json: request({ toOrganizationId: t().org(role).id }),
      });
      expect(res.status, role).toBe(422);
      expect(res.body.errors[0]).toMatchObject({
        pointer: '/toOrganizationId',
        code: 'recipient_not_government',
      });
      expect(res.body.errors[0].message.ne).toMatch(/[\u0900-\u097F]/);
    }
    const nobody = await t().call(ngo().secretKey, 'POST', '/v1/support-requests', {
      json: request({ toOrganizationId: 'org_0000000000' }),
    });
    expect(nobody.body.errors[0].code).toBe('unknown_reference');
    const foreign = await t().call(t().org('ngo2').secretKey, 'POST', '/v1/support-requests', {
      json: request(),
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ pointer: '/participantId', code: 'unknown_reference' });
    const badText = await t().call(ngo().secretKey, 'POST', '/v1/support-requests', {
      json: request({ description: 'x\uD800' }),
    });
    expect(badText.status).toBe(422);
    expect(badText.body.errors[0].pointer).toBe('/description');
  });

  it('another desk, another NGO and every other role see none of it', async () => {
    const id = await raise();
    for (const key of [otherDesk.key, t().org('ngo2').secretKey]) {
      expect((await t().call(key, 'GET', `/v1/support-requests/${id}`)).status).toBe(404);
      expect((await act(key, id, 'acknowledge')).status).toBe(404);
      expect((await act(key, id, 'withdraw')).status).toBe(404);
      const list = await t().listAll(key, '/v1/support-requests');
      expect(list.map((r: Json) => r.id)).not.toContain(id);
    }
    for (const role of ['training_institution', 'corporate', 'coordinator'] as const) {
      const key = t().org(role).secretKey;
      expect((await t().call(key, 'GET', '/v1/support-requests')).status, role).toBe(403);
      expect((await t().call(key, 'GET', `/v1/support-requests/${id}`)).status, role).toBe(404);
      expect((await act(key, id, 'acknowledge')).status, role).toBe(404);
      expect((await t().call(key, 'POST', '/v1/support-requests', { json: request() })).status, role).toBe(
        403,
      );
    }
    // A desk never raises one, and filtering its inbox by a participant finds nothing.
    expect(
      (await t().call(desk().secretKey, 'POST', '/v1/support-requests', { json: request() })).status,
    ).toBe(403);
    const probe = await t().call(
      desk().secretKey,
      'GET',
      `/v1/support-requests?participantId=${participant}`,
    );
    expect(probe.status).toBe(200);
    expect(probe.body.items).toEqual([]);
    expect((await t().call(ngo().publishableKey, 'GET', '/v1/support-requests')).status).toBe(403);
  });
});
