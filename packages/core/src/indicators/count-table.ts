import { DisclosureTableError } from './disclosure-table-error.js';

/**
 * A table of counts as it is about to be published: interior cells, optional row, column and grand totals,
 * and an optional roll-up of rows into groups (districts into provinces) with group subtotals.
 *
 * @example
 * ```ts
 * const table: CountTable = {
 *   rows: ['Sindhupalchok', 'Makwanpur'],
 *   columns: ['women', 'men'],
 *   cells: [[7, 2], [12, 9]],
 *   rowGroups: ['Bagmati', 'Bagmati'],
 * };
 * ```
 */
export interface CountTable {
  /** Row keys, e.g. district names. */
  readonly rows: readonly string[];
  /** Column keys, e.g. categories. */
  readonly columns: readonly string[];
  /** Non-negative integer counts, `cells[row][column]`. */
  readonly cells: readonly (readonly number[])[];
  /**
   * The group of each row (e.g. `provinceOfDistrict(row)`), one per row. When given, the group subtotals
   * (group × column, and each group's total) are published and protected too.
   */
  readonly rowGroups?: readonly string[];
  /**
   * Whether the total of each row (and of each group, and the grand total) is published.
   * @default true when there is more than one column (with one column a row total would repeat the cell)
   */
  readonly rowTotals?: boolean;
  /**
   * Whether the total of each column (and the grand total) is published.
   * @default true
   */
  readonly columnTotals?: boolean;
}

/**
 * Why a count was withheld: under the threshold itself, or to stop a primary one being recovered.
 *
 * @example
 * ```ts
 * const reason: SuppressionReason = 'complementary';
 * ```
 */
export type SuppressionReason = 'primary' | 'complementary';

/**
 * One published count: its value, or an explicit mark that it is withheld. A suppressed count is never
 * 0 or null, so no consumer can add it up by mistake.
 *
 * @example
 * ```ts
 * const shown: PublishedCount = { suppressed: false, value: 12 };
 * const hidden: PublishedCount = { suppressed: true, reason: 'primary' };
 * ```
 */
export type PublishedCount =
  | { readonly suppressed: false; readonly value: number }
  | { readonly suppressed: true; readonly reason: SuppressionReason };

/**
 * A {@link CountTable} after disclosure control. Totals that the table does not publish are absent.
 *
 * @example
 * ```ts
 * const out = suppressTable({ rows: ['a'], columns: ['x', 'y'], cells: [[2, 9]] }, { threshold: 5 });
 * out.cells[0]?.[0]; // { suppressed: true, reason: 'primary' }
 * ```
 */
export interface SuppressedTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** The distinct groups, in order of first appearance; empty without a roll-up. */
  readonly groups: readonly string[];
  /** The group of each row; absent without a roll-up. */
  readonly rowGroups?: readonly string[];
  readonly cells: readonly (readonly PublishedCount[])[];
  readonly rowTotals?: readonly PublishedCount[];
  readonly columnTotals?: readonly PublishedCount[];
  readonly grandTotal?: PublishedCount;
  /** `groupCells[group][column]`, in the order of `groups`. */
  readonly groupCells?: readonly (readonly PublishedCount[])[];
  /** One per group, published with row totals. */
  readonly groupTotals?: readonly PublishedCount[];
  /** The threshold that was applied. */
  readonly threshold: number;
}

/**
 * Where a count sits in a table: an interior cell or one of the totals.
 *
 * @example
 * ```ts
 * const position: CountPosition = { kind: 'groupCell', group: 0, column: 1 };
 * ```
 */
export type CountPosition =
  | { readonly kind: 'cell'; readonly row: number; readonly column: number }
  | { readonly kind: 'rowTotal'; readonly row: number }
  | { readonly kind: 'columnTotal'; readonly column: number }
  | { readonly kind: 'groupCell'; readonly group: number; readonly column: number }
  | { readonly kind: 'groupTotal'; readonly group: number }
  | { readonly kind: 'grandTotal' };

/**
 * Throws {@link DisclosureTableError} unless the table is rectangular with non-negative integer counts.
 *
 * @example
 * ```ts
 * assertCountTable({ rows: ['a'], columns: ['x', 'y'], cells: [[1, 2]] }); // passes
 * ```
 */
export function assertCountTable(table: CountTable): void {
  const { rows, columns, cells, rowGroups } = table;
  if (cells.length !== rows.length) {
    throw new DisclosureTableError('row_count_mismatch', { expected: rows.length, actual: cells.length });
  }
  for (const [i, row] of cells.entries()) {
    if (row.length !== columns.length) {
      throw new DisclosureTableError('ragged_row', { row: i, actual: row.length, expected: columns.length });
    }
    for (const value of row) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new DisclosureTableError('invalid_count', { row: i, value });
      }
    }
  }
  if (rowGroups && rowGroups.length !== rows.length) {
    throw new DisclosureTableError('group_count_mismatch', {
      expected: rows.length,
      actual: rowGroups.length,
    });
  }
}

/**
 * The distinct groups of a table (in order of first appearance) and each row's group index. Without a
 * roll-up every row is in one implicit group, which is not published.
 */
export function groupIndex(table: CountTable): { groups: string[]; rowGroup: number[] } {
  if (!table.rowGroups) return { groups: [], rowGroup: table.rows.map(() => 0) };
  const groups: string[] = [];
  const rowGroup = table.rowGroups.map((g) => {
    let k = groups.indexOf(g);
    if (k < 0) k = groups.push(g) - 1;
    return k;
  });
  return { groups, rowGroup };
}

/** Whether the table publishes row totals (see {@link CountTable.rowTotals}). */
export function publishesRowTotals(table: CountTable): boolean {
  return table.rowTotals ?? table.columns.length > 1;
}

/** Whether the table publishes column totals (see {@link CountTable.columnTotals}). */
export function publishesColumnTotals(table: CountTable): boolean {
  return table.columnTotals ?? true;
}
