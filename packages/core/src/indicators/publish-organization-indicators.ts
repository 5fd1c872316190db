/**
 * Disclosure control across answers: an organisation's indicators beside the programme's. Organisations
 * partition the participants, so the programme-wide table and the organisations' tables are linked (the
 * programme's national count is the sum of the organisations'). Each organisation's answer therefore
 * publishes its national figures only (every district and province count withheld), taken from one
 * table of organisations × columns whose column totals are the programme's national counts: that table is
 * protected with core's `suppressTable` as a whole (the margins the programme withholds withheld in it
 * too, the three outcome tables sharing their margin as in `publishIndicators`), so no count of one
 * organisation can be had by subtracting the others' from the programme's. See
 * `docs/indicators.md`.
 */
import type { IndicatorRecords, IndicatorReport, IndicatorValues } from './compute-indicators.js';
import type { CountPosition, CountTable, PublishedCount, SuppressedTable } from './count-table.js';
import type { PublishedIndicators } from './publish-indicators.js';
import type { IndicatorParticipant } from './records.js';
import { recoverableCounts, suppressTable } from './suppress-table.js';

type Columns = readonly (readonly [string, (v: IndicatorValues) => number])[];
type TableKey = Exclude<
  keyof PublishedIndicators,
  'period' | 'threshold' | 'retention' | 'medianDaysToAccept'
>;

/** The columns of each table, as `publishIndicators` defines them (core keeps them private). */
const COLUMNS: Record<TableKey | 'retention3' | 'retention6' | 'retention12', Columns> = {
  rehabilitation: [
    ['economically_rehabilitated', (v) => v.economicallyRehabilitated],
    ['not_economically_rehabilitated', (v) => v.participantsSupported - v.economicallyRehabilitated],
  ],
  livingIndependently: [
    ['living_independently', (v) => v.livingIndependently],
    ['not_living_independently', (v) => v.participantsSupported - v.livingIndependently],
  ],
  reintegration: [
    ['reintegrated', (v) => v.reintegrated],
    ['not_reintegrated', (v) => v.participantsSupported - v.reintegrated],
  ],
  retention3: retention(3),
  retention6: retention(6),
  retention12: retention(12),
  enterprises: [
    ['operating', (v) => v.enterprisesOperating],
    ['not_operating', (v) => v.enterprisesStarted - v.enterprisesOperating],
  ],
  trainingsCompleted: [['completed', (v) => v.trainingsCompleted]],
  referrals: [
    ['completed', (v) => v.referrals.completed],
    ['accepted_not_completed', (v) => v.referrals.accepted - v.referrals.completed],
    ['not_accepted', (v) => v.referrals.sent - v.referrals.accepted],
  ],
  seededEnterprises: [
    ['operating', (v) => v.seedFunding.seededOperating],
    ['not_operating', (v) => v.seedFunding.enterprisesSeeded - v.seedFunding.seededOperating],
  ],
  seedFundingNpr: [['seed_funding_npr', (v) => v.seedFunding.totalNpr]],
};

function retention(m: 3 | 6 | 12): Columns {
  return [
    ['retained', (v) => v.retention[m].retained],
    ['not_retained', (v) => v.retention[m].notRetained],
    ['pending', (v) => v.retention[m].pending],
  ];
}

const key = (p: CountPosition) => JSON.stringify(p);
const WITHHELD: PublishedCount = { suppressed: true, reason: 'complementary' };

/** The national totals the programme's answer withholds (its column and grand totals). */
function programmeWithheld(t: SuppressedTable): Set<string> {
  const out = new Set<string>();
  t.columnTotals?.forEach((c, column) => {
    if (c.suppressed) out.add(key({ kind: 'columnTotal', column }));
  });
  if (t.grandTotal?.suppressed) out.add(key({ kind: 'grandTotal' }));
  return out;
}

function rowTotalsWithheld(t: SuppressedTable): Set<string> {
  const out = new Set<string>();
  t.rowTotals?.forEach((c, row) => {
    if (c.suppressed) out.add(key({ kind: 'rowTotal', row }));
  });
  return out;
}

