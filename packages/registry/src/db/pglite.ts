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

/** Options of {@link openPglite}. */
export interface PgliteOptions {
  /**
   * A data directory snapshot (a tarball of `dumpDataDir('none')`) to start from instead of creating a
   * database from nothing: loading one takes about a third of the time of PGlite's initdb.
   */
  readonly loadDataDir?: Blob | undefined;
}

/** A PGlite database that can also write a snapshot of its data directory. */
export interface PgliteDatabase extends Database {
  /** The data directory as an uncompressed tarball, for {@link PgliteOptions.loadDataDir}. */
  dumpDataDir(): Promise<Blob>;
}

/**
 * Opens embedded PostgreSQL (PGlite, WebAssembly) in memory or in a data directory, optionally starting
 * from a snapshot. PGlite has one connection: transactions are serialised by PGlite itself, so a handler
 * inside a transaction must only use the transaction's handle.
 *
 * @example
 * ```ts
 * const db = await openPglite(); // in memory
 * ```
 */
export async function openPglite(dataDir?: string, options: PgliteOptions = {}): Promise<PgliteDatabase> {
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const root = wrap(pg);
  return {
    engine: 'pglite',
    query: root.query,
    exec: root.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
    // 'none': gzip hung in a trial on Node 20, and the tarball of the demo is small enough uncompressed.
    dumpDataDir: () => pg.dumpDataDir('none'),
  };
}
