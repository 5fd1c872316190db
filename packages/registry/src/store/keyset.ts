import type { Queryable } from '../db/database.js';
import { auditEachListed, type ListedAuditRow } from './audit.js';

/** Where a page starts and how long it is (from `pageRequest`). */
export interface KeysetPage {
  /** The `seq` of the last row of the previous page (0 for the first). */
  readonly after: number;
  readonly limit: number;
}

/** A list query before paging: `$1`… in `from` and `where` are `params`. */
export interface KeysetQuery {
  /** The relation listed, e.g. `api_keys` or a subselect with an alias. */
  readonly from: string;
  /** Conditions, joined with `and`. */
  readonly where?: readonly string[];
  readonly params?: readonly unknown[];
  /** Conditions that apply only when their value is given (see {@link OptionalFilter}). */
  readonly filters?: readonly OptionalFilter[];
  /** What to select. @default `*` */
  readonly select?: string;
  /** The ordering column. @default `seq` */
  readonly seq?: string;
  /**
   * Alternatives of the access rule, which must not overlap (each excludes the ones before it): each is
   * paged on its own, from an index of its own, and the pages merged. An `or` of them in one condition
   * would leave the planner no index to serve the order with (a scan and a sort of the whole table).
   * The selected columns must include the ordering column as `seq`. A branch may select columns of
   * its own (the same names and types as `select`), e.g. a constant where the branch's condition
   * already decides a computed column: the planner then has fewer subqueries to plan, the most of a
   * short list's cost on PGlite.
   */
  readonly branches?: readonly (string | KeysetBranch)[];
}

/**
 * A condition of a list that applies only when its value is given: the condition is built around the
 * value's placeholder, and left out of the statement when the value is null or undefined. Written as
 * `($n is null or …)` instead, the condition would stay in the statement, and a generic plan of the
 * named statement cannot see through it: PostgreSQL then plans every run anew on a large table
 * (docs/decisions/2026-12-07-list-plan-cache.md).
 *
 * @example
 * ```ts
 * const byParticipant: OptionalFilter = [(v) => `r.participant_id = ${v}`, filters.participantId];
 * ```
 */
export type OptionalFilter = readonly [condition: (placeholder: string) => string, value: unknown];

/** Appends the given filters' values to `params` and their conditions to `where`. */
function applyFilters(params: unknown[], where: string[], filters: readonly OptionalFilter[] = []): void {
  for (const [condition, value] of filters) {
    if (value === null || value === undefined) continue;
    params.push(value);
    where.push(condition(`$${params.length}`));
  }
}

/**
 * The bound written into each select of a list's statement: `limit + 1` rounded up to a power of two
 * (at least 8), so that a handful of texts serve every page size. With `limit $n` alone, a generic plan
 * guesses that a tenth of the matching rows is wanted, which on a large table costs it more than a
 * custom plan, and PostgreSQL then plans every run again. Under a constant bound below twice the page,
 * the generic plan's guess stays under the page's size whatever the table's, so the generic plan is
 * chosen on any size. Only the rows the outer `limit $n` asks for are read
 * (docs/decisions/2026-12-07-list-plan-cache.md).
 *
 * @example
 * ```ts
 * pageBound(20); // 32
 * ```
 */
export function pageBound(limit: number): number {
  return Math.max(8, 2 ** Math.ceil(Math.log2(limit + 1)));
}

/** One alternative of {@link KeysetQuery.branches} with the columns it selects. */
export interface KeysetBranch {
  readonly where: string;
  readonly select: string;
}

/**
 * The one keyset list of the registry: rows after `page.after` in `seq` order, `limit + 1` of them so
 * that `page()` can tell whether another page follows. Paging by `seq` never skips or repeats a record
 * while others are added (an offset would).
 *
 * @example
 * ```ts
 * const rows = await keysetList<ApiKeyRow>(db, { from: 'api_keys', where: ['org_id = $1'], params: [orgId] }, { after, limit });
 * ```
 */
