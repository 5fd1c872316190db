import { beforeAll, expect, it } from 'vitest';
import { consentBody, describeRegistry, type Json, participantBody } from './registry.fixture.js';

/**
 * The marker test for follow-ups, service deliveries and support requests: every free-text field carries
 * a marker naming it. The NGO's care notes reach no one but the NGO, except a follow-up's notes, which
 * reach the receiving NGO while its sharing consent names `follow_ups` and `notes`; the support request's description
 * reaches the addressed desk and the NGO; the desk's answer reaches the NGO and the desk. The participant's
 * pseudonymous id never reaches the desk. Every other role, by secret key, staff token and publishable key,
 * and every log line, is scanned on every read and on the answers of its own attempted writes.
 */
const CARE = 'ZQXCARE';
const DESK = 'ZQXDESK';
const ANSWER = 'ZQXANSWER';
const mark = (prefix: string, field: string) => `${prefix}:${field}`;

describeRegistry('privacy markers: follow-ups, service deliveries, support requests', (t) => {
  let participant: string;
  let ids: { followUp: string; delivery: string; request: string; declined: string };
  const since = encodeURIComponent(new Date(Date.now() - 1000).toISOString());

  const paths = () => [
    '/v1/follow-ups',
    `/v1/follow-ups?participantId=${participant}`,
    `/v1/follow-ups?updatedSince=${since}`,
    `/v1/follow-ups/${ids.followUp}`,
    '/v1/service-deliveries',
    `/v1/service-deliveries?participantId=${participant}`,
    `/v1/service-deliveries?updatedSince=${since}`,
    `/v1/service-deliveries/${ids.delivery}`,
    '/v1/support-requests',
    `/v1/support-requests?participantId=${participant}`,
    `/v1/support-requests?updatedSince=${since}`,
    '/v1/support-requests?status=in_progress',
    `/v1/support-requests/${ids.request}`,
    `/v1/support-requests/${ids.declined}`,
  ];

  beforeAll(async () => {
    const ngo = t().org('ngo');
    const key = ngo.secretKey;
    const post = async (path: string, json: unknown) => {
      const res = await t().call(key, 'POST', path, { json });
      expect(res.status, `${path}: ${res.text}`).toBeLessThan(300);
      return res.body.id as string;
    };
    participant = await post('/v1/participants', participantBody());
    // The second NGO holds an active, consented referral of the participant: it sees the person, but
    // the consent's scope (profile, assessment, plan) names neither `follow_ups` nor `notes`, so it reads
    // none of the care records until a consent naming them is recorded (the last scan below).
    const ngo2 = t().org('ngo2');
    await post('/v1/consents', consentBody(participant, 'sharing', { recipientOrganizationId: ngo2.id }));
    const referral = await post('/v1/referrals', {
      participantId: participant,
      toOrganizationId: ngo2.id,
      serviceType: 'counselling',
      reason: 'Support',
    });
    await post(`/v1/referrals/${referral}/send`, {});
    const followUp = await post('/v1/follow-ups', {
      participantId: participant,
      date: '2026-11-20',
      monthlyIncomeNpr: 9_000,
      livingIndependently: false,
      reintegratedWithFamily: true,
      supportingFamily: true,
      inShelter: false,
      notes: mark(CARE, 'followUp.notes'),
    });
    const delivery = await post('/v1/service-deliveries', {
      participantId: participant,
      serviceType: 'health',
      deliveredOn: '2026-11-20',
      notes: mark(CARE, 'serviceDelivery.notes'),
    });
    const desk = t().org('government');
    const raise = (field: string) =>
      post('/v1/support-requests', {
        toOrganizationId: desk.id,
        kind: 'legal_aid',
        participantId: participant,
        district: 'Kathmandu',
        description: mark(DESK, field),
      });
    const request = await raise('supportRequest.description');
    const declined = await raise('supportRequest2.description');
    const answered = await t().call(desk.secretKey, 'POST', `/v1/support-requests/${request}/start`, {
      json: { response: mark(ANSWER, 'supportRequest.response') },
    });
    expect(answered.status).toBe(200);
    expect(answered.text).not.toContain(participant);
    const refused = await t().call(desk.secretKey, 'POST', `/v1/support-requests/${declined}/decline`, {
      json: { response: mark(ANSWER, 'supportRequest2.response') },
    });
    expect(refused.status).toBe(200);
    ids = { followUp, delivery, request, declined };
  });

  async function credentials(
    role: 'ngo2' | 'training_institution' | 'corporate' | 'government' | 'coordinator',
  ) {
    const org = t().org(role);
    const token = await t().call(org.secretKey, 'POST', '/v1/tokens', { json: { userId: org.user.id } });
    expect(token.status).toBe(201);
    return [
      ['secret', org.secretKey],
      ['staff', token.body.token as string],
      ['publishable', org.publishableKey],
    ] as const;
  }

  /** Every GET and the other party's transitions with `credential`; none may contain a forbidden string. */
  async function scan(credential: string, who: string, forbidden: readonly string[], refused = true) {
    let answered = 0;
    for (const path of paths()) {
      const res = await t().call(credential, 'GET', path);
      if (res.status === 200) answered++;
      for (const m of forbidden) expect(res.text, `${who} GET ${path}`).not.toContain(m);
    }
    for (const action of ['withdraw', 'acknowledge', 'fulfil']) {
      const res = await t().call(credential, 'POST', `/v1/support-requests/${ids.request}/${action}`, {
        json: {},
      });
      if (refused) expect(res.status, `${who} ${action}`).toBeGreaterThanOrEqual(400);
      for (const m of forbidden) expect(res.text, `${who} ${action}`).not.toContain(m);
    }
    return answered;
  }

  it('no marker of any kind, nor the participant id, reaches another NGO, a trainer, a company or the coordinator', async () => {
    for (const role of ['ngo2', 'training_institution', 'corporate', 'coordinator'] as const) {
      for (const [kind, credential] of await credentials(role))
        await scan(credential, `${role} ${kind}`, [
          CARE,
          DESK,
          ANSWER,
          ...(role === 'ngo2' ? [] : [participant]),
        ]);
    }
  });

  it('the addressed desk reads the request and its own answers, never the care notes or the participant id', async () => {
    const [[, secret], [, staff], [, publishable]] = await credentials('government');
    for (const [kind, credential] of [
      ['secret', secret],
      ['staff', staff],
    ] as const) {
      // The desk's own moves succeed (it fulfils the request on the first scan): their answers are scanned too.
      expect(
        await scan(credential, `government ${kind}`, [CARE, participant], false),
        kind,
      ).toBeGreaterThanOrEqual(5);
      const seen = await t().call(credential, 'GET', `/v1/support-requests/${ids.request}`);
      expect(seen.text).toContain(mark(DESK, 'supportRequest.description'));
      expect(seen.text).toContain(mark(ANSWER, 'supportRequest.response'));
    }
    await scan(publishable, 'government publishable', [CARE, DESK, ANSWER, participant]);
  });

  it('the registering NGO reads every marker back (the scans are not vacuous), the desk’s answers included', async () => {
    const key = t().org('ngo').secretKey;
    const texts: string[] = [];
    for (const path of paths()) {
      const res = await t().call(key, 'GET', path);
      expect(res.status, path).toBe(200);
      texts.push(res.text);
    }
    const text = texts.join('\n');
    for (const m of [
      mark(CARE, 'followUp.notes'),
      mark(CARE, 'serviceDelivery.notes'),
      mark(DESK, 'supportRequest.description'),
      mark(DESK, 'supportRequest2.description'),
      mark(ANSWER, 'supportRequest.response'),
      mark(ANSWER, 'supportRequest2.response'),
    ])
      expect(text, m).toContain(m);
    const declined = await t().call(key, 'GET', `/v1/support-requests/${ids.declined}`);
    expect(declined.body as Json).toMatchObject({ status: 'declined', participantId: participant });
  });

  it('the receiving NGO: a follow-up without notes under `follow_ups`, its notes under `notes` too, nothing else', async () => {
    const key = t().org('ngo').secretKey;
    const ngo2 = t().org('ngo2');
    const consent = async (scope: string[]) => {
      const res = await t().call(key, 'POST', '/v1/consents', {
        json: consentBody(participant, 'sharing', { recipientOrganizationId: ngo2.id, scope }),
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const withdraw = async (id: string) =>
      expect(
        (
          await t().call(key, 'POST', `/v1/consents/${id}/withdraw`, {
            json: { withdrawnAt: new Date().toISOString() },
          })
        ).status,
      ).toBe(200);
    const scoped = await consent(['follow_ups']);
    for (const [kind, credential] of await credentials('ngo2')) {
      await scan(credential, `ngo2 ${kind} (follow_ups)`, [CARE, DESK, ANSWER]);
    }
    const read = await t().call(ngo2.secretKey, 'GET', `/v1/follow-ups/${ids.followUp}`);
    expect(read.status).toBe(200); // the scan is not vacuous: the follow-up itself is readable
    const notes = await consent(['notes']);
    const [[, secret], [, staff], [, publishable]] = await credentials('ngo2');
    for (const credential of [secret, staff]) {
      const got = await t().call(credential, 'GET', `/v1/follow-ups/${ids.followUp}`);
      expect(got.body.notes).toBe(mark(CARE, 'followUp.notes'));
      await scan(credential, 'ngo2 (follow_ups, notes)', [mark(CARE, 'serviceDelivery.notes'), DESK, ANSWER]);
    }
    await scan(publishable, 'ngo2 publishable', [CARE, DESK, ANSWER, participant]);
    await withdraw(notes);
    await withdraw(scoped);
    await scan(secret, 'ngo2 after withdrawal', [CARE, DESK, ANSWER]);
  });

  it('writes no marker and no participant id to the logs', () => {
    expect(t().logs.length).toBeGreaterThan(50);
    for (const line of t().logs) {
      const text = JSON.stringify(line);
      for (const secret of [CARE, DESK, ANSWER, participant]) expect(text).not.toContain(secret);
    }
  });
});
