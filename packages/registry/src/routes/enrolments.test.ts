import { beforeAll, expect, it } from 'vitest';
import { describeRegistry, type Json } from '../registry.fixture.js';
import {
  auditOf,
  consentedParticipant,
  enrolmentBody,
  ok,
  programmeBody,
  ROLES,
  referredParticipant,
} from './livelihood.fixture.js';

const MARK = 'ZQXENROL';

describeRegistry('enrolments', (t) => {
  const ti = () => t().org('training_institution');
  const ngo = () => t().org('ngo');
  let programme: string;
  let enrolment: string;
  let ref: { participant: string; consent: string; referral: string };

  beforeAll(async () => {
    programme = (
      await ok(
        t().call(ti().secretKey, 'POST', '/v1/training-programmes', { json: programmeBody(ti().id) }),
        201,
      )
    ).id;
    ref = await referredParticipant(t(), ['accept']);
    enrolment = (
      await ok(
        t().call(ti().secretKey, 'POST', '/v1/enrolments', {
          json: enrolmentBody(
            { programme, ...ref },
            {
              notes: `${MARK}:notes`,
              certification: { status: 'pending', certificateNumber: `${MARK}:certificateNumber` },
            },
          ),
        }),
        201,
        'enrol',
      )
    ).id;
  });

  const enrol = (json: unknown, key = ti().secretKey) => t().call(key, 'POST', '/v1/enrolments', { json });

  it('the institution enrols from an accepted (or started, or completed) referral addressed to it', async () => {
    for (const steps of [
      ['accept', 'start'],
      ['accept', 'start', 'complete'],
    ]) {
      const r = await referredParticipant(t(), steps);
      const res = await enrol(enrolmentBody({ programme, ...r }));
      expect(res.status, steps.join()).toBe(201);
      expect(res.body).toMatchObject({
        organizationId: ti().id,
        participantId: r.participant,
        referralId: r.referral,
      });
      expect(res.headers.get('location')).toBe(`/v1/enrolments/${res.body.id}`);
    }
  });

  it('refuses an enrolment without a referral, or from one not yet accepted (422)', async () => {
    const { referralId: _r, ...noReferral } = enrolmentBody({ programme, ...ref });
    const none = await enrol(noReferral);
    expect(none.status).toBe(422);
    expect(none.body.errors[0]).toMatchObject({ pointer: '/referralId', code: 'referral_required' });
    const sent = await referredParticipant(t(), []);
    const notAccepted = await enrol(enrolmentBody({ programme, ...sent }));
    expect(notAccepted.status).toBe(422);
    expect(notAccepted.body.errors[0]).toMatchObject({
      pointer: '/referralId',
      code: 'referral_not_accepted',
    });
    // A draft is not even visible to the institution.
    const draft = await referredParticipant(t(), [], false);
    const drafted = await enrol(enrolmentBody({ programme, ...draft }));
    expect(drafted.body.errors[0]).toMatchObject({ pointer: '/referralId', code: 'unknown_reference' });
    const rejected = await referredParticipant(t(), []);
    await ok(
      t().call(ti().secretKey, 'POST', `/v1/referrals/${rejected.referral}/reject`, {
        json: { reason: 'Full' },
      }),
      200,
    );
    expect((await enrol(enrolmentBody({ programme, ...rejected }))).body.errors[0].code).toBe(
      'referral_not_accepted',
    );
  });

  it('refuses a participant not referred, a referral to another organisation, and a programme it does not run', async () => {
    // A participant the institution was never referred, named with another participant's referral.
    const stranger = await consentedParticipant(t());
    const notReferred = await enrol(enrolmentBody({ programme, ...ref, participant: stranger.participant }));
    expect(notReferred.status).toBe(422);
    expect(notReferred.body.errors[0]).toMatchObject({
      pointer: '/participantId',
      code: 'other_participant',
    });
    // A referral from the NGO to another NGO: the institution cannot use it (nor see it).
    const toNgo2 = await consentedParticipant(t(), t().org('ngo2').id);
    const referral = (
      await ok(
        t().call(ngo().secretKey, 'POST', '/v1/referrals', {
          json: {
            participantId: toNgo2.participant,
            toOrganizationId: t().org('ngo2').id,
            serviceType: 'counselling',
            reason: 'Support',
          },
        }),
        201,
      )
    ).id;
    await ok(t().call(ngo().secretKey, 'POST', `/v1/referrals/${referral}/send`, { json: {} }), 200);
    await ok(
      t().call(t().org('ngo2').secretKey, 'POST', `/v1/referrals/${referral}/accept`, { json: {} }),
      200,
    );
    const elsewhere = await enrol(enrolmentBody({ programme, participant: toNgo2.participant, referral }));
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors[0]).toMatchObject({ pointer: '/referralId', code: 'unknown_reference' });
    const missing = await enrol(enrolmentBody({ programme, ...ref, referral: 'ref_0000000000' }));
    expect(missing.body.errors[0].code).toBe('unknown_reference');
    // A programme the caller does not run.
    const foreign = await enrol(enrolmentBody({ ...ref, programme: 'trp_0000000000' }));
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ pointer: '/programmeId', code: 'unknown_reference' });
  });

  it('only a training institution enrols: every other role and publishable keys get 403', async () => {
    for (const role of ROLES.filter((r) => r !== 'training_institution')) {
      expect((await enrol(enrolmentBody({ programme, ...ref }), t().org(role).secretKey)).status, role).toBe(
        403,
      );
    }
    expect((await enrol(enrolmentBody({ programme, ...ref }), ti().publishableKey)).status).toBe(403);
    expect((await enrol(enrolmentBody({ programme, ...ref }), ngo().publishableKey)).status).toBe(403);
  });

  it('records attendance, completion and certification; the programme, participant and referral stay', async () => {
    const r = await referredParticipant(t(), ['accept', 'start']);
    const id = (await ok(enrol(enrolmentBody({ programme, ...r })), 201)).id;
    const attending = await t().call(ti().secretKey, 'PUT', `/v1/enrolments/${id}`, {
      json: enrolmentBody(
        { programme, ...r },
        {
          status: 'attending',
          attendance: { hoursAttended: 120, sessionsAttended: 40, lastAttendedOn: '2027-01-20' },
        },
      ),
    });
    expect(attending.status).toBe(200);
    expect(attending.body.attendance.hoursAttended).toBe(120);
    const done = await t().call(ti().secretKey, 'PUT', `/v1/enrolments/${id}`, {
      json: enrolmentBody(
        { programme, ...r },
        {
          status: 'completed',
          completedOn: '2027-03-15',
          attendance: { hoursAttended: 380, sessionsAttended: 128 },
          certification: { status: 'certified', certifiedOn: '2027-03-30', certifyingBody: 'Skill board' },
        },
      ),
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', certification: { status: 'certified' } });
    const noDate = await t().call(ti().secretKey, 'PUT', `/v1/enrolments/${id}`, {
      json: enrolmentBody({ programme, ...r }, { status: 'completed' }),
    });
    expect(noDate.status).toBe(422);
    const moved = await t().call(ti().secretKey, 'PUT', `/v1/enrolments/${id}`, {
      json: enrolmentBody({ programme, ...ref, referral: r.referral }),
    });
    expect(moved.status).toBe(422);
    expect(moved.body.errors[0]).toMatchObject({ pointer: '/participantId', code: 'fixed_field' });
    // The NGO that referred reads the outcome.
    const seen = await t().call(ngo().secretKey, 'GET', `/v1/enrolments/${id}`);
    expect(seen.body).toMatchObject({ status: 'completed', certification: { status: 'certified' } });
    expect(
      (await auditOf(t(), id)).map((a) => `${a.action}:${a.actor_org === ngo().id ? 'ngo' : 'ti'}`),
    ).toEqual(['create:ti', 'update:ti', 'update:ti', 'read:ngo']);
  });

  it('no one else edits an enrolment: the referring NGO 403, other roles 404', async () => {
    const body = enrolmentBody({ programme, ...ref }, { status: 'dropped_out', dropoutReason: 'family' });
    for (const role of ROLES.filter((r) => r !== 'training_institution')) {
      const res = await t().call(t().org(role).secretKey, 'PUT', `/v1/enrolments/${enrolment}`, {
        json: body,
      });
      expect(res.status, role).toBe(role === 'ngo' ? 403 : 404);
    }
    expect(
      (await t().call(ti().publishableKey, 'PUT', `/v1/enrolments/${enrolment}`, { json: body })).status,
    ).toBe(403);
    const read = await t().call(ti().secretKey, 'GET', `/v1/enrolments/${enrolment}`);
    expect(read.body.status).toBe('enrolled');
  });

  it('reads: the institution and the referring NGO; another NGO 404; other roles 403 on the list, 404 on the record', async () => {
    for (const role of ROLES) {
      const key = t().org(role).secretKey;
      const one = await t().call(key, 'GET', `/v1/enrolments/${enrolment}`);
      const list = await t().call(key, 'GET', `/v1/enrolments?participantId=${ref.participant}`);
      if (role === 'ngo' || role === 'training_institution') {
        expect(one.status, role).toBe(200);
        expect(one.body.notes).toBe(`${MARK}:notes`);
        expect(
          list.body.items.map((e: Json) => e.id),
          role,
        ).toContain(enrolment);
      } else if (role === 'ngo2') {
        expect(one.status).toBe(404);
        expect(list.status).toBe(200);
        expect(list.body.items).toEqual([]);
      } else {
        expect(one.status, role).toBe(404);
        expect(list.status, role).toBe(403);
      }
      if (role !== 'ngo' && role !== 'training_institution')
        for (const res of [one, list]) expect(res.text, role).not.toContain(MARK);
    }
    for (const role of ROLES) {
      const pk = t().org(role).publishableKey;
      for (const path of ['/v1/enrolments', `/v1/enrolments/${enrolment}`]) {
        const res = await t().call(pk, 'GET', path);
        expect(res.status, `${role} ${path}`).toBe(403);
        expect(res.text).not.toContain(MARK);
      }
    }
    const filtered = await t().listAll(
      ngo().secretKey,
      `/v1/enrolments?referralId=${ref.referral}&programmeId=${programme}`,
    );
    expect(filtered.map((e: Json) => e.id)).toEqual([enrolment]);
    const audits = await auditOf(t(), enrolment);
    expect(audits.filter((a) => a.action === 'list').length).toBeGreaterThan(0);
    expect(audits.every((a) => a.participant_id === ref.participant)).toBe(true);
  });

  it('a withdrawn consent stops new enrolments and updates from that referral at once', async () => {
    const r = await referredParticipant(t(), ['accept']);
    const id = (await ok(enrol(enrolmentBody({ programme, ...r })), 201)).id;
    await ok(
      t().call(ngo().secretKey, 'POST', `/v1/consents/${r.consent}/withdraw`, {
        json: { withdrawnAt: new Date().toISOString() },
      }),
      200,
    );
    const again = await enrol(enrolmentBody({ programme, ...r }));
    expect(again.status).toBe(422);
    expect(again.body.errors[0].code).toBe('referral_not_accepted');
    const update = await t().call(ti().secretKey, 'PUT', `/v1/enrolments/${id}`, {
      json: enrolmentBody({ programme, ...r }, { status: 'attending' }),
    });
    expect(update.status).toBe(422);
    // The NGO keeps reading its participant's enrolment.
    expect((await t().call(ngo().secretKey, 'GET', `/v1/enrolments/${id}`)).status).toBe(200);
  });

  it('no log line carries a planted marker', () => {
    expect(t().logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(t().logs)).not.toContain(MARK);
  });
});
