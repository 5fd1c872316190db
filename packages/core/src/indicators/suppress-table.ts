import {
  assertCountTable,
  type CountPosition,
  type CountTable,
  groupIndex,
  type PublishedCount,
  publishesColumnTotals,
  publishesRowTotals,
  type SuppressedTable,
} from './count-table.js';
import { DisclosureTableError } from './disclosure-table-error.js';
import {
  buildNetwork,
  cheapestPath,
  isProtected,
  type TableEdge,
  type TableNetwork,
} from './table-network.js';

/**
 * The default threshold of primary suppression: counts from 0 to 4 are withheld. A common rule for
 * published counts; the registry makes it a setting (CTDC's k-anonymised exports use 11).
 *
 * @example
 * ```ts
 * suppressTable(table, { threshold: DEFAULT_SUPPRESSION_THRESHOLD });
 * ```
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * Options of {@link suppressTable}.
 *
 * @example
 * ```ts
 * const options: SuppressionOptions = { threshold: 11, protectZeros: false };
 * ```
 */
export interface SuppressionOptions {
  /**
   * Every published count below this is withheld (primary suppression), totals included.
   * @default 5
   */
  readonly threshold?: number;
  /**
   * Whether a 0 is withheld like any other small count. A 0 can disclose: "0 men" beside a row total of 7
   * says all 7 are women. Set `false` only for tables whose zeros are structural (impossible combinations).
   * @default true
   */
  readonly protectZeros?: boolean;
  /**
   * Counts to withhold in any case, e.g. those withheld in a linked table that shares them. They are
   * marked `complementary` and protected like the others.
   */
  readonly alsoSuppress?: (position: CountPosition) => boolean;
  /**
   * A different rule of primary suppression, replacing `threshold` and `protectZeros`: e.g. for amounts,
   * withhold where fewer than 5 records contribute.
   */
  readonly primary?: (position: CountPosition, value: number) => boolean;
}

/*
 * Withholding a total costs more than withholding a cell: readers use totals most. Within a kind, smaller
 * counts are cheaper, so the complements carry as little of the total as possible.
 */
const KIND_COST: Record<CountPosition['kind'], number> = {
  cell: 1_000,
  groupCell: 20_000,
  rowTotal: 20_000,
  columnTotal: 20_000,
  groupTotal: 100_000,
  grandTotal: 1_000_000,
};
const suppressionCost = (e: TableEdge) => KIND_COST[e.position.kind] + e.value;

/** Withholds, for each exposed withheld count, the cheapest set of published counts that protects it. */
function protect(network: TableNetwork): void {
  // Withholding more only adds freedom, so a count once protected stays protected: one pass suffices,
  // and the loop re-checks to a fixed point as a guard.
  for (let changed = true; changed; ) {
    changed = false;
    network.edges.forEach((e, k) => {
      if (e.state !== 'primary' && e.state !== 'complementary') return;
      if (isProtected(network, k)) return;
      const up = cheapestPath(network, e.to, e.from, k, suppressionCost);
      const down = e.value >= 1 ? cheapestPath(network, e.from, e.to, k, suppressionCost) : undefined;
      const total = (p: number[] | undefined) =>
        p ? p.reduce((s, i) => s + suppressionCost(network.edges[i]!), 0) : Infinity;
      const best = total(down) < total(up) ? down : up;
      // An increase path always exists: every count lies on a source-to-sink cycle.
      for (const i of best ?? []) network.edges[i]!.state = 'complementary';
      changed = true;
    });
  }
}

function publishedCount(e: TableEdge): PublishedCount {
  return e.state === 'primary' || e.state === 'complementary'
    ? { suppressed: true, reason: e.state }
    : { suppressed: false, value: e.value };
}

