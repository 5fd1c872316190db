import {
  type CountPosition,
  type CountTable,
  groupIndex,
  publishesColumnTotals,
  publishesRowTotals,
} from './count-table.js';

/*
 * A count table with its totals and district -> province roll-up is a circulation in a small network,
 * one edge per count (cells, totals, subtotals):
 *
 *   source -> column j            column total j
 *   column j -> (group g, col j)  group subtotal (g, j)
 *   (group g, col j) -> row i     cell (i, j), for i in g
 *   row i -> group g              row total i
 *   group g -> sink               group total g
 *   sink -> source                grand total
 *
 * Conservation at every node is exactly the additivity of the table. The tables consistent with what is
 * published are the non-negative integer circulations that agree on the published edges, so a withheld
 * count can take a second value if and only if it lies on a cycle of the residual graph of withheld edges
 * (forward always; backward only if the count is at least 1, so no count goes negative).
 */

/** How one count is treated: published, withheld (primary or complementary), or never published. */
export type EdgeState = 'published' | 'primary' | 'complementary' | 'unpublished';

export interface TableEdge {
  readonly from: number;
  readonly to: number;
  readonly value: number;
  readonly position: CountPosition;
  state: EdgeState;
}

export interface TableNetwork {
  readonly nodeCount: number;
  readonly edges: TableEdge[];
  /** Per node, the indices of edges leaving it and entering it. */
  readonly out: number[][];
  readonly into: number[][];
}

/** Builds the network of a table, with every published count in state `published`. */
export function buildNetwork(table: CountTable): TableNetwork {
  const { groups, rowGroup } = groupIndex(table);
  const nr = table.rows.length;
  const nc = table.columns.length;
  const ng = Math.max(groups.length, 1);
  const grouped = groups.length > 0;
  const rowTotals = publishesRowTotals(table);
  const colTotals = publishesColumnTotals(table);
  const SOURCE = 0;
  const SINK = 1;
  const col = (j: number) => 2 + j;
  const groupCol = (g: number, j: number) => 2 + nc + g * nc + j;
  const row = (i: number) => 2 + nc + ng * nc + i;
  const group = (g: number) => 2 + nc + ng * nc + nr + g;
  const nodeCount = 2 + nc + ng * nc + nr + ng;

  const colSums = new Array<number>(nc).fill(0);
  const groupSums = Array.from({ length: ng }, () => new Array<number>(nc).fill(0));
  const rowSums = new Array<number>(nr).fill(0);
  const groupTotals = new Array<number>(ng).fill(0);
  let grand = 0;
  for (let i = 0; i < nr; i++) {
    const g = rowGroup[i]!;
    for (let j = 0; j < nc; j++) {
      const v = table.cells[i]![j]!;
      colSums[j]! += v;
      groupSums[g]![j]! += v;
      rowSums[i]! += v;
      groupTotals[g]! += v;
      grand += v;
    }
  }

  const edges: TableEdge[] = [];
  const add = (from: number, to: number, value: number, position: CountPosition, published: boolean) => {
    edges.push({ from, to, value, position, state: published ? 'published' : 'unpublished' });
  };
  add(SINK, SOURCE, grand, { kind: 'grandTotal' }, rowTotals || colTotals);
  for (let j = 0; j < nc; j++)
    add(SOURCE, col(j), colSums[j]!, { kind: 'columnTotal', column: j }, colTotals);
  for (let g = 0; g < ng; g++) {
    for (let j = 0; j < nc; j++) {
      add(col(j), groupCol(g, j), groupSums[g]![j]!, { kind: 'groupCell', group: g, column: j }, grouped);
    }
    add(group(g), SINK, groupTotals[g]!, { kind: 'groupTotal', group: g }, grouped && rowTotals);
  }
  for (let i = 0; i < nr; i++) {
    const g = rowGroup[i]!;
    for (let j = 0; j < nc; j++) {
      add(groupCol(g, j), row(i), table.cells[i]![j]!, { kind: 'cell', row: i, column: j }, true);
    }
    add(row(i), group(g), rowSums[i]!, { kind: 'rowTotal', row: i }, rowTotals);
  }

  const out = Array.from({ length: nodeCount }, () => [] as number[]);
  const into = Array.from({ length: nodeCount }, () => [] as number[]);
  edges.forEach((e, k) => {
    out[e.from]!.push(k);
    into[e.to]!.push(k);
  });
  return { nodeCount, edges, out, into };
}

/** Whether a count is free to move in the consistent tables: withheld or never published. */
export function isOpen(edge: TableEdge): boolean {
  return edge.state !== 'published';
}

/**
 * The cheapest residual path from `start` to `goal` that avoids edge `skip`, where open edges cost 0 and
 * a published edge costs `cost(edge)`. Returns the published edges on the path (those that would have to
 * be withheld), or `undefined` when there is no path. With `cost` absent only open edges are used.
 */
export function cheapestPath(
  network: TableNetwork,
  start: number,
  goal: number,
  skip: number,
  cost?: (edge: TableEdge) => number,
): number[] | undefined {
  const { nodeCount, edges, out, into } = network;
  const dist = new Array<number>(nodeCount).fill(Number.POSITIVE_INFINITY);
  const via = new Array<number>(nodeCount).fill(-1);
  const done = new Array<boolean>(nodeCount).fill(false);
  dist[start] = 0;
  // Dense Dijkstra: tables are small (a few hundred nodes), so O(V^2) is simple and fast enough.
  for (;;) {
    let n = -1;
    for (let k = 0; k < nodeCount; k++) if (!done[k] && dist[k]! < (n < 0 ? Infinity : dist[n]!)) n = k;
    if (n < 0 || dist[n] === Infinity) return undefined;
    if (n === goal) break;
    done[n] = true;
    const relax = (k: number, next: number) => {
      const e = edges[k]!;
      const step = isOpen(e) ? 0 : cost ? cost(e) : Infinity;
      if (dist[n]! + step < dist[next]!) {
        dist[next] = dist[n]! + step;
        via[next] = k;
      }
    };
    for (const k of out[n]!) if (k !== skip) relax(k, edges[k]!.to);
    // Going backwards along an edge lowers that count: only possible while it is at least 1.
    for (const k of into[n]!) if (k !== skip && edges[k]!.value >= 1) relax(k, edges[k]!.from);
  }
  const path: number[] = [];
  for (let n = goal; n !== start; ) {
    const k = via[n]!;
    const e = edges[k]!;
    if (!isOpen(e)) path.push(k);
    n = e.to === n ? e.from : e.to;
  }
  return path;
}

/** Whether withheld edge `k` can take at least two values given what is published. */
export function isProtected(network: TableNetwork, k: number): boolean {
  const e = network.edges[k]!;
  // Raise it by one and send the unit back around a cycle, or (if it is at least 1) lower it.
  if (cheapestPath(network, e.to, e.from, k)) return true;
  return e.value >= 1 && cheapestPath(network, e.from, e.to, k) !== undefined;
}
