import type { Queryable } from '../db/database.js';

/** The SQL type of one column of a bulk insert. */
export type BulkColumnType = 'text' | 'jsonb' | 'timestamptz' | 'text[]';

/** One column of a bulk insert: its name in the table and its type. */
export interface BulkColumn {
  readonly name: string;
  readonly type: BulkColumnType;
}

/** Options of {@link bulkInsert}. */
export interface BulkInsertOptions {
  /**
   * Rows per statement: each statement sends its rows as one JSON parameter.
   * @default 2000
   */
  readonly chunkSize?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function extract(column: BulkColumn, index: number): string {
  switch (column.type) {
    case 'jsonb':
      return `e->${index}`;
    case 'timestamptz':
      return `(e->>${index})::timestamptz`;
    case 'text[]':
      return `array(select jsonb_array_elements_text(e->${index}))`;
    default:
      return `e->>${index}`;
  }
}

/**
 * Inserts many rows with a few statements (one per chunk) instead of one per row: each chunk travels as
 * one JSON array of rows, unpacked in SQL, so the same statement runs on PGlite and on a PostgreSQL server
 * whatever the number of rows. Rows get their `seq` in the order given. A row whose `id` exists already is
 * skipped (`on conflict (id) do nothing`), so seeding a kept data directory twice adds nothing.
 * Table and column names come from code, never from input.
 *
 * @param rows - one array of values per row, in the order of `columns`; `null` for SQL null
 * @returns how many rows were inserted
 * @example
 * ```ts
 * await bulkInsert(tx, 'participants', [
 *   { name: 'id', type: 'text' }, { name: 'org_id', type: 'text' }, { name: 'data', type: 'jsonb' },
 * ], [['pt_0123456789', 'org_0123456789', { category: 'at_risk' }]]);
 * ```
 */
export async function bulkInsert(
  db: Queryable,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
  options: BulkInsertOptions = {},
): Promise<number> {
  for (const name of [table, ...columns.map((c) => c.name)]) {
    if (!IDENTIFIER.test(name)) throw new Error(`bulkInsert: ${name} is not a plain SQL identifier`);
  }
  const chunkSize = options.chunkSize ?? 2000;
  const sql = `with inserted as (
      insert into ${table} (${columns.map((c) => c.name).join(', ')})
      select ${columns.map(extract).join(', ')}
      from jsonb_array_elements($1::jsonb) with ordinality as rows(e, n) order by n
      on conflict (id) do nothing returning 1)
    select count(*)::int as n from inserted`;
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const [result] = await db.query<{ n: number }>(sql, [JSON.stringify(chunk)]);
    inserted += Number(result?.n ?? 0);
  }
  return inserted;
}