/** Whether a position of a suppressed table is withheld. */
function withheldAt(t: SuppressedTable, p: CountPosition): boolean {
  const c =
    p.kind === 'cell'
      ? t.cells[p.row]?.[p.column]
      : p.kind === 'rowTotal'
        ? t.rowTotals?.[p.row]
        : p.kind === 'columnTotal'
          ? t.columnTotals?.[p.column]
          : p.kind === 'grandTotal'
            ? t.grandTotal
            : undefined;
  return c?.suppressed === true;
}

/**
 * Protects one organisations × columns table against itself and against the programme's answer; `null`
 * when it cannot (then every organisation's figures of this table are withheld).
 */
function protect(
  table: CountTable,
  programme: SuppressedTable,
  threshold: number,
  linked: Set<string>,
  primary?: (p: CountPosition, v: number) => boolean,
): SuppressedTable | null {
  const forced = programmeWithheld(programme);
  const out = suppressTable(table, {
    threshold,
    alsoSuppress: (p) => forced.has(key(p)) || linked.has(key(p)),
    ...(primary ? { primary } : {}),
  });
  // A national total the programme publishes is known whatever this table says: audit with it known.
  const known = (p: CountPosition) =>
    (p.kind === 'columnTotal' || p.kind === 'grandTotal') && !forced.has(key(p));
  const recoverable = recoverableCounts(table, (p) => withheldAt(out, p) && !known(p));
  return recoverable.length === 0 ? out : null;
}

/** One organisation's answer for one table: its national figures, everything else withheld. */
function organizationTable(
  programme: SuppressedTable,
  joint: SuppressedTable | null,
  row: number,
): SuppressedTable {
  const national = programme.columns.map((_, c) => (joint ? (joint.cells[row]?.[c] ?? WITHHELD) : WITHHELD));
  const total = joint
    ? programme.columns.length > 1
      ? (joint.rowTotals?.[row] ?? WITHHELD)
      : (joint.cells[row]?.[0] ?? WITHHELD)
    : WITHHELD;
  return {
    ...programme,
    cells: programme.cells.map((r) => r.map(() => WITHHELD)),
    ...(programme.rowTotals ? { rowTotals: programme.rowTotals.map(() => WITHHELD) } : {}),
    ...(programme.groupCells ? { groupCells: programme.groupCells.map((r) => r.map(() => WITHHELD)) } : {}),
    ...(programme.groupTotals ? { groupTotals: programme.groupTotals.map(() => WITHHELD) } : {}),
    ...(programme.columnTotals ? { columnTotals: national } : {}),
    ...(programme.grandTotal ? { grandTotal: total } : {}),
  };
}

/**
 * The published indicators of one organisation, protected jointly with every other organisation's and
 * with the programme's published answer.
 *
 * @param programme - `publishIndicators` of the whole programme (what the public reads)
 * @param reports - `computeIndicators` of each organisation that registered participants, over the
 *   programme's period; together they partition the programme's participants
 * @param organizationId - the organisation asked for (all withheld when it registered no one)
 * @example
 * ```ts
 * const mine = publishOrganizationIndicators(published, reportsByOrg, 'org_0123456789', 5);
 * ```
 */
