import { expect, it } from 'vitest';
import { CHECKS, describeRegistry, participantBody } from './harness.js';

const MARK = 'ZQXMARK';

/**
 * The marker test: every personal and free-text field carries a marker string; no response to a corporate,
 * government, training-institution or publishable key, and no log line, may contain one.
 */
describeRegistry('privacy markers and audit', (t) => {
  const ids: Record<string, string> = {};
  // The demo programme fills the first pages of every list: lists filtered to this suite's records
  // (updated since it started) show the marked ones.
  const since = encodeURIComponent(new Date(Date.now() - 1000).toISOString());

  it('stores marked records through the NGO', async () => {
    const ngo = t().org('ngo');
    const ti = t().org('training_institution');
    const key = ngo.secretKey;
    const p = await t().call(key, 'POST', '/v1/participants', {
      json: participantBody({
        category: 'survivor',
        traffickingStatus: 'actual_victim',
        notes: `${MARK}-notes Sita lives near the temple`,
        exploitationHistory: {
          types: ['forced_labour'],
          methodsOfControl: [],
          recruitmentMethods: [],
          countriesOfExploitation: ['IN'],
        },
      }),
    });
    expect(p.status).toBe(201);
    ids.participant = p.body.id;
    const consent = await t().call(key, 'POST', '/v1/consents', {
      json: {
        participantId: p.body.id,
        purpose: 'sharing',
        recipientOrganizationId: ti.id,
        givenAt: new Date(Date.now() - 60_000).toISOString(),
        checks: CHECKS,
      },
    });
    ids.consent = consent.body.id;
    const assessment = await t().call(key, 'POST', '/v1/needs-assessments', {
      json: {
        participantId: p.body.id,
        assessedOn: '2026-11-01',
        notes: `${MARK}-assessment`,
        domains: [
          { domain: 'housing', needLevel: 'high', strengths: `${MARK}-strengths`, goals: `${MARK}-goals` },
        ],
      },
    });
    ids.assessment = assessment.body.id;
    const plan = await t().call(key, 'POST', '/v1/livelihood-plans', {
      json: {
        participantId: p.body.id,
        goals: [{ key: 'g1', area: 'livelihood', description: `${MARK}-goal`, status: 'open' }],
        actions: [],
        reviews: [{ reviewedOn: '2026-11-02', progress: 'on_track', notes: `${MARK}-review` }],
      },
    });
    ids.plan = plan.body.id;
    const referral = await t().call(key, 'POST', '/v1/referrals', {
      json: {
        participantId: p.body.id,
        toOrganizationId: ti.id,
        serviceType: 'vocational_training',
        reason: `${MARK}-reason`,
        needsAssessmentId: assessment.body.id,
        livelihoodPlanId: plan.body.id,
      },
    });
    ids.referral = referral.body.id;
    expect((await t().call(key, 'POST', `/v1/referrals/${referral.body.id}/send`, { json: {} })).status).toBe(
      200,
    );
    // The owner does get the marked data back.
    expect((await t().call(key, 'GET', `/v1/participants/${p.body.id}`)).text).toContain(MARK);
  });

  it('shows no marker to training institution, corporate, government, coordinator or publishable keys', async () => {
    const paths = [
      '/v1/participants',
      `/v1/participants/${ids.participant}`,
      '/v1/consents',
      `/v1/consents/${ids.consent}`,
      '/v1/needs-assessments',
      `/v1/needs-assessments/${ids.assessment}`,
      '/v1/livelihood-plans',
      `/v1/livelihood-plans/${ids.plan}`,
      '/v1/referrals',
      `/v1/referrals/${ids.referral}`,
      '/v1/organizations',
      '/v1/users',
      ...['participants', 'consents', 'needs-assessments', 'livelihood-plans', 'referrals'].map(
        (list) => `/v1/${list}?updatedSince=${since}`,
      ),
    ];
    let answered = 0;
    for (const role of ['training_institution', 'corporate', 'government', 'coordinator'] as const) {
      const org = t().org(role);
      for (const credential of [org.secretKey, org.publishableKey]) {
        for (const path of paths) {
          const res = await t().call(credential, 'GET', path);
          if (res.status === 200) answered++;
          expect(res.text, `${role} ${path}`).not.toContain(MARK);
        }
        const search = await t().call(credential, 'POST', '/v1/participants/search', { json: {} });
        expect(search.text).not.toContain(MARK);
      }
    }
    // The training institution does read the referral and the participant's training fields.
    expect(answered).toBeGreaterThan(10);
    const accepted = await t().call(
      t().org('training_institution').secretKey,
      'POST',
      `/v1/referrals/${ids.referral}/accept`,
      { json: {} },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.text).not.toContain(MARK);
  });

  it('writes no marker, id-bearing path or credential to the logs', () => {
    const text = JSON.stringify(t().logs);
    expect(text).not.toContain(MARK);
    expect(text).not.toContain(ids.participant);
    expect(text).not.toContain(t().org('ngo').secretKey);
  });

  it('audits every read and write of participant data: who, what, when, why', async () => {
    const rows = await t().registry.db.query<{
      actor_org: string;
      action: string;
      resource_type: string;
      purpose: string;
      at: Date;
    }>(
      'select actor_org, action, resource_type, purpose, at from audit_log where participant_id = $1 order by id',
      [ids.participant],
    );
    const summary = rows.map((r) => `${r.actor_org}:${r.resource_type}:${r.action}`);
    const ngo = t().org('ngo').id;
    const ti = t().org('training_institution').id;
    expect(summary).toContain(`${ngo}:participant:create`);
    expect(summary).toContain(`${ngo}:consent:create`);
    expect(summary).toContain(`${ngo}:needs_assessment:create`);
    expect(summary).toContain(`${ngo}:referral:transition`);
    expect(summary).toContain(`${ngo}:participant:read`);
    expect(summary).toContain(`${ti}:participant:read`);
    expect(summary).toContain(`${ti}:participant:list`);
    for (const r of rows) {
      expect(r.purpose).toMatch(/^[a-z_.]+$/);
      expect(r.at).toBeInstanceOf(Date);
    }
    // Refused reads are not reads: nothing from the corporate partner.
    expect(summary.some((s) => s.startsWith(t().org('corporate').id))).toBe(false);
    const purposeful = await t().call(
      t().org('ngo').secretKey,
      'GET',
      `/v1/participants/${ids.participant}`,
      {
        headers: { 'x-purpose': 'case_review' },
      },
    );
    expect(purposeful.status).toBe(200);
    const [last] = await t().registry.db.query<{ purpose: string }>(
      'select purpose from audit_log order by id desc limit 1',
    );
    expect(last!.purpose).toBe('case_review');
  });
});
