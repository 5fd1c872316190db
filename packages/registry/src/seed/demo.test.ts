import { type Referral, ReferralStatus } from '@nayabato/core';
import { generateProgramme, summariseProgramme } from '@nayabato/core/synthetic';
import { expect, it } from 'vitest';
import { describeRegistry, type Json } from '../registry.fixture.js';
import { DEMO_PARTICIPANTS, DEMO_SEED, seedDemo } from '../seed/demo.js';
import { ACTIVE_REFERRAL_STATUSES } from '../store/visibility.js';

/**
 * The demo seed loads the synthetic programme of `@nayabato/core/synthetic`: what each organisation sees
 * over HTTP is computed here, independently, from the same generated programme and the access policy of
 * docs/decisions/2026-11-28-registry-authorisation.md.
 */
const programme = generateProgramme({ seed: DEMO_SEED, participants: DEMO_PARTICIPANTS });
const consentById = new Map(programme.consents.map((c) => [c.id, c]));
const ACTIVE: ReadonlySet<string> = new Set(ACTIVE_REFERRAL_STATUSES);

/** An active referral whose sharing consent is still valid (or that went under an override) shares. */
function shares(r: Referral): boolean {
  if (!ACTIVE.has(r.status)) return false;
  if (r.consentOverride) return true;
  const consent = r.consentId ? consentById.get(r.consentId) : undefined;
  if (!consent || consent.withdrawnAt) return false;
  return consent.expiresAt === undefined || Date.parse(consent.expiresAt) > Date.now();
}

const sharingTo = (orgId: string) =>
  programme.referrals.filter((r) => r.toOrganizationId === orgId && shares(r));
const ids = (items: readonly { id?: string }[]) => items.map((i) => i.id).sort();
const byRole = (role: string) => programme.organizations.filter((o) => o.role === role);
const parties = [...byRole('ngo'), ...byRole('training_institution')];

/** Today's date in Nepal (UTC+05:45), as the registry decides whether an offer has expired. */
const nepalToday = () => new Date(Date.now() + (5 * 60 + 45) * 60_000).toISOString().slice(0, 10);

