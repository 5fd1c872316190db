import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

function wrap(target: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/**
 * Opens embedded PostgreSQL (PGlite, WebAssembly) in memory or in a data directory. PGlite has one
 * connection: transactions are serialised by PGlite itself, so a handler inside a transaction must only
 * use the transaction's handle.
 *
 * @example
 * ```ts
 * const db = await openPglite(); // in memory
 * ```
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  const root = wrap(pg);
  return {
    engine: 'pglite',
    query: root.query,
    exec: root.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