export function publishOrganizationIndicators(
  programme: PublishedIndicators,
  reports: ReadonlyMap<string, IndicatorReport>,
  organizationId: string,
  threshold: number,
): PublishedIndicators {
  const orgs = [...reports.keys()].sort();
  const row = orgs.indexOf(organizationId);
  const tableOf = (columns: Columns): CountTable => ({
    rows: orgs,
    columns: columns.map(([name]) => name),
    cells: orgs.map((o) => columns.map(([, of]) => of(reports.get(o)!.total))),
  });
  const joint = (name: keyof typeof COLUMNS, published: SuppressedTable, linked = new Set<string>()) =>
    orgs.length === 0 ? null : protect(tableOf(COLUMNS[name]), published, threshold, linked);
  const answer = (published: SuppressedTable, t: SuppressedTable | null) =>
    organizationTable(published, row < 0 ? null : t, row);

  // The outcome tables share their margin (participants supported): withheld alike in all three.
  const outcomes = ['rehabilitation', 'livingIndependently', 'reintegration'] as const;
  let linked = new Set<string>();
  let protectedOutcomes: (SuppressedTable | null)[] = [];
  for (;;) {
    const known = linked;
    protectedOutcomes = outcomes.map((n) => joint(n, programme[n], known));
    if (protectedOutcomes.some((t) => t === null)) {
      protectedOutcomes = outcomes.map(() => null);
      break;
    }
    const next = new Set(protectedOutcomes.flatMap((t) => [...rowTotalsWithheld(t!)]));
    for (const t of protectedOutcomes) if (t?.grandTotal?.suppressed) next.add(key({ kind: 'grandTotal' }));
    if ([...next].every((k) => linked.has(k))) break;
    linked = new Set([...linked, ...next]);
  }
  const seeded = tableOf([['seeded', (v) => v.seedFunding.enterprisesSeeded]]);
  const seededAt = (p: CountPosition) =>
    p.kind === 'cell' ? (seeded.cells[p.row]?.[0] ?? 0) : seeded.cells.reduce((s, r) => s + (r[0] ?? 0), 0);
  const amounts =
    orgs.length === 0
      ? null
      : protect(
          tableOf(COLUMNS.seedFundingNpr),
          programme.seedFundingNpr,
          threshold,
          new Set(),
          (p) => seededAt(p) < threshold,
        );
  const report = row < 0 ? undefined : reports.get(organizationId)!.total;
  const median = report?.referrals.medianDaysToAccept;
  const stat = (v: PublishedCount[]) => v.map(() => WITHHELD);
  return {
    period: programme.period,
    threshold,
    rehabilitation: answer(programme.rehabilitation, protectedOutcomes[0] ?? null),
    livingIndependently: answer(programme.livingIndependently, protectedOutcomes[1] ?? null),
    reintegration: answer(programme.reintegration, protectedOutcomes[2] ?? null),
    retention: {
      3: answer(programme.retention[3], joint('retention3', programme.retention[3])),
      6: answer(programme.retention[6], joint('retention6', programme.retention[6])),
      12: answer(programme.retention[12], joint('retention12', programme.retention[12])),
    },
    enterprises: answer(programme.enterprises, joint('enterprises', programme.enterprises)),
    trainingsCompleted: answer(
      programme.trainingsCompleted,
      joint('trainingsCompleted', programme.trainingsCompleted),
    ),
    referrals: answer(programme.referrals, joint('referrals', programme.referrals)),
    // A median is not a sum: one organisation's is published where it summarises enough referrals.
    medianDaysToAccept: {
      ...programme.medianDaysToAccept,
      districts: stat([...programme.medianDaysToAccept.districts]),
      provinces: stat([...programme.medianDaysToAccept.provinces]),
      total:
        report && median !== null && median !== undefined && report.referrals.accepted >= threshold
          ? { suppressed: false, value: median }
          : { suppressed: true, reason: 'primary' },
    },
    seededEnterprises: answer(
      programme.seededEnterprises,
      joint('seededEnterprises', programme.seededEnterprises),
    ),
    seedFundingNpr: answer(programme.seedFundingNpr, amounts),
  };
}

/**
 * The records of each organisation's registrations: its participants and their records.
 *
 * @example
 * ```ts
 * const byOrg = splitByOrganization(records); // Map org id → IndicatorRecords
 * ```
 */
export function splitByOrganization(
  records: Omit<IndicatorRecords, 'participants'> & {
    readonly participants: readonly (IndicatorParticipant & { readonly organizationId: string })[];
  },
): Map<string, IndicatorRecords> {
  const ownerOf = new Map(records.participants.map((p) => [p.id, p.organizationId]));
  const out = new Map<string, { [K in keyof IndicatorRecords]-?: unknown[] }>();
  const slot = (org: string) => {
    let r = out.get(org);
    if (!r) {
      r = { participants: [], followUps: [], placements: [], enterprises: [], enrolments: [], referrals: [] };
      out.set(org, r);
    }
    return r;
  };
  for (const p of records.participants) slot(p.organizationId).participants.push(p);
  for (const kind of ['followUps', 'placements', 'enterprises', 'enrolments', 'referrals'] as const) {
    for (const r of records[kind] ?? []) {
      const org = ownerOf.get(r.participantId);
      if (org) slot(org)[kind].push(r);
    }
  }
  return out as unknown as Map<string, IndicatorRecords>;
}
