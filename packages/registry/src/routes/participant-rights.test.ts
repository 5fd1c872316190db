import { randomBytes } from 'node:crypto';
import { computeIndicators, ParticipantInputSchema, validate } from '@nayabato/core';
import { expect, it } from 'vitest';
import { consentBody, describeRegistry, type Json, participantBody } from '../registry.fixture.js';
import { PARTICIPANT_RECORD_TABLES } from '../store/participant-records.js';
import { type Planted, plantLivelihoodRecords } from './participant-rights.fixture.js';

const LIVELIHOOD_KEYS = [
  'enrolments',
  'placements',
  'enterprises',
  'followUps',
  'serviceDeliveries',
  'supportRequests',
  'stories',
] as const;

describeRegistry('participants’ rights: export and erasure', (t) => {
  const ngo = () => t().org('ngo');
  const ngo2 = () => t().org('ngo2');
  const ti = () => t().org('training_institution');
  const marker = () => `MRK${randomBytes(6).toString('hex')}`;

  /** A participant with every kind of record, a marker in every free-text field. */
  async function fullCase(m: string) {
    const key = ngo().secretKey;
    const p = await t().call(key, 'POST', '/v1/participants', {
      json: participantBody({
        notes: `Counsellor note ${m}`,
        birthYear: 2001,
        ageBand: undefined,
        dependants: 2,
      }),
    });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    const id = p.body.id as string;
    const services = await t().call(key, 'POST', '/v1/consents', { json: consentBody(id, 'services') });
    const sharing = await t().call(key, 'POST', '/v1/consents', {
      json: consentBody(id, 'sharing', { recipientOrganizationId: ti().id }),
    });
    const withdrawn = await t().call(key, 'POST', `/v1/consents/${services.body.id}/withdraw`, {
      json: { withdrawnAt: new Date().toISOString() },
    });
    expect(withdrawn.status).toBe(200);
    const na = await t().call(key, 'POST', '/v1/needs-assessments', {
      json: {
        participantId: id,
        assessedOn: '2026-01-05',
        domains: [
          { domain: 'livelihood_and_income', needLevel: 'high', strengths: `Sews ${m}`, goals: `Shop ${m}` },
        ],
        notes: `Assessed ${m}`,
      },
    });
    const plan = await t().call(key, 'POST', '/v1/livelihood-plans', {
      json: {
        participantId: id,
        goals: [{ key: 'g1', area: 'livelihood', description: `Tailor ${m}`, status: 'open' }],
        actions: [],
        reviews: [{ reviewedOn: '2026-02-01', progress: 'on_track', notes: `Review ${m}` }],
      },
    });
    const ref = await t().call(key, 'POST', '/v1/referrals', {
      json: {
        participantId: id,
        toOrganizationId: ti().id,
        serviceType: 'vocational_training',
        reason: `Course ${m}`,
      },
    });
    expect([na.status, plan.status, ref.status]).toEqual([201, 201, 201]);
    expect((await t().call(key, 'POST', `/v1/referrals/${ref.body.id}/send`, { json: {} })).status).toBe(200);
    const planted = await plantLivelihoodRecords(
      t().registry.db,
      id,
      {
        ngo: ngo().id,
        ti: ti().id,
        ngo2: ngo2().id,
        corporate: t().org('corporate').id,
        government: t().org('government').id,
      },
      m,
    );
    return {
      id,
      consents: [services.body.id, sharing.body.id] as string[],
      needsAssessment: na.body.id as string,
      plan: plan.body.id as string,
      referral: ref.body.id as string,
      planted,
    };
  }

  it('exports everything held about the participant to the registering NGO, as an audited attachment', async () => {
    const m = marker();
    const c = await fullCase(m);
    // Someone else reads the participant: the export's audit trail shows it.
    const read = await t().call(ti().secretKey, 'GET', `/v1/participants/${c.id}`);
    expect(read.status).toBe(200);
    const res = await t().call(ngo().secretKey, 'GET', `/v1/participants/${c.id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="participant-pt_[a-z0-9]+\.json"$/,
    );
    const doc = res.body;
    expect(doc.format).toBe('nayabato.participant-export/1');
    expect(doc.participant).toMatchObject({ id: c.id, notes: `Counsellor note ${m}`, birthYear: 2001 });
    expect(doc.erasure).toBeNull();
    const ids = (key: string) => doc[key].map((r: Json) => r.id);
    expect(ids('consents').sort()).toEqual([...c.consents].sort());
    expect(doc.consents.find((x: Json) => x.id === c.consents[0]).withdrawnAt).toBeTruthy();
    expect(ids('needsAssessments')).toEqual([c.needsAssessment]);
    expect(ids('livelihoodPlans')).toEqual([c.plan]);
    // Both directions: the one it sent and the one addressed to it.
    expect(ids('referrals').sort()).toEqual([c.referral, ...c.planted.referrals].sort());
    for (const key of LIVELIHOOD_KEYS) {
      expect(ids(key), key).toEqual(c.planted[key as keyof Planted]);
      expect(doc[key][0], key).toMatchObject({ participantId: c.id, organizationId: expect.any(String) });
    }
    expect(doc.stories[0].text).toBe(`My story ${m}`);
    // The audit trail: the training institution's read, the NGO's registration, and this export.
    const trail = doc.auditTrail.map((e: Json) => `${e.actorOrganizationId}:${e.action}:${e.resourceType}`);
    expect(trail).toContain(`${ti().id}:read:participant`);
    expect(trail).toContain(`${ngo().id}:create:participant`);
    expect(trail).toContain(`${ngo().id}:export:participant`);
    expect(JSON.stringify(doc.auditTrail)).not.toContain(m);
    const [row] = await t().registry.db.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'export' and participant_id = $1 and actor_org = $2",
      [c.id, ngo().id],
    );
    expect(row!.n).toBe(1);
  });

  it('refuses the export and the erasure to anyone but the registering NGO', async () => {
    const c = await fullCase(marker());
    // The other NGO cannot see the participant: 404, as for a record that does not exist.
    for (const [path, method] of [
      [`/v1/participants/${c.id}/export`, 'GET'],
      [`/v1/participants/${c.id}/erasure`, 'POST'],
    ] as const) {
      const json = method === 'POST' ? {} : undefined;
      expect((await t().call(ngo2().secretKey, method, path, { json })).status, path).toBe(404);
      expect((await t().call(ti().secretKey, method, path, { json })).status, path).toBe(403);
      for (const role of ['corporate', 'government', 'coordinator'] as const) {
        expect((await t().call(t().org(role).secretKey, method, path, { json })).status, role).toBe(403);
      }
      expect((await t().call(ngo().publishableKey, method, path, { json })).status).toBe(403);
      expect((await t().call(null, method, path, { json })).status).toBe(401);
    }
    expect(
      (await t().call(ngo().secretKey, 'GET', '/v1/participants/pt_0123456789abcdef/export')).status,
    ).toBe(404);
    // An NGO that sees the participant through a referral still may not export it.
    const shared = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
      json: consentBody(c.id, 'sharing', { recipientOrganizationId: ngo2().id }),
    });
    const ref = await t().call(ngo().secretKey, 'POST', '/v1/referrals', {
      json: {
        participantId: c.id,
        toOrganizationId: ngo2().id,
        serviceType: 'counselling',
        reason: 'Support',
      },
    });
    expect(shared.status).toBe(201);
    expect(
      (await t().call(ngo().secretKey, 'POST', `/v1/referrals/${ref.body.id}/send`, { json: {} })).status,
    ).toBe(200);
    expect((await t().call(ngo2().secretKey, 'GET', `/v1/participants/${c.id}`)).status).toBe(200);
    expect((await t().call(ngo2().secretKey, 'GET', `/v1/participants/${c.id}/export`)).status).toBe(403);
    expect(
      (await t().call(ngo2().secretKey, 'POST', `/v1/participants/${c.id}/erasure`, { json: {} })).status,
    ).toBe(403);
    const [row] = await t().registry.db.query<{ n: number }>(
      'select count(*)::int as n from participants where id = $1 and erased_at is null',
      [c.id],
    );
    expect(row!.n).toBe(1);
  });

  /** Every stored row about the participant, as text (the marker scan). */
  async function storedText(id: string): Promise<string> {
    const parts: string[] = [];
    for (const table of [...PARTICIPANT_RECORD_TABLES, 'referrals']) {
      const rows = await t().registry.db.query<{ t: string }>(
        `select data::text as t from ${table} where participant_id = $1`,
        [id],
      );
      parts.push(...rows.map((r) => r.t));
    }
    const [p] = await t().registry.db.query<{ t: string }>(
      'select data::text as t from participants where id = $1',
      [id],
    );
    const kept = await t().registry.db.query<{ body: string }>('select body from idempotency_keys');
    const audit = await t().registry.db.query<{ t: string }>(
      'select row_to_json(a)::text as t from audit_log a where participant_id = $1 or resource_id = $1',
      [id],
    );
    return [p!.t, ...parts, ...kept.map((k) => k.body), ...audit.map((a) => a.t)].join('\n');
  }

  /** Counts per table and the indicators over every stored record: what an erasure must not change. */
  async function aggregates() {
    const db = t().registry.db;
    const counts: Record<string, number> = {};
    for (const table of [
      'participants',
      'referrals',
      ...PARTICIPANT_RECORD_TABLES.filter((x) => x !== 'stories'),
    ]) {
      const [r] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      counts[table] = r!.n;
    }
    const rows = async (table: string) =>
      (
        await db.query<{ id: string; data: Json; created_at: Date; participant_id: string }>(
          `select id, data, created_at, ${table === 'participants' ? 'id' : 'participant_id'} as participant_id
             from ${table} order by id`,
        )
      ).map((r) => ({
        ...r.data,
        id: r.id,
        participantId: r.participant_id,
        createdAt: r.created_at.toISOString(),
      }));
    const indicators = computeIndicators(
      {
        participants: await rows('participants'),
        followUps: await rows('follow_ups'),
        placements: await rows('placements'),
        enterprises: await rows('enterprises'),
        enrolments: await rows('enrolments'),
        referrals: await rows('referrals'),
      },
      { period: { from: '2020-01-01', to: '2030-12-31' } },
    );
    return { counts, indicators: JSON.stringify(indicators) };
  }

  it('erases identifying data everywhere, keeps the pseudonymous record and every aggregate, idempotently', async () => {
    const m = marker();
    const c = await fullCase(m);
    expect(await storedText(c.id)).toContain(m);
    const before = await aggregates();
    const list = async () => (await t().listAll(ngo().secretKey, '/v1/participants')).length;
    const listed = await list();

    const res = await t().call(ngo().secretKey, 'POST', `/v1/participants/${c.id}/erasure`, {
      json: {},
      headers: { 'idempotency-key': `erase-${c.id}` },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ participantId: c.id, trigger: 'request', storiesDeleted: 1 });
    expect(res.body.erased).toMatchObject({ needs_assessments: 1, livelihood_plans: 1, follow_ups: 1 });

    // No marker anywhere: stored rows, kept idempotent responses, audit rows.
    expect(await storedText(c.id)).not.toContain(m);
    // Counts and indicators unchanged (stories are not counted: they go).
    expect(await aggregates()).toEqual(before);
    expect(await list()).toBe(listed);

    // The pseudonymous record stays, and stays valid: the birth year became its age band.
    const p = await t().call(ngo().secretKey, 'GET', `/v1/participants/${c.id}`);
    expect(p.status).toBe(200);
    expect(p.body.id).toBe(c.id);
    expect(p.body.birthYear).toBeUndefined();
    expect(p.body.dependants).toBeUndefined();
    expect(p.body.notes).toBeUndefined();
    expect(p.body.ageBand).toMatch(/^\d/);
    const { id: _i, organizationId: _o, createdAt: _c, updatedAt: _u, ...data } = p.body;
    expect(validate(ParticipantInputSchema, data).ok).toBe(true);

    // Every answer about it is free of the marker, and the export shows what remains.
    const answers = [
      p,
      await t().call(ngo().secretKey, 'GET', `/v1/needs-assessments/${c.needsAssessment}`),
      await t().call(ngo().secretKey, 'GET', `/v1/livelihood-plans/${c.plan}`),
      await t().call(ngo().secretKey, 'GET', `/v1/referrals/${c.referral}`),
      await t().call(ti().secretKey, 'GET', `/v1/referrals/${c.referral}`),
      await t().call(ngo().secretKey, 'GET', `/v1/referrals/${c.planted.referrals[0]}`),
      await t().call(ngo().secretKey, 'GET', `/v1/participants/${c.id}/export`),
      await t().call(ngo().secretKey, 'GET', `/v1/audit-events?recordId=${c.id}`),
    ];
    for (const a of answers) {
      expect(a.status, a.text.slice(0, 200)).toBe(200);
      expect(a.text).not.toContain(m);
    }
    const doc = answers[6]!.body;
    expect(doc.erasure).toEqual({ erasedAt: res.body.erasedAt, trigger: 'request' });
    expect(doc.stories).toEqual([]);
    expect(doc.followUps[0]).toMatchObject({ participantId: c.id, monthlyIncomeNpr: expect.any(Number) });
    expect(doc.followUps[0].notes).toBeUndefined();
    expect(doc.enrolments[0].certification).toEqual({ status: 'certified', certifiedOn: '2026-01-10' });
    expect(doc.livelihoodPlans[0].goals[0].description).toBe('[erased]');
    expect(doc.consents).toHaveLength(2);

    // Again: same erasure instant, nothing more to rewrite; the replayed key answers the first response.
    const again = await t().call(ngo().secretKey, 'POST', `/v1/participants/${c.id}/erasure`, { json: {} });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ erasedAt: res.body.erasedAt, erased: {}, storiesDeleted: 0 });
    const replay = await t().call(ngo().secretKey, 'POST', `/v1/participants/${c.id}/erasure`, {
      json: {},
      headers: { 'idempotency-key': `erase-${c.id}` },
    });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(res.body);
    const audit = await t().registry.db.query<{ detail: Json; actor_org: string }>(
      "select detail, actor_org from audit_log where action = 'erase' and participant_id = $1 order by id",
      [c.id],
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor_org: ngo().id,
      detail: { trigger: 'request', storiesDeleted: 1 },
    });
  });
});
