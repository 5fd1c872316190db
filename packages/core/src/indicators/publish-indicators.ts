import { DISTRICT_NAMES, type District, provinceOfDistrict } from '../geography/index.js';
import type { IndicatorReport, IndicatorValues } from './compute-indicators.js';
import type { CountPosition, CountTable, PublishedCount, SuppressedTable } from './count-table.js';
import { DEFAULT_SUPPRESSION_THRESHOLD, type SuppressionOptions, suppressTable } from './suppress-table.js';

/**
 * Options of {@link publishIndicators}.
 *
 * @example
 * ```ts
 * const options: PublishOptions = { threshold: 11 };
 * ```
 */
export interface PublishOptions extends Pick<SuppressionOptions, 'threshold' | 'protectZeros'> {
  /**
   * The districts to publish rows for. All 77 by default, so that a missing row never says "none here".
   * @default every district of Nepal
   */
  readonly districts?: readonly District[];
}

/**
 * A published statistic that is not a count (a median), or an explicit mark that it is withheld.
 *
 * @example
 * ```ts
 * const median: PublishedStatistic = { suppressed: false, value: 2.5 };
 * ```
 */
export type PublishedStatistic = PublishedCount;

/**
 * A statistic per district, per province (in the order of `groups`) and in total.
 *
 * @example
 * ```ts
 * published.medianDaysToAccept.total; // { suppressed: false, value: 3 }
 * ```
 */
export interface PublishedStatistics {
  readonly rows: readonly District[];
  readonly districts: readonly PublishedStatistic[];
  readonly groups: readonly string[];
  readonly provinces: readonly PublishedStatistic[];
  readonly total: PublishedStatistic;
}

/**
 * The indicators ready for publication: each a table with district rows rolled up into provinces
 * (by province code), small cells and their complements suppressed.
 *
 * @example
 * ```ts
 * const published = publishIndicators(report);
 * published.rehabilitation.grandTotal; // participants supported, or { suppressed: true, ... }
 * ```
 */
export interface PublishedIndicators {
  readonly period: IndicatorReport['period'];
  readonly threshold: number;
  /** Columns `economically_rehabilitated`, `not_economically_rehabilitated`; row totals = supported. */
  readonly rehabilitation: SuppressedTable;
  /** Columns `living_independently`, `not_living_independently`; row totals = supported. */
  readonly livingIndependently: SuppressedTable;
  /** Columns `reintegrated`, `not_reintegrated`; row totals = supported. */
  readonly reintegration: SuppressedTable;
  /** Columns `retained`, `not_retained`, `pending`; row totals = checkpoints due. */
  readonly retention: {
    readonly 3: SuppressedTable;
    readonly 6: SuppressedTable;
    readonly 12: SuppressedTable;
  };
  /** Columns `operating`, `not_operating`; row totals = enterprises started. */
  readonly enterprises: SuppressedTable;
  /** One column, `completed`. */
  readonly trainingsCompleted: SuppressedTable;
  /** Columns `completed`, `accepted_not_completed`, `not_accepted`; row totals = sent. */
  readonly referrals: SuppressedTable;
  /** Published where at least `threshold` referrals were accepted. */
  readonly medianDaysToAccept: PublishedStatistics;
  /** Columns `operating`, `not_operating`; row totals = enterprises seeded in the period. */
  readonly seededEnterprises: SuppressedTable;
  /** Seed funding in NPR, withheld where fewer than `threshold` enterprises contribute, with complements. */
  readonly seedFundingNpr: SuppressedTable;
}

type Columns = readonly [string, (v: IndicatorValues) => number][];

/** The shared margin of the outcome tables: participants supported, by district, province and in total. */
const isMargin = (p: CountPosition) =>
  p.kind === 'rowTotal' || p.kind === 'groupTotal' || p.kind === 'grandTotal';
const key = (p: CountPosition) => JSON.stringify(p);

/**
 * Applies disclosure control to an {@link IndicatorReport} for publication to the coordinator, the
 * ministry, corporates or the public. Each count indicator becomes a table of districts rolled up into
 * provinces whose columns split the row total (so that "not rehabilitated" cannot be had by subtracting
 * from "supported"); the three outcome tables share their margin (participants supported), and are
 * suppressed together until the margin is withheld alike in all three. Medians are published only where
 * they summarise at least `threshold` referrals; seed funding amounts only where at least `threshold`
 * enterprises contribute, with complements so no withheld amount can be recovered exactly.
 *
 * @param report - the output of {@link computeIndicators}
 * @param options - the threshold (a registry setting), zero handling and the districts to list
 * @example
 * ```ts
 * const published = publishIndicators(computeIndicators(records, { period }), { threshold: 5 });
 * ```
 */