describeRegistry('demo seed: the synthetic programme', (t) => {
  const keyOf = (orgId: string) => {
    const org = t().registry.demo!.organizations.find((o) => o.id === orgId);
    if (!org) throw new Error(`no demo organisation ${orgId}`);
    return org.secretKey;
  };

  it('loads every organisation of the programme, each with working keys and users', async () => {
    const demo = t().registry.demo!;
    expect(demo.organizations.map((o) => [o.id, o.name, o.role])).toEqual(
      programme.organizations.map((o) => [o.id, o.name, o.role]),
    );
    expect(demo.participantIds).toEqual(programme.participants.map((p) => p.id));
    expect(demo.summary).toEqual(summariseProgramme(programme));
    const directory = await t().listAll(t().org('coordinator').secretKey, '/v1/organizations');
    for (const o of programme.organizations) expect(directory.find((d: Json) => d.id === o.id)).toEqual(o);
    for (const o of demo.organizations) {
      expect(o.users.map((u) => u.id)).toEqual(
        programme.users.filter((u) => u.organizationId === o.id).map((u) => u.id),
      );
      expect(o.user).toEqual(o.users[0]);
      expect((await t().call(o.secretKey, 'GET', `/v1/organizations/${o.id}`)).status).toBe(200);
      expect((await t().call(o.publishableKey, 'GET', `/v1/organizations/${o.id}`)).status).toBe(200);
    }
    // The first NGO keeps a user who may override consent checks and one who may not.
    const first = t().org('ngo');
    expect(first.user.permissions).toContain('consent.override');
    expect(first.users.some((u) => u.permissions.length === 0)).toBe(true);
  });

  it('an NGO pages through exactly the participants it registered or that are referred to it', async () => {
    for (const ngo of byRole('ngo')) {
      const own = programme.participants.filter((p) => p.organizationId === ngo.id);
      const referred = new Set(sharingTo(ngo.id).map((r) => r.participantId));
      const expected = programme.participants.filter(
        (p) => p.organizationId === ngo.id || referred.has(p.id),
      );
      expect(referred.size, ngo.name).toBeGreaterThan(0);
      const listed = await t().listAll(keyOf(ngo.id), '/v1/participants');
      expect(ids(listed), ngo.name).toEqual(ids(expected));
      // Owners see the whole record as generated; lists follow the time records were made.
      for (const p of own) expect(listed.find((l: Json) => l.id === p.id)).toEqual(p);
      const times = listed.map((l: Json) => l.createdAt as string);
      expect(times).toEqual([...times].sort());
    }
  });

  it('a training institution sees exactly the participants referred to it, training fields only', async () => {
    for (const ti of byRole('training_institution')) {
      const expected = new Set(sharingTo(ti.id).map((r) => r.participantId));
      expect(expected.size, ti.name).toBeGreaterThan(0);
      const listed = await t().listAll(keyOf(ti.id), '/v1/participants');
      expect(ids(listed), ti.name).toEqual([...expected].sort());
      for (const p of listed) {
        expect(p.notes).toBeUndefined();
        expect(p.exploitationHistory).toBeUndefined();
        expect(p.originDistrict).toBeUndefined();
      }
    }
  });

  it('shows referrals in every status to their sender, and to their receiver once sent', async () => {
    for (const status of ReferralStatus.values) {
      const r = programme.referrals.find(
        (x) => x.status === status && x.fromOrganizationId !== x.toOrganizationId,
      );
      expect(r, status).toBeDefined();
      const sender = await t().call(keyOf(r!.fromOrganizationId), 'GET', `/v1/referrals/${r!.id}`);
      expect(sender.body, status).toEqual(r);
      const receiver = await t().call(keyOf(r!.toOrganizationId), 'GET', `/v1/referrals/${r!.id}`);
      expect(receiver.status, status).toBe(status === 'draft' ? 404 : 200);
      if (status !== 'draft') expect(receiver.body).toMatchObject({ id: r!.id, status });
      const bystander = parties.find((o) => o.id !== r!.fromOrganizationId && o.id !== r!.toOrganizationId)!;
      expect((await t().call(keyOf(bystander.id), 'GET', `/v1/referrals/${r!.id}`)).status, status).toBe(404);
    }
    for (const org of parties) {
      const expected = programme.referrals.filter(
        (r) => r.fromOrganizationId === org.id || (r.toOrganizationId === org.id && r.status !== 'draft'),
      );
      expect(ids(await t().listAll(keyOf(org.id), '/v1/referrals')), org.name).toEqual(ids(expected));
    }
  });

  it('an NGO reads its consents, and the assessments and plans it made or that a referral shares with it', async () => {
    for (const ngo of byRole('ngo')) {
      const key = keyOf(ngo.id);
      const consents = programme.consents.filter((c) => c.organizationId === ngo.id);
      const listed = await t().listAll(key, '/v1/consents');
      expect(ids(listed), ngo.name).toEqual(ids(consents));
      for (const c of consents) expect(listed.find((l: Json) => l.id === c.id)).toEqual(c);
      const shared = sharingTo(ngo.id);
      for (const [path, records, field] of [
        ['needs-assessments', programme.needsAssessments, 'needsAssessmentId'],
        ['livelihood-plans', programme.livelihoodPlans, 'livelihoodPlanId'],
      ] as const) {
        const named = new Set(shared.map((r) => r[field]));
        const expected = records.filter((d) => d.organizationId === ngo.id || named.has(d.id));
        const got = await t().listAll(key, `/v1/${path}`);
        expect(ids(got), `${ngo.name} ${path}`).toEqual(ids(expected));
        for (const d of records.filter((x) => x.organizationId === ngo.id))
          expect(got.find((l: Json) => l.id === d.id)).toEqual(d);
      }
    }
  });

  it('shows no participant to corporate, government or coordinator keys', async () => {
    const someone = programme.participants[0]!.id;
    for (const org of [...byRole('corporate'), ...byRole('government'), ...byRole('coordinator')]) {
      const key = keyOf(org.id);
      expect((await t().call(key, 'GET', '/v1/participants')).status, org.name).toBe(403);
      expect((await t().call(key, 'GET', `/v1/participants/${someone}`)).status, org.name).toBe(404);
      expect((await t().call(key, 'GET', '/v1/referrals')).status, org.name).toBe(403);
    }
  });

  it('keeps the registry’s invariants: senders own the participant and its records, overriders may override', async () => {
    const db = t().registry.db;
    const count = async (sql: string) => Number((await db.query<{ n: number }>(sql))[0]!.n);
    expect(
      await count(
        'select count(*)::int as n from referrals r join participants p on p.id = r.participant_id where p.org_id <> r.from_org',
      ),
    ).toBe(0);
    for (const [field, table] of [
      ['needsAssessmentId', 'needs_assessments'],
      ['livelihoodPlanId', 'livelihood_plans'],
    ]) {
      expect(
        await count(`select count(*)::int as n from referrals r where r.data ? '${field}' and not exists (
          select 1 from ${table} d where d.id = r.data->>'${field}' and d.participant_id = r.participant_id
          and d.org_id = r.from_org)`),
      ).toBe(0);
    }
    for (const table of ['consents', 'needs_assessments', 'livelihood_plans']) {
      expect(
        await count(
          `select count(*)::int as n from ${table} d join participants p on p.id = d.participant_id where p.org_id <> d.org_id`,
        ),
      ).toBe(0);
    }
    // Every referral that was sent names a consent of its participant, or an override.
    expect(
      await count(`select count(*)::int as n from referrals r where r.data ? 'sentAt' and not r.data ? 'consentOverride'
        and not exists (select 1 from consents c where c.id = r.data->>'consentId' and c.participant_id = r.participant_id)`),
    ).toBe(0);
    const overrides = `select c.data->'override'->>'userId' as u, c.org_id as o from consents c where c.data ? 'override'
      union all select r.data->'consentOverride'->>'userId', r.from_org from referrals r where r.data ? 'consentOverride'`;
    expect(await count(`select count(*)::int as n from (${overrides}) x`)).toBeGreaterThan(0);
    expect(
      await count(`select count(*)::int as n from (${overrides}) x where not exists (
        select 1 from users u where u.id = x.u and u.org_id = x.o and 'consent.override' = any(u.permissions))`),
    ).toBe(0);
  });

  it('stores every livelihood record in the shared storage shape, in the order it was made', async () => {
    const db = t().registry.db;
    const kinds = [
      ['training_programmes', programme.trainingProgrammes],
      ['enrolments', programme.enrolments],
      ['job_offers', programme.jobOffers],
      ['placements', programme.placements],
      ['enterprises', programme.enterprises],
      ['follow_ups', programme.followUps],
      ['service_deliveries', programme.serviceDeliveries],
      ['support_requests', programme.supportRequests],
      // A story's photo exists only once uploaded: the seed has no image bytes, so it keeps no `photoRef`.
      ['stories', programme.stories.map(({ photoRef: _none, ...story }) => story)],
    ] as const;
    for (const [table, records] of kinds) {
      expect(records.length, table).toBeGreaterThan(0);
      const participantColumn = table !== 'training_programmes' && table !== 'job_offers';
      const rows = await db.query<Json>(
        `select id, org_id, data, created_at, updated_at${participantColumn ? ', participant_id' : ''} from ${table} order by seq`,
      );
      const stored = rows.map((r) => ({
        ...(r.data as object),
        id: r.id,
        organizationId: r.org_id,
        createdAt: new Date(r.created_at).toISOString(),
        updatedAt: new Date(r.updated_at).toISOString(),
      }));
      const byId = new Map(stored.map((r) => [r.id as string, r]));
      // Through JSON, as the API answers it (the generator's -0 is stored as 0).
      for (const record of records as readonly Json[]) {
        const kept = byId.get(record.id) as Json;
        // An open offer whose day has passed was kept on the boards at the demo's start (keepOffersOpen).
        const moved =
          table === 'job_offers' && record.status === 'open' && record.validThrough < nepalToday();
        if (moved) expect(kept.validThrough > nepalToday(), record.id).toBe(true);
        const expected = JSON.parse(JSON.stringify(record));
        expect(kept, table).toEqual(
          moved ? { ...expected, validThrough: kept.validThrough, updatedAt: kept.updatedAt } : expected,
        );
      }
      expect(stored.length, table).toBe(records.length);
      for (const [i, r] of rows.entries()) {
        const record = records.find((x: Json) => x.id === r.id) as Json;
        // The server's fields live in columns, never twice in `data`.
        for (const f of ['id', 'organizationId', 'createdAt', 'updatedAt']) expect(r.data[f]).toBeUndefined();
        if (participantColumn) expect(r.participant_id, table).toBe(record.participantId ?? null);
        if (i > 0) expect(stored[i - 1]!.createdAt <= stored[i]!.createdAt, table).toBe(true);
      }
    }
    // What the demo must show: published offers and stories under a publication consent.
    expect(programme.jobOffers.some((o) => o.status === 'open')).toBe(true);
    expect(programme.stories.some((s) => s.publication !== undefined)).toBe(true);
  });

  it('keeps the programme’s open offers on the public boards after the programme’s own end', async () => {
    const open = programme.jobOffers.filter((o) => o.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    for (const offer of open) {
      const company = t().registry.demo!.organizations.find((o) => o.id === offer.organizationId)!;
      const board = await t().call(company.publishableKey, 'GET', '/v1/job-offers?limit=100');
      expect(board.status).toBe(200);
      const shown = board.body.items.find((o: Json) => o.id === offer.id);
      expect(shown, offer.id).toBeDefined();
      expect(shown.validThrough >= nepalToday()).toBe(true);
    }
    // Closed and filled offers stay as the programme left them.
    const ended = programme.jobOffers.filter((o) => o.status !== 'open').map((o) => o.id);
    const rows = await t().registry.db.query<{ id: string; valid: string | null }>(
      "select id, data->>'validThrough' as valid from job_offers where id = any($1::text[])",
      [ended],
    );
    for (const row of rows) {
      expect(row.valid, row.id).toBe(programme.jobOffers.find((o) => o.id === row.id)!.validThrough ?? null);
    }
  });

  it('audits the seed as one system entry, and seeding again adds nothing', async () => {
    const db = t().registry.db;
    const seeds = () =>
      db.query<{ actor_org: string; purpose: string; detail: Json }>(
        "select actor_org, purpose, detail from audit_log where resource_type = 'demo_seed'",
      );
    const [entry, ...more] = await seeds();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actor_org: 'system', purpose: 'demo_seed' });
    expect(entry!.detail).toEqual({
      seed: DEMO_SEED,
      participants: DEMO_PARTICIPANTS,
      inserted: {
        organizations: programme.organizations.length,
        users: programme.users.length,
        participants: programme.participants.length,
        consents: programme.consents.length,
        needsAssessments: programme.needsAssessments.length,
        livelihoodPlans: programme.livelihoodPlans.length,
        referrals: programme.referrals.length,
        trainingProgrammes: programme.trainingProgrammes.length,
        enrolments: programme.enrolments.length,
        jobOffers: programme.jobOffers.length,
        placements: programme.placements.length,
        enterprises: programme.enterprises.length,
        followUps: programme.followUps.length,
        serviceDeliveries: programme.serviceDeliveries.length,
        supportRequests: programme.supportRequests.length,
        stories: programme.stories.length,
      },
    });
    const tables = [
      'organizations',
      'users',
      'participants',
      'consents',
      'referrals',
      'placements',
      'stories',
    ];
    const counts = async () =>
      Promise.all(
        tables.map(async (table) =>
          Number((await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n),
        ),
      );
    const before = await counts();
    const again = await seedDemo(db);
    expect(await counts()).toEqual(before);
    expect(await seeds()).toHaveLength(1);
    expect(again.organizations.map((o) => o.users)).toEqual(
      t().registry.demo!.organizations.map((o) => o.users),
    );
    // The new keys work beside the old ones.
    const ngo = again.organizations[0]!;
    expect((await t().call(ngo.secretKey, 'GET', `/v1/organizations/${ngo.id}`)).status).toBe(200);
  });
});
