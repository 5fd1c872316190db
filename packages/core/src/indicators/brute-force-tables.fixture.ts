/*
 * Test support, not exported from the barrel: an honest bounded search over every non-negative integer
 * table consistent with a published (suppressed) table, independent of the network used by
 * suppressTable. It knows only the published numbers and the additivity of the table.
 */
import type { CountPosition, CountTable, PublishedCount, SuppressedTable } from './count-table.js';

interface Constraint {
  /** The interior cells the published total sums, as flat indices. */
  readonly cells: number[];
  readonly total: number;
}

/** The interior cells a count is the sum of, as flat indices `row * columns + column`. */
export function cellsOf(table: SuppressedTable, p: CountPosition): number[] {
  const nr = table.rows.length;
  const nc = table.columns.length;
  const all: number[] = [];
  for (let i = 0; i < nr; i++) {
    for (let j = 0; j < nc; j++) {
      const group = table.groups.indexOf(table.rowGroups?.[i] ?? '');
      const hit =
        p.kind === 'grandTotal' ||
        (p.kind === 'cell' && p.row === i && p.column === j) ||
        (p.kind === 'rowTotal' && p.row === i) ||
        (p.kind === 'columnTotal' && p.column === j) ||
        (p.kind === 'groupCell' && p.group === group && p.column === j) ||
        (p.kind === 'groupTotal' && p.group === group);
      if (hit) all.push(i * nc + j);
    }
  }
  return all;
}

/** Every count of the published table with its position. */
export function publishedCounts(
  table: SuppressedTable,
): { position: CountPosition; count: PublishedCount }[] {
  const out: { position: CountPosition; count: PublishedCount }[] = [];
  table.cells.forEach((r, row) => {
    r.forEach((count, column) => {
      out.push({ position: { kind: 'cell', row, column }, count });
    });
  });
  table.rowTotals?.forEach((count, row) => {
    out.push({ position: { kind: 'rowTotal', row }, count });
  });
  table.columnTotals?.forEach((count, column) => {
    out.push({ position: { kind: 'columnTotal', column }, count });
  });
  table.groupCells?.forEach((r, group) => {
    r.forEach((count, column) => {
      out.push({ position: { kind: 'groupCell', group, column }, count });
    });
  });
  table.groupTotals?.forEach((count, group) => {
    out.push({ position: { kind: 'groupTotal', group }, count });
  });
  if (table.grandTotal) out.push({ position: { kind: 'grandTotal' }, count: table.grandTotal });
  return out;
}

/** The outcome of {@link findOtherTable}. */
export type SearchResult =
  | { readonly kind: 'found'; readonly table: number[] }
  | { readonly kind: 'none' }
  | { readonly kind: 'budget' };

/**
 * Searches the non-negative integer tables consistent with `published` for one in which the count at
 * `item` differs from `trueValue`. Each unknown cell ranges from 0 to the smallest published total that
 * contains it (or `cap` when none does): a bounded space, so a table found there is a real witness, and
 * `none` means none exists in that space. Gives up with `budget` after `budget` search nodes.
 */
export function findOtherTable(
  published: SuppressedTable,
  item: CountPosition,
  trueValue: number,
  cap: number,
  budget = 2_000_000,
): SearchResult {
  const nc = published.columns.length;
  const size = published.rows.length * nc;
  const values = new Array<number>(size).fill(0);
  const known = new Array<boolean>(size).fill(false);
  published.cells.forEach((r, i) => {
    r.forEach((c, j) => {
      if (!c.suppressed) {
        values[i * nc + j] = c.value;
        known[i * nc + j] = true;
      }
    });
  });
  const constraints: Constraint[] = publishedCounts(published).flatMap(({ position, count }) =>
    count.suppressed || position.kind === 'cell'
      ? []
      : [{ cells: cellsOf(published, position), total: count.value }],
  );
  const itemCells = cellsOf(published, item);
  const byCell = Array.from({ length: size }, (_, k) =>
    constraints.flatMap((c, ci) => (c.cells.includes(k) ? [ci] : [])),
  );
  // Unknowns of the item first, then the rest in breadth-first order through the totals they share, so a
  // dead end shows early (a search order only: every cell is still enumerated over its whole range).
  const order: number[] = [...itemCells];
  for (let q = 0; q < order.length; q++) {
    for (const ci of byCell[order[q]!]!)
      for (const k of constraints[ci]!.cells) if (!order.includes(k)) order.push(k);
  }
  for (let k = 0; k < size; k++) if (!order.includes(k)) order.push(k);
  const unknowns = order.filter((k) => !known[k]);
  const lastItemUnknown = unknowns.filter((k) => itemCells.includes(k)).length - 1;
  const remaining = constraints.map(
    (c) => c.total - c.cells.reduce((s, k) => s + (known[k] ? values[k]! : 0), 0),
  );
  const open = constraints.map((c) => c.cells.filter((k) => !known[k]).length);
  const assigned = new Array<boolean>(size).fill(false);
  const upper = (k: number) => byCell[k]!.reduce((hi, ci) => Math.min(hi, remaining[ci]!), cap);
  // Prune: a published total can no longer be reached when its open cells cannot add up to what remains.
  const reachable = () =>
    constraints.every((c, ci) => {
      if (open[ci] === 0) return true;
      let room = 0;
      for (const k of c.cells) if (!known[k] && !assigned[k]) room += upper(k);
      return room >= remaining[ci]!;
    });

  let nodes = 0;
  const search = (depth: number): boolean => {
    if (++nodes > budget) throw new SearchBudgetExceeded();
    if (depth === unknowns.length) return remaining.every((r) => r === 0);
    const k = unknowns[depth]!;
    const mine = byCell[k]!;
    let hi = cap;
    for (const ci of mine) hi = Math.min(hi, remaining[ci]!);
    let lo = 0;
    // The last open cell of a published total is forced.
    for (const ci of mine) {
      if (open[ci] === 1) {
        lo = Math.max(lo, remaining[ci]!);
        hi = Math.min(hi, remaining[ci]!);
      }
    }
    for (let v = lo; v <= hi; v++) {
      values[k] = v;
      assigned[k] = true;
      for (const ci of mine) {
        remaining[ci]! -= v;
        open[ci]! -= 1;
      }
      const itemDone = depth === lastItemUnknown;
      const differs = !itemDone || itemCells.reduce((s, c) => s + values[c]!, 0) !== trueValue;
      const found = differs && reachable() && search(depth + 1);
      assigned[k] = false;
      for (const ci of mine) {
        remaining[ci]! += v;
        open[ci]! += 1;
      }
      if (found) return true;
    }
    values[k] = 0;
    return false;
  };
  if (lastItemUnknown < 0) return { kind: 'none' }; // every cell of the item is published: known exactly
  if (remaining.some((r) => r < 0)) return { kind: 'none' };
  try {
    return search(0) ? { kind: 'found', table: [...values] } : { kind: 'none' };
  } catch (error) {
    if (error instanceof SearchBudgetExceeded) return { kind: 'budget' };
    throw error;
  }
}

class SearchBudgetExceeded extends Error {}

/** The true value of a count of `table`. */
export function trueValueOf(table: CountTable, published: SuppressedTable, p: CountPosition): number {
  const nc = table.columns.length;
  return cellsOf(published, p).reduce((s, k) => s + table.cells[Math.floor(k / nc)]![k % nc]!, 0);
}
