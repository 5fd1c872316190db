import {
  type CountPosition,
  type CountTable,
  computeIndicators,
  type IndicatorRecords,
  type PublishedCount,
  provinceOfDistrict,
  publishIndicators,
  recoverableCounts,
  type SuppressedTable,
} from '@nayabato/core';
import { generateProgramme } from '@nayabato/core/synthetic';
import { expect, it } from 'vitest';
import { describeRegistry, type Json, participantBody } from '../registry.fixture.js';
import { DEMO_PARTICIPANTS, DEMO_SEED } from '../seed/demo.js';
import { DEFAULT_SETTINGS } from '../settings.js';

/**
 * The oracle: core's `computeIndicators` and `publishIndicators` run here on the generated programme the
 * demo seed loaded, never on what the registry read back, and compared with the registry's answer.
 */
const programme = generateProgramme({ seed: DEMO_SEED, participants: DEMO_PARTICIPANTS });
const PERIOD = { from: programme.start, to: '2025-12-31' };
const QUERY = `from=${PERIOD.from}&to=${PERIOD.to}`;
const THRESHOLD = DEFAULT_SETTINGS.indicatorThreshold;

function recordsOf(orgId?: string): IndicatorRecords {
  const participants = programme.participants.filter((p) => !orgId || p.organizationId === orgId);
  const ids = new Set(participants.map((p) => p.id));
  const mine = <T extends { participantId: string }>(xs: readonly T[]) =>
    xs.filter((x) => ids.has(x.participantId));
  return {
    participants,
    followUps: mine(programme.followUps),
    placements: mine(programme.placements),
    enterprises: mine(programme.enterprises),
    enrolments: mine(programme.enrolments),
    referrals: mine(programme.referrals),
  };
}

function oracle(
  orgId?: string,
  threshold = THRESHOLD,
  districtField: 'currentDistrict' | 'originDistrict' = 'currentDistrict',
) {
  const report = computeIndicators(recordsOf(orgId), { period: PERIOD, districtField });
  const { period, ...tables } = publishIndicators(report, { threshold });
  // Through JSON, as the registry answers.
  return JSON.parse(
    JSON.stringify({
      scope: orgId ? { kind: 'organization', organizationId: orgId } : { kind: 'programme' },
      period,
      districtField,
      incomeThresholdNpr: report.incomeThresholdNpr,
      sustainedMonths: report.sustainedMonths,
      ...tables,
    }),
  );
}

/**
 * One organisation's true national figures of every table: core's publication with nothing withheld
 * (threshold 1, zeros not protected), so the columns are core's own.
 */
function trueNational(orgId: string): Record<string, { columns: number[]; grand: number | undefined }> {
  const open = publishIndicators(computeIndicators(recordsOf(orgId), { period: PERIOD }), {
    threshold: 1,
    protectZeros: false,
  });
  const value = (c: PublishedCount | undefined) => (c && !c.suppressed ? c.value : Number.NaN);
  return Object.fromEntries(
    countTables(open).map(([name, table]) => [
      name,
      { columns: (table.columnTotals ?? []).map(value), grand: table.grandTotal && value(table.grandTotal) },
    ]),
  );
}

/** Every count of a published table, with its position. */
function countsOf(t: SuppressedTable): [CountPosition, PublishedCount][] {
  const out: [CountPosition, PublishedCount][] = [];
  const add = (p: CountPosition, c: PublishedCount | undefined) => {
    if (c) out.push([p, c]);
  };
  for (const [row, r] of t.cells.entries())
    for (const [column, c] of r.entries()) add({ kind: 'cell', row, column }, c);
  for (const [row, c] of (t.rowTotals ?? []).entries()) add({ kind: 'rowTotal', row }, c);
  for (const [column, c] of (t.columnTotals ?? []).entries()) add({ kind: 'columnTotal', column }, c);
  for (const [group, r] of (t.groupCells ?? []).entries())
    for (const [column, c] of r.entries()) add({ kind: 'groupCell', group, column }, c);
  for (const [group, c] of (t.groupTotals ?? []).entries()) add({ kind: 'groupTotal', group }, c);
  add({ kind: 'grandTotal' }, t.grandTotal);
  return out;
}