/**
 * Applies disclosure control to a table of counts before publication.
 *
 * 1. Primary suppression: every published count under `threshold` (cells, row, column, group and grand
 *    totals alike; zeros too unless `protectZeros` is false) is withheld.
 * 2. Complementary suppression: for each withheld count that could be recovered from what is still
 *    published (by subtracting from a row, column, group or grand total, or combining several), the
 *    cheapest further counts are withheld, preferring small cells to totals, until a fixed point where
 *    every withheld count can take at least two non-negative integer values consistent with the
 *    published ones.
 *
 * Withheld counts come out as `{ suppressed: true, reason }`, never as 0 or null.
 *
 * @param table - the counts, with an optional roll-up of rows into groups (districts into provinces)
 * @param options - threshold and zero handling; see {@link SuppressionOptions}
 * @throws {@link DisclosureTableError} for a ragged table, a negative or fractional count, or a bad threshold
 * @example
 * ```ts
 * const out = suppressTable(
 *   { rows: ['Sindhupalchok', 'Makwanpur'], columns: ['women', 'men'], cells: [[7, 2], [12, 9]] },
 *   { threshold: 5 },
 * );
 * out.cells[0]?.[1]; // { suppressed: true, reason: 'primary' }
 * out.cells[0]?.[0]; // { suppressed: true, reason: 'complementary' } (else 2 = row total - 7)
 * ```
 */
export function suppressTable(table: CountTable, options: SuppressionOptions = {}): SuppressedTable {
  assertCountTable(table);
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new DisclosureTableError('threshold_not_positive', { threshold });
  }
  const protectZeros = options.protectZeros ?? true;
  const network = buildNetwork(table);
  for (const e of network.edges) {
    if (e.state !== 'published') continue;
    const small = options.primary
      ? options.primary(e.position, e.value)
      : e.value < threshold && (protectZeros || e.value > 0);
    if (small) e.state = 'primary';
    else if (options.alsoSuppress?.(e.position)) e.state = 'complementary';
  }
  protect(network);
  return toSuppressedTable(table, network, threshold);
}

/**
 * The positions of withheld counts that can be recovered exactly from the published ones. Empty for any
 * output of {@link suppressTable}; useful to audit a suppression pattern made elsewhere.
 *
 * @param table - the true counts
 * @param isSuppressed - which counts are withheld
 * @example
 * ```ts
 * const table = { rows: ['a', 'b'], columns: ['x', 'y'], cells: [[2, 9], [8, 9]] };
 * recoverableCounts(table, (p) => p.kind === 'cell' && p.row === 0 && p.column === 0);
 * // [{ kind: 'cell', row: 0, column: 0 }]: 2 = row total 11 - 9
 * ```
 */
export function recoverableCounts(
  table: CountTable,
  isSuppressed: (position: CountPosition) => boolean,
): CountPosition[] {
  assertCountTable(table);
  const network = buildNetwork(table);
  for (const e of network.edges) if (e.state === 'published' && isSuppressed(e.position)) e.state = 'primary';
  return network.edges.flatMap((e, k) =>
    e.state === 'primary' && !isProtected(network, k) ? [e.position] : [],
  );
}

function toSuppressedTable(table: CountTable, network: TableNetwork, threshold: number): SuppressedTable {
  const { groups } = groupIndex(table);
  const nr = table.rows.length;
  const nc = table.columns.length;
  const cells = Array.from({ length: nr }, () => new Array<PublishedCount>(nc));
  const rowTotals = new Array<PublishedCount>(nr);
  const columnTotals = new Array<PublishedCount>(nc);
  const groupCells = Array.from({ length: groups.length }, () => new Array<PublishedCount>(nc));
  const groupTotals = new Array<PublishedCount>(groups.length);
  let grandTotal: PublishedCount | undefined;
  for (const e of network.edges) {
    if (e.state === 'unpublished') continue;
    const p = e.position;
    const count = publishedCount(e);
    if (p.kind === 'cell') cells[p.row]![p.column] = count;
    else if (p.kind === 'rowTotal') rowTotals[p.row] = count;
    else if (p.kind === 'columnTotal') columnTotals[p.column] = count;
    else if (p.kind === 'groupCell') groupCells[p.group]![p.column] = count;
    else if (p.kind === 'groupTotal') groupTotals[p.group] = count;
    else grandTotal = count;
  }
  const withRows = publishesRowTotals(table);
  const grouped = groups.length > 0;
  return {
    rows: [...table.rows],
    columns: [...table.columns],
    groups,
    ...(grouped ? { rowGroups: [...(table.rowGroups ?? [])], groupCells } : {}),
    cells,
    ...(withRows ? { rowTotals } : {}),
    ...(publishesColumnTotals(table) ? { columnTotals } : {}),
    ...(grandTotal ? { grandTotal } : {}),
    ...(grouped && withRows ? { groupTotals } : {}),
    threshold,
  };
}
