import { beforeAll, expect, it } from 'vitest';
import {
  createMarkedRecords,
  MARK,
  MARKED_FIELDS,
  type MarkedRecords,
  mark,
  OWN_MARK,
  STAFF_MARK,
  staffToken,
} from './privacy.fixture.js';
import type { Json } from './registry.fixture.js';
import { describeRegistry } from './registry.fixture.js';

/**
 * The marker test: every personal and free-text field carries a marker string (privacy.fixture.ts); no
 * response to a training-institution, corporate, government, coordinator or publishable caller — secret
 * key, staff token or publishable key — and no log line may contain one. The training institution is
 * scanned in every status of the referral it receives: sent, accepted, in progress, completed.
 */
describeRegistry('privacy markers and audit', (t) => {
  let ids: MarkedRecords;
  const tokens: Record<string, string> = {};
  // The demo programme fills the first pages of every list: lists filtered to this suite's records
  // (updated since it started) show the marked ones.
  const since = encodeURIComponent(new Date(Date.now() - 1000).toISOString());

  const paths = () => [
    '/v1/participants',
    `/v1/participants/${ids.participant}`,
    `/v1/participants/${ids.participant2}`,
    '/v1/consents',
    `/v1/consents/${ids.sharingConsent}`,
    `/v1/consents/${ids.overrideConsent}`,
    '/v1/needs-assessments',
    `/v1/needs-assessments/${ids.assessment}`,
    '/v1/livelihood-plans',
    `/v1/livelihood-plans/${ids.plan}`,
    '/v1/referrals',
    ...[ids.referral, ids.referral2, ids.referral3, ids.referral4, ids.referral5].map(
      (id) => `/v1/referrals/${id}`,
    ),
    '/v1/organizations',
    '/v1/users',
    `/v1/users/${ids.staffUser}`,
    '/v1/keys',
    ...['participants', 'consents', 'needs-assessments', 'livelihood-plans', 'referrals'].map(
      (list) => `/v1/${list}?updatedSince=${since}`,
    ),
    `/v1/needs-assessments?participantId=${ids.participant}`,
    `/v1/livelihood-plans?participantId=${ids.participant}`,
    '/v1/follow-ups',
    `/v1/follow-ups/${ids.followUp}`,
    `/v1/follow-ups?participantId=${ids.participant}`,
    '/v1/service-deliveries',
    `/v1/service-deliveries/${ids.serviceDelivery}`,
    `/v1/service-deliveries?participantId=${ids.participant}`,
    '/v1/support-requests',
    `/v1/participants/${ids.participant}/export`,
    '/v1/audit-events',
    `/v1/audit-events?recordId=${ids.participant}`,
  ];

  /** Every GET (and the search) with `credential`; none may contain a `forbidden` string. */
  async function scan(credential: string, who: string, forbidden: readonly string[]): Promise<number> {
    let answered = 0;
    for (const path of paths()) {
      const res = await t().call(credential, 'GET', path);
      if (res.status === 200) answered++;
      for (const m of forbidden) expect(res.text, `${who} GET ${path}`).not.toContain(m);
    }
    for (const json of [{}, { updatedSince: decodeURIComponent(since) }]) {
      const res = await t().call(credential, 'POST', '/v1/participants/search', { json });
      for (const m of forbidden) expect(res.text, `${who} search`).not.toContain(m);
    }
    return answered;
  }

  /** Scans the training institution with its secret key, publishable key and a staff token. */
  async function scanTrainingInstitution(status: string): Promise<void> {
    const ti = t().org('training_institution');
    // It does read the referral (in `status`) and the participant's training fields: the scan is not vacuous.
    const r1 = await t().call(tokens.ti!, 'GET', `/v1/referrals/${ids.referral}`);
    expect(r1.status).toBe(200);
    expect(r1.body.status).toBe(status);
    expect((await t().call(ti.secretKey, 'GET', `/v1/participants/${ids.participant}`)).status).toBe(200);
    let answered = 0;
    for (const [kind, credential] of [
      ['secret', ti.secretKey],
      ['staff', tokens.ti!],
      ['publishable', ti.publishableKey],
    ] as const) {
      answered += await scan(credential, `training_institution ${kind} (${status})`, [MARK, STAFF_MARK]);
    }
    expect(answered).toBeGreaterThan(20);
  }

  /** A transition by the training institution's staff token; its answer is scanned too. */
  async function tiTransition(id: string, action: string, json: unknown = {}): Promise<Json> {
    const res = await t().call(tokens.ti!, 'POST', `/v1/referrals/${id}/${action}`, { json });
    expect(res.status, res.text).toBe(200);
    expect(res.text).not.toContain(MARK);
    return res.body;
  }

  // Marked records stored through the NGO, its staff user and a receiving NGO; staff tokens of the others.
  beforeAll(async () => {
    ids = await createMarkedRecords(t());
    for (const role of ['training_institution', 'corporate', 'government', 'coordinator'] as const) {
      const org = t().org(role);
      tokens[role === 'training_institution' ? 'ti' : role] = await staffToken(
        t(),
        org.secretKey,
        org.user.id,
      );
    }
  });

  it('training institution, referral sent: no marker', async () => {
    // The override shares the second participant's training fields too.
    expect((await t().call(tokens.ti!, 'GET', `/v1/participants/${ids.participant2}`)).status).toBe(200);
    expect((await t().call(tokens.ti!, 'GET', `/v1/referrals/${ids.referral2}`)).body.status).toBe('sent');
    await scanTrainingInstitution('sent');
  });

  it('training institution, accepted; sender cancels one referral and revokes another: no marker', async () => {
    const key = t().org('ngo').secretKey;
    await tiTransition(ids.referral, 'accept');
    await tiTransition(ids.referral3, 'accept');
    const cancelled = await t().call(key, 'POST', `/v1/referrals/${ids.referral2}/cancel`, {
      json: { reason: mark('referral2.cancellationReason') },
    });
    expect(cancelled.status).toBe(200);
    const revoked = await t().call(key, 'POST', `/v1/referrals/${ids.referral3}/revoke`, {
      json: { reason: mark('referral3.revocationReason') },
    });
    expect(revoked.status).toBe(200);
    // The receiver still sees both referrals, in their final status, without the sender's reasons.
    for (const [id, status] of [
      [ids.referral2, 'cancelled'],
      [ids.referral3, 'revoked'],
    ] as const) {
      const seen = await t().call(tokens.ti!, 'GET', `/v1/referrals/${id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.status).toBe(status);
    }
    await scanTrainingInstitution('accepted');
  });

  it('training institution, in progress: no marker', async () => {
    await tiTransition(ids.referral, 'start');
    await scanTrainingInstitution('in_progress');
  });

  it('training institution, completed: no marker (its own outcome report it reads back)', async () => {
    const done = await tiTransition(ids.referral, 'complete', {
      outcome: { result: 'service_delivered', summary: `${OWN_MARK} finished the course` },
    });
    expect(done.outcome.summary).toContain(OWN_MARK);
    await scanTrainingInstitution('completed');
  });

  it('shows no marker to corporate, government, coordinator or any publishable key', async () => {
    const all = [MARK, OWN_MARK, STAFF_MARK];
    let answered = 0;
    for (const role of ['corporate', 'government', 'coordinator'] as const) {
      const org = t().org(role);
      // Staff names stay with their organisation: the coordinator sees counts, never another's staff.
      answered += await scan(org.secretKey, `${role} secret`, all);
      answered += await scan(tokens[role]!, `${role} staff`, all);
      answered += await scan(org.publishableKey, `${role} publishable`, all);
    }
    // A publishable key reads public data only, even the registering NGO's own.
    for (const role of ['ngo', 'ngo2'] as const) {
      answered += await scan(t().org(role).publishableKey, `${role} publishable`, all);
    }
    expect(answered).toBeGreaterThan(10);
  });

  it('the receiving NGO reads what the consent scope names, never the notes, the assessment or the override', async () => {
    // Its sharing consent names the profile, the assessment and the plan (no notes); the referral naming
    // the assessment it rejected, so only the plan (named by the completed referral) is shared.
    const ngo2 = t().org('ngo2');
    const plan = await t().call(ngo2.secretKey, 'GET', `/v1/livelihood-plans/${ids.plan}`);
    expect(plan.status).toBe(200);
    expect(plan.text).toContain(mark('plan.goals.description'));
    const participant = await t().call(ngo2.secretKey, 'GET', `/v1/participants/${ids.participant}`);
    expect(participant.body.category).toBe('survivor');
    const forbidden = [
      'participant.notes',
      'participant2.notes',
      'consent.override.reason',
      'assessment.notes',
      'assessment.domains.strengths',
      'assessment.domains.goals',
      'referral.reason',
      'referral2.reason',
      'referral2.consentOverride.reason',
      'referral3.reason',
    ].map(mark);
    expect(await scan(ngo2.secretKey, 'ngo2 secret', [...forbidden, STAFF_MARK])).toBeGreaterThan(10);
  });

  it('indicators carry no marker for any caller, publishable keys included', async () => {
    const credentials = [
      ...(['ngo', 'ngo2', 'training_institution', 'corporate', 'government', 'coordinator'] as const).flatMap(
        (role) => [t().org(role).secretKey, t().org(role).publishableKey],
      ),
      ...Object.values(tokens),
    ];
    for (const credential of credentials) {
      for (const path of ['/v1/indicators', `/v1/indicators?organization=${t().org('ngo').id}`]) {
        const res = await t().call(credential, 'GET', path);
        for (const m of [MARK, OWN_MARK, STAFF_MARK]) expect(res.text, path).not.toContain(m);
        expect(res.text).not.toContain(ids.participant);
      }
    }
  });

  it('the registering NGO reads every marker back (the scans above are not vacuous)', async () => {
    const key = t().org('ngo').secretKey;
    const texts: string[] = [];
    for (const path of paths()) {
      if (!/\/v1\/[a-z-]+\/[a-z]+_/.test(path)) continue;
      const res = await t().call(key, 'GET', path);
      expect(res.status, path).toBe(200);
      texts.push(res.text);
    }
    const text = texts.join('\n');
    for (const field of MARKED_FIELDS) expect(text, field).toContain(mark(field));
    expect(text).toContain(OWN_MARK);
    expect(text).toContain(STAFF_MARK);
  });

  it('writes no marker, id-bearing path or credential to the logs', () => {
    expect(t().logs.length).toBeGreaterThan(50);
    for (const line of t().logs) {
      const text = JSON.stringify(line);
      for (const secret of [
        MARK,
        OWN_MARK,
        STAFF_MARK,
        ids.participant,
        ids.participant2,
        t().org('ngo').secretKey,
        ids.staffToken,
        tokens.ti!,
      ]) {
        expect(text).not.toContain(secret);
      }
    }
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
    expect(summary).toContain(`${ti}:referral:transition`);
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