export function publishIndicators(
  report: IndicatorReport,
  options: PublishOptions = {},
): PublishedIndicators {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const rows = [...(options.districts ?? DISTRICT_NAMES)];
  const rowGroups = rows.map((d) => provinceOfDistrict(d).code);
  const values = rows.map((d) => report.byDistrict[d]);
  const base = {
    threshold,
    ...(options.protectZeros === undefined ? {} : { protectZeros: options.protectZeros }),
  };
  const tableOf = (columns: Columns): CountTable => ({
    rows,
    rowGroups,
    columns: columns.map(([name]) => name),
    cells: values.map((v) => columns.map(([, of]) => (v ? of(v) : 0))),
  });
  const suppress = (columns: Columns, alsoSuppress?: (p: CountPosition) => boolean) =>
    suppressTable(tableOf(columns), { ...base, ...(alsoSuppress ? { alsoSuppress } : {}) });

  const outcomeColumns: Columns[] = [
    [
      ['economically_rehabilitated', (v) => v.economicallyRehabilitated],
      ['not_economically_rehabilitated', (v) => v.participantsSupported - v.economicallyRehabilitated],
    ],
    [
      ['living_independently', (v) => v.livingIndependently],
      ['not_living_independently', (v) => v.participantsSupported - v.livingIndependently],
    ],
    [
      ['reintegrated', (v) => v.reintegrated],
      ['not_reintegrated', (v) => v.participantsSupported - v.reintegrated],
    ],
  ];
  // Linked tables: a margin withheld in one must be withheld in all, and each then re-protected.
  let withheld = new Set<string>();
  let outcomes: SuppressedTable[] = [];
  for (;;) {
    const known = withheld;
    outcomes = outcomeColumns.map((c) => suppress(c, (p) => isMargin(p) && known.has(key(p))));
    const next = new Set(outcomes.flatMap(marginsWithheld));
    if (next.size === withheld.size) break;
    withheld = next;
  }
  const [rehabilitation, livingIndependently, reintegration] = outcomes as [
    SuppressedTable,
    SuppressedTable,
    SuppressedTable,
  ];

  const retention = (m: 3 | 6 | 12) =>
    suppress([
      ['retained', (v) => v.retention[m].retained],
      ['not_retained', (v) => v.retention[m].notRetained],
      ['pending', (v) => v.retention[m].pending],
    ]);
  const seededColumns: Columns = [
    ['operating', (v) => v.seedFunding.seededOperating],
    ['not_operating', (v) => v.seedFunding.enterprisesSeeded - v.seedFunding.seededOperating],
  ];
  const seeded = tableOf([['seeded', (v) => v.seedFunding.enterprisesSeeded]]);
  const seedAmounts = tableOf([['seed_funding_npr', (v) => v.seedFunding.totalNpr]]);
  const fewSeeded = (p: CountPosition) => countAt(seeded, p) < threshold;

  return {
    period: report.period,
    threshold,
    rehabilitation,
    livingIndependently,
    reintegration,
    retention: { 3: retention(3), 6: retention(6), 12: retention(12) },
    enterprises: suppress([
      ['operating', (v) => v.enterprisesOperating],
      ['not_operating', (v) => v.enterprisesStarted - v.enterprisesOperating],
    ]),
    trainingsCompleted: suppress([['completed', (v) => v.trainingsCompleted]]),
    referrals: suppress([
      ['completed', (v) => v.referrals.completed],
      ['accepted_not_completed', (v) => v.referrals.accepted - v.referrals.completed],
      ['not_accepted', (v) => v.referrals.sent - v.referrals.accepted],
    ]),
    medianDaysToAccept: statistics(report, rows, threshold),
    seededEnterprises: suppress(seededColumns),
    // Amounts: the rule is on how many enterprises contribute, not on the amount itself.
    seedFundingNpr: suppressTable(seedAmounts, { threshold, primary: fewSeeded }),
  };
}

function marginsWithheld(t: SuppressedTable): string[] {
  const out: string[] = [];
  t.rowTotals?.forEach((c, row) => {
    if (c.suppressed) out.push(key({ kind: 'rowTotal', row }));
  });
  t.groupTotals?.forEach((c, group) => {
    if (c.suppressed) out.push(key({ kind: 'groupTotal', group }));
  });
  if (t.grandTotal?.suppressed) out.push(key({ kind: 'grandTotal' }));
  return out;
}

/** The value of a one-column table at a position (cell, group cell or column total). */
function countAt(table: CountTable, p: CountPosition): number {
  const groupOf = (i: number) => table.rowGroups?.[i];
  const groups = [...new Set(table.rowGroups ?? [])];
  return table.cells.reduce((s, r, i) => {
    const hit =
      (p.kind === 'cell' && p.row === i) ||
      (p.kind === 'groupCell' && groups[p.group] === groupOf(i)) ||
      p.kind === 'columnTotal' ||
      p.kind === 'grandTotal';
    return s + (hit ? (r[0] ?? 0) : 0);
  }, 0);
}

function statistics(
  report: IndicatorReport,
  rows: readonly District[],
  threshold: number,
): PublishedStatistics {
  const stat = (v: IndicatorValues | undefined): PublishedStatistic => {
    const median = v?.referrals.medianDaysToAccept;
    return v && median !== null && median !== undefined && v.referrals.accepted >= threshold
      ? { suppressed: false, value: median }
      : { suppressed: true, reason: 'primary' };
  };
  const groups = [...new Set(rows.map((d) => provinceOfDistrict(d).code))];
  return {
    rows,
    districts: rows.map((d) => stat(report.byDistrict[d])),
    groups,
    provinces: groups.map((g) => stat(report.byProvince[g])),
    total: stat(report.total),
  };
}