export function keysetList<T>(
  db: Queryable,
  query: KeysetQuery,
  page: KeysetPage,
  audit?: KeysetAudit,
): Promise<T[]> {
  const params = [...(query.params ?? [])];
  const seq = query.seq ?? 'seq';
  const where = [...(query.where ?? [])];
  applyFilters(params, where, query.filters);
  where.push(`${seq} > $${params.length + 1}`);
  const limit = `$${params.length + 2}`;
  // Each select is bounded by a constant and the whole by the page's size (see `pageBound`).
  const bound = pageBound(page.limit);
  const select = (conditions: readonly string[], columns = query.select ?? '*') =>
    `select ${columns} from ${query.from} where ${conditions.join(' and ')} order by ${seq} limit ${bound}`;
  const branch = (b: string | KeysetBranch) =>
    typeof b === 'string' ? select([...where, b]) : select([...where, b.where], b.select);
  // The outer order names the ordering column as the select returns it (`p.seq` as `seq`, `a.id` as `id`).
  const sql = query.branches
    ? `select * from (${query.branches.map((b) => `(${branch(b)})`).join(' union all ')}) branches
       order by seq limit ${limit}`
    : `select * from (${select(where)}) bounded order by ${seq.replace(/^\w+\./, '')} limit ${limit}`;
  const values = [...params, page.after, page.limit + 1];
  return audit ? auditedList<T>(db, sql, values, page.limit, audit) : db.query<T>(sql, values);
}

/**
 * The audit rows of a listed page, written by the list's own statement: one row per record returned
 * (the page's first `limit` rows; the one more that tells whether a page follows is not returned).
 */
export interface KeysetAudit {
  /** What every row records, but the record itself: request, actor, action, resource type, purpose. */
  readonly row: ListedAuditRow;
  /** The records listed are participants: their id is also the row's `participant_id`. */
  readonly participants: boolean;
}

/**
 * A list and its audit in one statement (a data-modifying `with`): one round trip and one commit instead
 * of two, on the hottest audited path (issue 12). Atomic on its own: the audit cannot be lost.
 */
function auditedList<T>(
  db: Queryable,
  sql: string,
  values: unknown[],
  limit: number,
  audit: KeysetAudit,
): Promise<T[]> {
  // The page's first `limit` rows: the one more, which only tells whether a page follows, is not returned.
  const at = values.length + 1;
  const audited = auditEachListed(
    `(select id from page order by seq limit $${at}) listed`,
    at,
    audit.row,
    audit.participants ? 'id' : null,
  );
  return db.query<T>(`with page as (${sql}), audited as (${audited.sql}) select * from page order by seq`, [
    ...values,
    limit,
    ...audited.params,
  ]);
}

/** The order of a keyed list: a sort key, then `seq` to break ties, both in `direction`. */
export interface KeyedOrder {
  /** The sort key column, e.g. `o.posted_on`. */
  readonly key: string;
  readonly direction: 'asc' | 'desc';
  /** The SQL type the cursor's key (text) is cast to. @default `text` */
  readonly type?: string;
  /** The tie-breaking column. @default `seq` */
  readonly seq?: string;
}

/**
 * A keyset list ordered by `(key, seq)` instead of `seq` alone, for sorts other than creation order:
 * rows after the position `page.after` (the last row's key and seq, or null for the first page),
 * `limit + 1` of them. The row comparison `(key, seq) > (k, s)` (or `<` descending) is served by an
 * index on `(…, key, seq)` in the same direction. Each row carries its key as text in `sort_key`, for
 * the next cursor.
 *
 * @example
 * ```ts
 * keysetListBy(db, { from: 'job_offers o', where: ["o.status = 'open'"] }, { key: 'o.closes_on', direction: 'asc' }, { after: null, limit: 20 });
 * ```
 */
export function keysetListBy<T>(
  db: Queryable,
  query: KeysetQuery,
  order: KeyedOrder,
  page: { readonly after: { readonly key: string; readonly seq: number } | null; readonly limit: number },
): Promise<T[]> {
  const params = [...(query.params ?? [])];
  const seq = order.seq ?? 'seq';
  const where = [...(query.where ?? [])];
  applyFilters(params, where, query.filters);
  if (page.after) {
    params.push(page.after.key, page.after.seq);
    const cmp = order.direction === 'asc' ? '>' : '<';
    where.push(
      `(${order.key}, ${seq}) ${cmp} ($${params.length - 1}::${order.type ?? 'text'}, $${params.length}::bigint)`,
    );
  }
  params.push(page.limit + 1);
  const dir = order.direction;
  return db.query<T>(
    `select ${query.select ?? '*'}, (${order.key})::text as sort_key from ${query.from}
     ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
     order by ${order.key} ${dir}, ${seq} ${dir} limit $${params.length}`,
    params,
  );
}
