import { describe, expect, it } from 'vitest';
import { generateProgramme } from '../synthetic/index.js';
import { computeIndicators, type IndicatorRecords } from './compute-indicators.js';
import type { CountPosition, CountTable, PublishedCount, SuppressedTable } from './count-table.js';
import { publishIndicators } from './publish-indicators.js';
import { publishOrganizationIndicators, splitByOrganization } from './publish-organization-indicators.js';
import { recoverableCounts } from './suppress-table.js';

const programme = generateProgramme({ seed: 11, participants: 160 });
const period = { from: programme.start, to: '2025-12-31' };
const records = {
  participants: programme.participants,
  followUps: programme.followUps,
  placements: programme.placements,
  enterprises: programme.enterprises,
  enrolments: programme.enrolments,
  referrals: programme.referrals,
};
const byOrg = splitByOrganization(records);
const reports = new Map([...byOrg].map(([o, r]) => [o, computeIndicators(r, { period })]));
const published = publishIndicators(computeIndicators(records, { period }), { threshold: 5 });
const orgs = [...reports.keys()].sort();
const tables = (p: ReturnType<typeof publishIndicators>): [string, SuppressedTable][] => [
  ['rehabilitation', p.rehabilitation],
  ['referrals', p.referrals],
  ['enterprises', p.enterprises],
  ['trainingsCompleted', p.trainingsCompleted],
  ['retention 6', p.retention[6]],
];
/** An organisation's true national figures: core's publication with nothing withheld. */
const open = (r: IndicatorRecords) =>
  publishIndicators(computeIndicators(r, { period }), { threshold: 1, protectZeros: false });
const value = (c: PublishedCount | undefined) => (c && !c.suppressed ? c.value : Number.NaN);

describe('publishOrganizationIndicators', () => {
  it('splits the records by the organisation that registered each participant', () => {
    expect(orgs.length).toBeGreaterThan(2);
    const total = [...byOrg.values()].reduce((s, r) => s + r.participants.length, 0);
    expect(total).toBe(programme.participants.length);
    for (const [o, r] of byOrg) {
      const ids = new Set(r.participants.map((p) => p.id));
      for (const f of r.followUps ?? []) expect(ids.has(f.participantId), o).toBe(true);
    }
  });

  it('publishes national figures only, true where published, never one that subtraction recovers', () => {
    const answers = new Map(orgs.map((o) => [o, publishOrganizationIndicators(published, reports, o, 5)]));
    const truths = new Map(orgs.map((o) => [o, open(byOrg.get(o)!)]));
    let shown = 0;
    for (const [name, programmeTable] of tables(published)) {
      const columns = programmeTable.columns;
      const answerTable = (o: string) => tables(answers.get(o)!).find(([n]) => n === name)![1];
      const truthTable = (o: string) => tables(truths.get(o)!).find(([n]) => n === name)![1];
      for (const o of orgs) {
        const t = answerTable(o);
        for (const row of t.cells) for (const c of row) expect(c.suppressed).toBe(true);
        for (const c of t.groupCells?.flat() ?? []) expect(c.suppressed).toBe(true);
        t.columnTotals?.forEach((c, i) => {
          if (c.suppressed) return;
          shown++;
          expect(c.value).toBe(value(truthTable(o).columnTotals?.[i]));
          expect(c.value).toBeGreaterThanOrEqual(5);
        });
      }
      const table: CountTable = {
        rows: orgs,
        columns,
        cells: orgs.map((o) => columns.map((_, c) => value(truthTable(o).columnTotals?.[c]))),
      };
      const withheld = (p: CountPosition) => {
        if (p.kind === 'columnTotal') return programmeTable.columnTotals![p.column]!.suppressed;
        if (p.kind === 'grandTotal') return programmeTable.grandTotal!.suppressed;
        if (p.kind === 'rowTotal') return answerTable(orgs[p.row]!).grandTotal!.suppressed;
        if (p.kind !== 'cell') return false;
        const t = answerTable(orgs[p.row]!);
        return columns.length === 1 ? t.grandTotal!.suppressed : t.columnTotals![p.column]!.suppressed;
      };
      expect(recoverableCounts(table, withheld), name).toEqual([]);
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('withholds everything of an organisation that registered no one', () => {
    const none = publishOrganizationIndicators(published, reports, 'org_nobodyhere0', 5);
    expect(JSON.stringify(none)).not.toContain('"suppressed":false');
  });
});
