import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock } from './data-dir-lock.js';
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
 * inside a transaction must only use the transaction's handle. A data directory is locked for this process
 * (see {@link acquireDataDirLock}); `close` checkpoints, closes PGlite and releases the lock.
 *
 * @throws {DataDirLockedError} when another live process holds `dataDir`
 *
 * @example
 * ```ts
 * const db = await openPglite(); // in memory
 * ```
 */
export async function openPglite(dataDir?: string, options: PgliteOptions = {}): Promise<PgliteDatabase> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => undefined;
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    release();
    throw error;
  }
  const root = wrap(pg);
  let closing: Promise<void> | undefined;
  const close = async () => {
    // A checkpoint first, so that the directory needs no WAL replay at the next start; if it fails, the
    // WAL still makes the directory whole, so the close goes on.
    if (dataDir && !pg.closed) await pg.exec('CHECKPOINT').catch(() => undefined);
    try {
      if (!pg.closed) await pg.close();
    } finally {
      release();
    }
  };
  return {
    engine: 'pglite',
    query: root.query,
    exec: root.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => {
      closing ??= close();
      return closing;
    },
    // 'none': gzip hung in a trial on Node 20, and the tarball of the demo is small enough uncompressed.
    dumpDataDir: () => pg.dumpDataDir('none'),
  };
}
