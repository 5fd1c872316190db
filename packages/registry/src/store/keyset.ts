import type { Queryable } from '../db/database.js';

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
  /** What to select. @default `*` */
  readonly select?: string;
  /** The ordering column. @default `seq` */
  readonly seq?: string;
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
export function keysetList<T>(db: Queryable, query: KeysetQuery, page: KeysetPage): Promise<T[]> {
  const params = query.params ?? [];
  const seq = query.seq ?? 'seq';
  const where = [...(query.where ?? []), `${seq} > $${params.length + 1}`].join(' and ');
  return db.query<T>(
    `select ${query.select ?? '*'} from ${query.from} where ${where} order by ${seq} limit $${params.length + 2}`,
    [...params, page.after, page.limit + 1],
  );
}
