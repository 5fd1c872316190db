import { TRAINING_FIELDS } from '@nayabato/core';
import { beforeAll, expect, it } from 'vitest';
import { makeOffer } from './job-offers.fixture.js';
import {
  countsOf,
  expectedAnswer,
  MOVED_TABLES,
  monthsAgo,
  readBack,
  scenarioIds,
  scenarioPeriod,
  today,
  trueReport,
} from './programme-scenario.fixture.js';
import { consentBody, describeRegistry, type Json, participantBody } from './registry.fixture.js';
import { ok, programmeBody } from './routes/livelihood.fixture.js';

/** Planted in the participant's free text: no party but the registering NGO may ever read it. */
const MARK = 'ZQXSCENARIO';

/**
 * The whole programme over real HTTP, each step by the organisation that does it in real life with its
 * own credential: the NGO registers, assesses, plans and refers; the training institution enrols and
 * certifies; the company posts an offer; the NGO places; the employer confirms retention; the NGO follows
 * up; the ministry answers a support request; the indicators move by exactly what the scenario added.
 * After every step the other parties' views are checked: what they may see, and what they may not.
 */
describeRegistry('the programme, end to end', (t) => {
  const ngo = () => t().org('ngo');
  const ti = () => t().org('training_institution');
  const company = () => t().org('corporate');
  const ministry = () => t().org('government');
  const coordinator = () => t().org('coordinator');
  const query = () => `from=${scenarioPeriod().from}&to=${scenarioPeriod().to}`;
  const indicators = (key: string) =>
    ok(t().call(key, 'GET', `/v1/indicators?${query()}`), 200, 'indicators');
  const post = (key: string, path: string, json: unknown, status = 201) =>
    ok(t().call(key, 'POST', path, { json }), status, `POST ${path}`);
  const get = (key: string, path: string, status = 200) =>
    ok(t().call(key, 'GET', path), status, `GET ${path}`);

  /** Ids of what the scenario wrote, filled step by step. */
  const s = scenarioIds();
  let before: { coordinator: Json; ngo: Json };

  beforeAll(async () => {
    before = {
      coordinator: await indicators(coordinator().secretKey),
      ngo: await indicators(ngo().secretKey),
    };
  });

  it('the indicators before the scenario are core’s on the demo programme', () => {
    expect(before.coordinator).toEqual(expectedAnswer());
    expect(before.ngo).toEqual(expectedAnswer(undefined, ngo().id));
  });

  it('the NGO registers a participant with consent, assesses needs and agrees a plan', async () => {
    const key = ngo().secretKey;
    s.participant = (await post(key, '/v1/participants', participantBody({ notes: `${MARK}:notes` }))).id;
    s.services = (await post(key, '/v1/consents', consentBody(s.participant, 'services'))).id;
    const sharing = await post(
      key,
      '/v1/consents',
      consentBody(s.participant, 'sharing', {
        recipientOrganizationId: ti().id,
        scope: ['profile', 'needs_assessment', 'livelihood_plan'],
      }),
    );
    expect(sharing).toMatchObject({ recipientOrganizationId: ti().id });
    expect([...sharing.scope].sort()).toEqual(['livelihood_plan', 'needs_assessment', 'profile']);
    s.assessment = (
      await post(key, '/v1/needs-assessments', {
        participantId: s.participant,
        assessedOn: today(),
        notes: `${MARK}:assessment`,
        domains: [
          { domain: 'livelihood_and_income', needLevel: 'high', goals: 'A trade and a steady income' },
        ],
      })
    ).id;
    s.plan = (
      await post(key, '/v1/livelihood-plans', {
        participantId: s.participant,
        needsAssessmentId: s.assessment,
        goals: [
          { key: 'g1', area: 'livelihood', description: 'Train as a tailor, then work', status: 'open' },
        ],
        actions: [],
        participantAgreement: { agreedAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal' },
        reviews: [],
      })
    ).id;
    // Before any referral nobody else reads the participant.
    for (const role of ['training_institution', 'corporate', 'government', 'ngo2'] as const) {
      const res = await t().call(t().org(role).secretKey, 'GET', `/v1/participants/${s.participant}`);
      expect([403, 404], role).toContain(res.status);
      expect(res.text, role).not.toContain(MARK);
    }
  });

  it('the NGO refers to the training institution, which accepts and reads only what a course needs', async () => {
    s.referral = (
      await post(ngo().secretKey, '/v1/referrals', {
        participantId: s.participant,
        toOrganizationId: ti().id,
        serviceType: 'vocational_training',
        reason: 'Wants to learn tailoring',
        needsAssessmentId: s.assessment,
        livelihoodPlanId: s.plan,
      })
    ).id;
    await post(ngo().secretKey, `/v1/referrals/${s.referral}/send`, {}, 200);
    const accepted = await post(ti().secretKey, `/v1/referrals/${s.referral}/accept`, {}, 200);
    expect(accepted.status).toBe('accepted');
    // The institution reads what a course needs (core's training fields, whatever the scope), never the
    // category, the history or the notes; and, by the access policy, no assessment or plan at all.
    const seen = await get(ti().secretKey, `/v1/participants/${s.participant}`);
    expect(seen.id).toBe(s.participant);
    for (const field of Object.keys(seen)) expect(TRAINING_FIELDS as readonly string[]).toContain(field);
    for (const field of ['category', 'traffickingStatus', 'notes'])
      expect(seen[field], field).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain(MARK);
    for (const path of [`/v1/livelihood-plans/${s.plan}`, `/v1/needs-assessments/${s.assessment}`]) {
      const res = await t().call(ti().secretKey, 'GET', path);
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain(MARK);
    }
    // The referring NGO still reads both in full.
    expect((await get(ngo().secretKey, `/v1/needs-assessments/${s.assessment}`)).notes).toBe(
      `${MARK}:assessment`,
    );
    // The company and the ministry know nothing of the referral.
    for (const role of ['corporate', 'government'] as const) {
      const res = await t().call(t().org(role).secretKey, 'GET', `/v1/referrals/${s.referral}`);
      expect([403, 404], role).toContain(res.status);
    }
  });

  it('the training institution enrols from the accepted referral and certifies completion', async () => {
    const key = ti().secretKey;
    s.programme = (
      await post(
        key,
        '/v1/training-programmes',
        programmeBody(ti().id, { startDate: monthsAgo(3), endDate: today(), status: 'open' }),
      )
    ).id;
    const enrolment = {
      programmeId: s.programme,
      participantId: s.participant,
      referralId: s.referral,
      enrolledOn: today(),
      status: 'enrolled',
      attendance: { hoursAttended: 0, sessionsAttended: 0 },
      certification: { status: 'pending' },
    };
    s.enrolment = (await post(key, '/v1/enrolments', enrolment)).id;
    const done = await ok(
      t().call(key, 'PUT', `/v1/enrolments/${s.enrolment}`, {
        json: {
          ...enrolment,
          status: 'completed',
          completedOn: today(),
          attendance: { hoursAttended: 380, sessionsAttended: 128 },
          certification: { status: 'certified', certifiedOn: today(), certifyingBody: 'Skill board' },
        },
      }),
      200,
      'complete',
    );
    expect(done).toMatchObject({ status: 'completed', certification: { status: 'certified' } });
    // The referring NGO reads the outcome; the company and the ministry read no enrolment.
    expect(await get(ngo().secretKey, `/v1/enrolments/${s.enrolment}`)).toMatchObject({
      status: 'completed',
      certification: { status: 'certified' },
    });
    for (const role of ['corporate', 'government', 'ngo2'] as const) {
      const res = await t().call(t().org(role).secretKey, 'GET', `/v1/enrolments/${s.enrolment}`);
      expect([403, 404], role).toContain(res.status);
    }
  });

  it('the company posts and publishes a job offer, public to its own publishable key', async () => {
    const offer = await makeOffer(t(), company().secretKey, { title: 'Tailor, garment unit' });
    s.offer = offer.id;
    expect(offer).toMatchObject({ status: 'open', organizationId: company().id });
    const own = await t().listAll(company().publishableKey, '/v1/job-offers');
    expect(own.map((o: Json) => o.id)).toContain(s.offer);
    expect((await get(company().publishableKey, `/v1/job-offers/${s.offer}`)).id).toBe(s.offer);
    // Another organisation's publishable key does not list it; the NGO and the institution read it.
    expect((await t().call(ngo().publishableKey, 'GET', `/v1/job-offers/${s.offer}`)).status).toBe(404);
    for (const key of [ngo().secretKey, ti().secretKey]) {
      expect((await get(key, `/v1/job-offers/${s.offer}`)).status).toBe('open');
    }
  });

  it('the NGO records an employer-introduction consent and the placement from its accepted referral', async () => {
    s.introduction = (
      await post(
        ngo().secretKey,
        '/v1/consents',
        consentBody(s.participant, 'employer_introduction', { recipientOrganizationId: company().id }),
      )
    ).id;
    // Started thirteen months ago, as the placements suite does, so every checkpoint has fallen due.
    const placement = await post(ngo().secretKey, '/v1/placements', {
      participantId: s.participant,
      referralId: s.referral,
      jobOfferId: s.offer,
      startDate: monthsAgo(13),
      monthlyWageNpr: 23000,
    });
    s.placement = placement.id;
    s.placementCode = placement.placementCode;
    expect(placement).toMatchObject({
      participantId: s.participant,
      referralId: s.referral,
      introductionConsentId: s.introduction,
    });
    // The company sees a code, dates and retention: never who the person is.
    const view = await get(company().secretKey, `/v1/placements/${s.placement}`);
    expect(Object.keys(view).sort()).toEqual(
      ['id', 'jobOfferId', 'monthlyWageNpr', 'placementCode', 'retention', 'startDate'].sort(),
    );
    expect(view.placementCode).toBe(s.placementCode);
    const listed = await t().listAll(company().secretKey, '/v1/placements');
    expect(listed.map((p: Json) => p.id)).toContain(s.placement);
    const text = JSON.stringify([view, listed]);
    for (const secret of [s.participant, s.referral, s.introduction, ngo().id, MARK]) {
      expect(text).not.toContain(secret);
    }
    expect((await t().call(company().secretKey, 'GET', `/v1/participants/${s.participant}`)).status).not.toBe(
      200,
    );
    // The institution and the ministry read no placement.
    for (const role of ['training_institution', 'government'] as const) {
      expect((await t().call(t().org(role).secretKey, 'GET', `/v1/placements/${s.placement}`)).status).toBe(
        404,
      );
    }
  });

  it('the employer records the retention checkpoints that have fallen due', async () => {
    let last: Json;
    for (const month of [1, 3, 6, 12]) {
      last = await post(
        company().secretKey,
        `/v1/placements/${s.placement}/retention-checks`,
        { month, retained: true },
        200,
      );
      expect(last.participantId).toBeUndefined();
    }
    expect(last.retention.map((c: Json) => [c.month, c.status])).toEqual([
      [1, 'retained'],
      [3, 'retained'],
      [6, 'retained'],
      [12, 'retained'],
    ]);
    // The NGO sees the employer's confirmations on its full record.
    const full = await get(ngo().secretKey, `/v1/placements/${s.placement}`);
    expect(full.retention.every((c: Json) => c.status === 'retained')).toBe(true);
  });

  it('the NGO records follow-ups of income and living situation; no other party reads them', async () => {
    for (const [date, income] of [
      [monthsAgo(2), 22_000],
      [monthsAgo(1), 23_000],
      [today(), 23_500],
    ] as const) {
      const made = await post(ngo().secretKey, '/v1/follow-ups', {
        participantId: s.participant,
        date,
        monthlyIncomeNpr: income,
        livingIndependently: true,
        reintegratedWithFamily: true,
        supportingFamily: true,
        inShelter: false,
        economicScore: 4,
        notes: `${MARK}:followup`,
      });
      s.followUp = made.id;
    }
    // The institution's consent does not name follow-ups; the company and the ministry have none.
    for (const role of ['training_institution', 'corporate', 'government', 'ngo2'] as const) {
      const res = await t().call(t().org(role).secretKey, 'GET', `/v1/follow-ups/${s.followUp}`);
      expect([403, 404], role).toContain(res.status);
      expect(res.text, role).not.toContain(MARK);
    }
  });

  it('the NGO raises a support request; the ministry acknowledges and fulfils it; the NGO reads the answer', async () => {
    const request = await post(ngo().secretKey, '/v1/support-requests', {
      toOrganizationId: ministry().id,
      kind: 'citizenship_documentation',
      participantId: s.participant,
      district: 'Kathmandu',
      description: 'Needs a citizenship certificate to open a bank account for the wage',
    });
    s.request = request.id;
    const desk = `/v1/support-requests/${s.request}`;
    // The NGO may not answer its own request; the company and the institution do not see it.
    expect((await t().call(ngo().secretKey, 'POST', `${desk}/acknowledge`, { json: {} })).status).toBe(403);
    for (const role of ['corporate', 'training_institution'] as const) {
      expect([403, 404], role).toContain((await t().call(t().org(role).secretKey, 'GET', desk)).status);
    }
    const inbox = await get(ministry().secretKey, desk);
    expect(inbox).toMatchObject({ status: 'submitted', kind: 'citizenship_documentation' });
    expect(inbox.participantId).toBeUndefined();
    const ack = await post(ministry().secretKey, `${desk}/acknowledge`, { response: 'Received' }, 200);
    expect(ack.status).toBe('acknowledged');
    const answer = 'Certificate issued by the district office';
    const fulfilled = await post(ministry().secretKey, `${desk}/fulfil`, { response: answer }, 200);
    expect(fulfilled).toMatchObject({ status: 'fulfilled', response: answer });
    expect(JSON.stringify(fulfilled)).not.toContain(s.participant);
    expect(await get(ngo().secretKey, desk)).toMatchObject({
      status: 'fulfilled',
      response: answer,
      participantId: s.participant,
    });
  });

  it('the indicators move by exactly what the scenario added; the public answer keeps small cells suppressed', async () => {
    // What the scenario wrote, as the registering NGO reads it back: the oracle's extra records.
    const key = ngo().secretKey;
    const mine = await readBack(t(), key, s);
    const after = { coordinator: await indicators(coordinator().secretKey), ngo: await indicators(key) };
    expect(after.coordinator).toEqual(expectedAnswer(mine));
    expect(after.ngo).toEqual(expectedAnswer(mine, ngo().id));
    // The ministry reads the programme-wide set too.
    expect(await indicators(ministry().secretKey)).toEqual(after.coordinator);

    // The true totals moved by what the scenario alone counts for: one more person, training, referral…
    for (const [scope, orgId] of [
      ['coordinator', undefined],
      ['ngo', ngo().id],
    ] as const) {
      const was = trueReport(undefined, orgId);
      const now = trueReport(mine, orgId);
      const alone = trueReport(mine, 'org_nobodyatall').total;
      let moved = 0;
      for (const [name, table, total] of MOVED_TABLES) {
        const delta = total(now) - total(was);
        expect(delta, `${scope} ${name}`).toBe(total({ total: alone } as never));
        expect(delta, `${scope} ${name}`).toBeGreaterThan(0);
        const b = table(before[scope]).grandTotal!;
        const a = table(after[scope]).grandTotal!;
        // A published grand total is core's true one, so the published difference is the scenario's.
        if (!a.suppressed) expect(a.value, `${scope} ${name}`).toBe(total(now));
        if (!a.suppressed && !b.suppressed) {
          expect(a.value - b.value, `${scope} ${name}`).toBe(delta);
          moved++;
        }
      }
      expect(moved, scope).toBeGreaterThan(0);
    }

    // A publishable key reads the public set: the programme's answer, small cells withheld without a value.
    const published = await indicators(company().publishableKey);
    expect(published).toEqual(after.coordinator);
    const counts = MOVED_TABLES.flatMap(([, table]) => countsOf(table(published)));
    const withheld = counts.filter((c) => c.suppressed);
    expect(withheld.length).toBeGreaterThan(0);
    for (const c of withheld) expect(typeof (c as Json).value).not.toBe('number');
    expect(counts.some((c) => !c.suppressed && typeof c.value === 'number')).toBe(true);
    const text = JSON.stringify(published);
    for (const secret of [s.participant, s.placementCode, MARK]) expect(text).not.toContain(secret);
  });

  it('the NGO’s export holds every record of the scenario, and its audit trail each party’s access', async () => {
    const res = await t().call(ngo().secretKey, 'GET', `/v1/participants/${s.participant}/export`);
    expect(res.status, res.text).toBe(200);
    const doc = res.body;
    const ids = (key: string) => doc[key].map((r: Json) => r.id);
    expect(doc.participant).toMatchObject({ id: s.participant, notes: `${MARK}:notes` });
    expect(ids('consents')).toEqual(expect.arrayContaining([s.services, s.introduction]));
    expect(ids('consents')).toHaveLength(3);
    expect(ids('needsAssessments')).toEqual([s.assessment]);
    expect(ids('livelihoodPlans')).toEqual([s.plan]);
    expect(ids('referrals')).toEqual([s.referral]);
    expect(ids('enrolments')).toEqual([s.enrolment]);
    expect(ids('placements')).toEqual([s.placement]);
    expect(ids('followUps')).toHaveLength(3);
    expect(ids('supportRequests')).toEqual([s.request]);
    // Who saw what: the institution's read of the participant and the company's of the placement.
    const seen = await t().listAll(ngo().secretKey, `/v1/audit-events?recordId=${s.participant}&action=read`);
    const who = seen.map((e: Json) => `${e.actorOrganizationId}:${e.resourceType}`);
    expect(who).toContain(`${ti().id}:participant`);
    expect(who).toContain(`${company().id}:placement`);
    // The company's own audit rows never name the participant, nor answer a guess of the id.
    const own = await t().listAll(company().secretKey, '/v1/audit-events');
    expect(own.some((e: Json) => e.resourceId === s.placement)).toBe(true);
    expect(JSON.stringify(own)).not.toContain(s.participant);
    expect(await t().listAll(company().secretKey, `/v1/audit-events?recordId=${s.participant}`)).toEqual([]);
    // Nobody else may export.
    for (const role of ['training_institution', 'corporate', 'government', 'coordinator', 'ngo2'] as const) {
      const other = await t().call(
        t().org(role).secretKey,
        'GET',
        `/v1/participants/${s.participant}/export`,
      );
      expect([403, 404], role).toContain(other.status);
      expect(other.text, role).not.toContain(MARK);
    }
  });

  it('no log line carries the scenario’s free text or the participant id', () => {
    for (const line of t().logs) {
      const text = JSON.stringify(line);
      expect(text).not.toContain(MARK);
      expect(text).not.toContain(s.participant);
    }
  });
});
