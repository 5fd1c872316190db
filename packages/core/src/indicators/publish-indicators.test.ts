import { describe, expect, it } from 'vitest';
import type { District } from '../geography/index.js';
import { provinceOfDistrict } from '../geography/index.js';
import { computeIndicators, type IndicatorRecords, type IndicatorValues } from './compute-indicators.js';
import type { CountPosition, CountTable, SuppressedTable } from './count-table.js';
import { publishIndicators } from './publish-indicators.js';
import type { IndicatorEnterprise, IndicatorFollowUp, IndicatorParticipant } from './records.js';
import { recoverableCounts } from './suppress-table.js';

/** `n` participants of a district, the first `rehabilitated` of them with a sustained income. */
function cohort(
  district: District,
  n: number,
  rehabilitated: number,
  seeded = 0,
): Required<Pick<IndicatorRecords, 'participants' | 'followUps' | 'enterprises'>> {
  const participants: IndicatorParticipant[] = [];
  const followUps: IndicatorFollowUp[] = [];
  const enterprises: IndicatorEnterprise[] = [];
  for (let k = 0; k < n; k++) {
    const id = `pt_${district.toLowerCase().replace(/\W/g, '').slice(0, 6)}${String(k).padStart(4, '0')}`;
    participants.push({
      id,
      currentDistrict: district,
      originDistrict: district,
      createdAt: '2026-02-01T00:00:00Z',
    });
    const income = k < rehabilitated ? 25_000 : 5_000;
    for (const date of ['2026-03-01', '2026-07-01']) {
      followUps.push({
        participantId: id,
        date,
        monthlyIncomeNpr: income,
        livingIndependently: k % 2 === 0,
        reintegratedWithFamily: true,
        inShelter: false,
      });
    }
    if (k < seeded) {
      enterprises.push({
        participantId: id,
        startDate: '2026-03-01',
        status: 'operating',
        seedSupport: { grantNpr: 10_000 + k, inKind: [] },
        monthlyRecords: [],
      });
    }
  }
  return { participants, followUps, enterprises };
}

const parts = [
  cohort('Kathmandu', 30, 28, 6),
  cohort('Lalitpur', 12, 12, 2),
  cohort('Jhapa', 3, 1),
  cohort('Morang', 9, 6, 6),
];
const records: IndicatorRecords = {
  participants: parts.flatMap((p) => p.participants),
  followUps: parts.flatMap((p) => p.followUps),
  enterprises: parts.flatMap((p) => p.enterprises),
};
const report = computeIndicators(records, {
  period: { from: '2026-01-01', to: '2026-12-31' },
  incomeThresholdNpr: 20_000,
});
const districts: District[] = ['Kathmandu', 'Lalitpur', 'Bhaktapur', 'Jhapa', 'Morang'];
const published = publishIndicators(report, { districts });

/** The true table behind a published one, rebuilt from the report. */
function truth(columns: ((v: IndicatorValues) => number)[]): CountTable {
  return {
    rows: districts,
    rowGroups: districts.map((d) => provinceOfDistrict(d).code),
    columns: columns.map((_, j) => `c${j}`),
    cells: districts.map((d) => columns.map((of) => (report.byDistrict[d] ? of(report.byDistrict[d]) : 0))),
  };
}
function suppressedIn(t: SuppressedTable) {
  return (p: CountPosition): boolean => {
    const c =
      p.kind === 'cell'
        ? t.cells[p.row]?.[p.column]
        : p.kind === 'rowTotal'
          ? t.rowTotals?.[p.row]
          : p.kind === 'columnTotal'
            ? t.columnTotals?.[p.column]
            : p.kind === 'groupCell'
              ? t.groupCells?.[p.group]?.[p.column]
              : p.kind === 'groupTotal'
                ? t.groupTotals?.[p.group]
                : t.grandTotal;
    return c?.suppressed === true;
  };
}

describe('publishIndicators', () => {
  it('withholds the 2 not rehabilitated in Kathmandu and enough complements that none can be recovered', () => {
    const t = published.rehabilitation;
    expect(t.columns).toEqual(['economically_rehabilitated', 'not_economically_rehabilitated']);
    expect(t.groups).toEqual(['NP-P3', 'NP-P1']);
    expect(t.cells[0]?.[1]).toEqual({ suppressed: true, reason: 'primary' });
    expect(t.cells[0]?.[0]).toMatchObject({ suppressed: true });
    // Lalitpur: 12 of 12. The 0 is withheld (it would say "all of them"), so the 12 must be too.
    expect(t.cells[1]).toEqual([
      { suppressed: true, reason: 'complementary' },
      { suppressed: true, reason: 'primary' },
    ]);
    const table = truth([
      (v) => v.economicallyRehabilitated,
      (v) => v.participantsSupported - v.economicallyRehabilitated,
    ]);
    expect(recoverableCounts(table, suppressedIn(t))).toEqual([]);
  });

  it('withholds the shared margin (participants supported) alike in the three outcome tables', () => {
    const margins = (t: SuppressedTable) =>
      [t.rowTotals, t.groupTotals, t.grandTotal].map((m) => JSON.stringify(m));
    expect(margins(published.livingIndependently)).toEqual(margins(published.rehabilitation));
    expect(margins(published.reintegration)).toEqual(margins(published.rehabilitation));
    expect(published.rehabilitation.rowTotals?.[3]).toEqual({ suppressed: true, reason: 'primary' }); // Jhapa: 3
    expect(published.rehabilitation.grandTotal).toEqual({ suppressed: false, value: 54 });
    for (const [t, cols] of [
      [
        published.livingIndependently,
        [
          (v: IndicatorValues) => v.livingIndependently,
          (v: IndicatorValues) => v.participantsSupported - v.livingIndependently,
        ],
      ],
      [
        published.reintegration,
        [
          (v: IndicatorValues) => v.reintegrated,
          (v: IndicatorValues) => v.participantsSupported - v.reintegrated,
        ],
      ],
    ] as const) {
      expect(recoverableCounts(truth([...cols]), suppressedIn(t))).toEqual([]);
    }
  });

  it('publishes seed funding only where at least the threshold of enterprises contribute', () => {
    const amounts = published.seedFundingNpr;
    expect(amounts.cells[0]?.[0]).toEqual({ suppressed: false, value: 6 * 10_000 + 15 }); // Kathmandu: 6 enterprises
    expect(amounts.cells[1]?.[0]).toEqual({ suppressed: true, reason: 'primary' }); // Lalitpur: 2
    expect(amounts.cells[2]?.[0]).toMatchObject({ suppressed: true }); // Bhaktapur: none, and a complement
    const table = truth([(v) => v.seedFunding.totalNpr]);
    expect(recoverableCounts(table, suppressedIn(amounts))).toEqual([]);
  });

  it('withholds a median summarising fewer referrals than the threshold', () => {
    expect(published.medianDaysToAccept.total).toEqual({ suppressed: true, reason: 'primary' });
    expect(published.medianDaysToAccept.districts).toHaveLength(5);
  });

  it('never turns a withheld count into 0 or null, and lists all 77 districts by default', () => {
    const all = publishIndicators(report, { threshold: 5 });
    expect(all.rehabilitation.rows).toHaveLength(77);
    expect(all.rehabilitation.groups).toHaveLength(7);
    const text = JSON.stringify(all);
    expect(text).not.toContain('null');
    for (const t of [all.rehabilitation, all.enterprises, all.referrals, all.retention[3]]) {
      for (const row of t.cells)
        for (const c of row) expect(c.suppressed || typeof c.value === 'number').toBe(true);
    }
    expect(all.threshold).toBe(5);
  });
});