const countTables = (body: Json): [string, SuppressedTable][] => [
  ['rehabilitation', body.rehabilitation],
  ['livingIndependently', body.livingIndependently],
  ['reintegration', body.reintegration],
  ['retention 3', body.retention['3']],
  ['retention 6', body.retention['6']],
  ['retention 12', body.retention['12']],
  ['enterprises', body.enterprises],
  ['trainingsCompleted', body.trainingsCompleted],
  ['referrals', body.referrals],
  ['seededEnterprises', body.seededEnterprises],
];

describeRegistry('GET /v1/indicators', (t) => {
  const get = (key: string, query = QUERY, headers: Record<string, string> = {}) =>
    t().call(key, 'GET', `/v1/indicators?${query}`, { headers });
  const ngoOwning = () => {
    const ngo = t().org('ngo');
    expect(programme.participants.some((p) => p.organizationId === ngo.id)).toBe(true);
    return ngo;
  };

  it('a publishable key reads the public set: core’s computation and disclosure control, to the cell', async () => {
    const res = await get(t().org('corporate').publishableKey);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(oracle());
    // The demo shows both: published counts and withheld ones, of both kinds.
    const all = countTables(res.body).flatMap(([, table]) => countsOf(table).map(([, c]) => c));
    expect(all.filter((c) => !c.suppressed).length).toBeGreaterThan(0);
    expect(all.some((c) => c.suppressed && c.reason === 'primary')).toBe(true);
    expect(all.some((c) => c.suppressed && c.reason === 'complementary')).toBe(true);
    expect(res.body.rehabilitation.grandTotal).toEqual({ suppressed: false, value: expect.any(Number) });
  });

  it('never publishes a count below the threshold, nor one recoverable by subtraction', async () => {
    const body = (await get(t().org('ngo').publishableKey)).body;
    for (const [name, table] of countTables(body)) {
      for (const [position, c] of countsOf(table)) {
        if (!c.suppressed)
          expect(c.value, `${name} ${JSON.stringify(position)}`).toBeGreaterThanOrEqual(THRESHOLD);
      }
    }
    // The true counts of the outcome table, from the oracle's report, against the published pattern.
    const report = computeIndicators(recordsOf(), { period: PERIOD });
    for (const [name, table, columns] of [
      [
        'rehabilitation',
        body.rehabilitation,
        (v: Json) => [v.economicallyRehabilitated, v.participantsSupported - v.economicallyRehabilitated],
      ],
      [
        'referrals',
        body.referrals,
        (v: Json) => [
          v.referrals.completed,
          v.referrals.accepted - v.referrals.completed,
          v.referrals.sent - v.referrals.accepted,
        ],
      ],
    ] as const) {
      const rows = table.rows as string[];
      const truth: CountTable = {
        rows,
        columns: table.columns,
        rowGroups: rows.map((d) => provinceOfDistrict(d as never).code),
        cells: rows.map((d) => {
          const v = (report.byDistrict as Json)[d];
          return v ? columns(v) : table.columns.map(() => 0);
        }),
      };
      const withheld = new Set(
        countsOf(table)
          .filter(([, c]) => c.suppressed)
          .map(([p]) => JSON.stringify(p)),
      );
      expect(withheld.size, name).toBeGreaterThan(0);
      expect(
        recoverableCounts(truth, (p) => withheld.has(JSON.stringify(p))),
        name,
      ).toEqual([]);
    }
  });

  it('answers public reads for public caches, with an ETag and 304', async () => {
    const key = t().org('ngo').publishableKey;
    const res = await get(key);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(res.headers.get('vary')).toMatch(/authorization/i);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await get(key, QUERY, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get(key, QUERY, { 'if-none-match': `W/${etag}, "other"` })).status).toBe(304);
    expect((await get(key, QUERY, { 'if-none-match': '"other"' })).status).toBe(200);
    // Another period is another answer.
    expect((await get(key, `from=${PERIOD.from}&to=2024-12-31`)).headers.get('etag')).not.toBe(etag);
    // A caller's own scope is private.
    expect((await get(t().org('coordinator').secretKey)).headers.get('cache-control')).toBe(
      'private, no-cache',
    );
  });

  it('narrows to one organisation’s registrations with ?organization=, for a publishable key', async () => {
    const ngo = ngoOwning();
    const res = await get(t().org('corporate').publishableKey, `${QUERY}&organization=${ngo.id}`);
    expect(res.status).toBe(200);
    expect(res.body.scope).toEqual({ kind: 'organization', organizationId: ngo.id });
    // National figures only: every district and province count is withheld (see the next test for why).
    const truth = trueNational(ngo.id);
    let published = 0;
    for (const [name, table] of countTables(res.body)) {
      for (const [p, c] of countsOf(table)) {
        if (p.kind === 'columnTotal' || p.kind === 'grandTotal') {
          if (c.suppressed) continue;
          published++;
          const expected = p.kind === 'grandTotal' ? truth[name]!.grand : truth[name]!.columns[p.column];
          expect(c.value, `${name} ${JSON.stringify(p)}`).toBe(expected);
          expect(c.value).toBeGreaterThanOrEqual(THRESHOLD);
        } else expect(c.suppressed, `${name} ${JSON.stringify(p)}`).toBe(true);
      }
    }
    expect(published).toBeGreaterThan(0);
    expect(
      (await get(t().org('corporate').publishableKey, `${QUERY}&organization=org_zzzzzzzzzzzz`)).status,
    ).toBe(404);
    const bad = await get(t().org('corporate').publishableKey, `${QUERY}&organization=pt_0123456789`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ path: ['organization'], code: 'invalid_id' });
  });

  it('each role reads its scope: an NGO its own registrations, the coordinator and ministry programme-wide', async () => {
    const ngo = ngoOwning();
    const own = await get(ngo.secretKey);
    expect(own.body).toEqual(oracle(ngo.id));
    expect(own.headers.get('cache-control')).toBe('private, no-cache');
    expect((await get(ngo.secretKey, `${QUERY}&organization=${ngo.id}`)).body).toEqual(oracle(ngo.id));
    const other = t().org('ngo2');
    expect((await get(ngo.secretKey, `${QUERY}&organization=${other.id}`)).status).toBe(403);
    expect((await get(other.secretKey)).body).toEqual(oracle(other.id));
    for (const role of ['coordinator', 'government', 'corporate', 'training_institution'] as const) {
      const res = await get(t().org(role).secretKey);
      expect(res.status, role).toBe(200);
      expect(res.body, role).toEqual(oracle());
    }
    // Another organisation's figures read the same by every caller but its own.
    const public_ = (await get(ngo.publishableKey, `${QUERY}&organization=${ngo.id}`)).body;
    expect((await get(t().org('government').secretKey, `${QUERY}&organization=${ngo.id}`)).body).toEqual(
      public_,
    );
    expect(public_).not.toEqual(oracle(ngo.id));
  });

  it('no organisation’s count can be had by subtracting the others’ from the programme’s', async () => {
    const key = t().org('corporate').publishableKey;
    const programmeAnswer = (await get(key)).body;
    const owners = [...new Set(programme.participants.map((p) => p.organizationId))].sort();
    expect(owners.length).toBeGreaterThan(2);
    const answers = new Map<string, Json>();
    for (const o of owners) answers.set(o, (await get(key, `${QUERY}&organization=${o}`)).body);
    const truths = new Map(owners.map((o) => [o, trueNational(o)]));
    let withheldSomewhere = 0;
    for (const [name, programmeTable] of countTables(programmeAnswer)) {
      const columns = programmeTable.columns;
      // The organisations × columns table an attacker can assemble, its margins the programme's national counts.
      const table: CountTable = {
        rows: owners,
        columns,
        cells: owners.map((o) => columns.map((_, c) => truths.get(o)![name]!.columns[c]!)),
      };
      const withheld = (p: CountPosition): boolean => {
        if (p.kind === 'columnTotal') return programmeTable.columnTotals![p.column]!.suppressed;
        if (p.kind === 'grandTotal') return programmeTable.grandTotal!.suppressed;
        const answer = countTables(answers.get(owners[(p as { row: number }).row]!)!).find(
          ([n]) => n === name,
        )![1];
        if (p.kind === 'rowTotal') return answer.grandTotal!.suppressed;
        return columns.length === 1
          ? answer.grandTotal!.suppressed
          : answer.columnTotals![(p as { column: number }).column]!.suppressed;
      };
      const positions = [
        ...owners.flatMap((_, row) => columns.map((__, column) => ({ kind: 'cell', row, column }) as const)),
      ];
      withheldSomewhere += positions.filter(withheld).length;
      expect(recoverableCounts(table, withheld), name).toEqual([]);
    }
    expect(withheldSomewhere).toBeGreaterThan(0);
  });

  it('follows the tables: a write changes the next answer (kept answers are never stale)', async () => {
    const key = t().org('ngo').publishableKey;
    const today = new Date().toISOString().slice(0, 10);
    const query = `from=${PERIOD.from}&to=${today}`;
    const oracleWith = (extra: Json[]) => {
      const records = recordsOf();
      const report = computeIndicators(
        { ...records, participants: [...records.participants, ...extra] },
        { period: { from: PERIOD.from, to: today } },
      );
      const { period, ...tables } = publishIndicators(report, { threshold: THRESHOLD });
      return JSON.parse(
        JSON.stringify({
          scope: { kind: 'programme' },
          period,
          districtField: 'currentDistrict',
          incomeThresholdNpr: report.incomeThresholdNpr,
          sustainedMonths: report.sustainedMonths,
          ...tables,
        }),
      );
    };
    const before = await get(key, query);
    expect(before.body).toEqual(oracleWith([]));
    const created = [];
    // Enough new participants in one district that its count crosses the threshold either way.
    for (let i = 0; i < THRESHOLD; i++) {
      const res = await t().call(t().org('ngo').secretKey, 'POST', '/v1/participants', {
        json: participantBody(),
      });
      expect(res.status).toBe(201);
      created.push(res.body);
    }
    const after = await get(key, query, { 'if-none-match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(after.body).toEqual(oracleWith(created));
  });

  it('places participants by origin district on request', async () => {
    const res = await get(t().org('ngo').publishableKey, `${QUERY}&districtField=originDistrict`);
    expect(res.body).toEqual(oracle(undefined, THRESHOLD, 'originDistrict'));
    expect((await get(t().org('ngo').publishableKey, `${QUERY}&districtField=home`)).status).toBe(400);
  });

  it('refuses a bad period with field errors in English and Nepali', async () => {
    const key = t().org('ngo').publishableKey;
    for (const query of ['from=2025-13-01', 'to=yesterday', 'from=2025-06-01&to=2025-05-31']) {
      const res = await get(key, query);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.body.errors[0].code, query).toBe('invalid_period');
    }
    const ne = await t().call(key, 'GET', '/v1/indicators?from=x', { headers: { 'accept-language': 'ne' } });
    expect(ne.body.errors[0].message).not.toBe(
      (await t().call(key, 'GET', '/v1/indicators?from=x')).body.errors[0].message,
    );
    // Without a period: the year up to today.
    const res = await get(key, '');
    expect(res.status).toBe(200);
    expect(res.body.period.to).toBe(new Date().toISOString().slice(0, 10));
  });

  it('holds no personal value: no participant id, no free text, nothing but counts and names of places', async () => {
    const text = (await get(t().org('ngo').publishableKey)).text;
    expect(text).not.toMatch(/pt_[0-9a-z]{10}/);
    for (const p of programme.participants.slice(0, 50)) expect(text).not.toContain(p.id);
    for (const s of programme.stories) expect(text).not.toContain(s.text.slice(0, 30));
    const strings = new Set<string>();
    JSON.parse(text, (_k, v) => {
      if (typeof v === 'string') strings.add(v);
      return v;
    });
    const placeNames = new Set([...strings].filter((s) => /^[A-Z][A-Za-z -]+$|^NP-P\d$/.test(s)));
    const rest = [...strings].filter((s) => !placeNames.has(s));
    expect(
      rest.every((s) => /^[a-z_]+$|^\d{4}-\d{2}-\d{2}$|^[a-zA-Z]+District$/.test(s)),
      rest.join(','),
    ).toBe(true);
  });
});

describeRegistry(
  'GET /v1/indicators with another threshold',
  (t) => {
    it('applies the registry’s threshold setting', async () => {
      const res = await t().call(t().org('ngo').publishableKey, 'GET', `/v1/indicators?${QUERY}`);
      expect(res.body.threshold).toBe(11);
      expect(res.body).toEqual(oracle(undefined, 11));
    });
  },
  { settings: { indicatorThreshold: 11 } },
);
