/**
 * The registry's one view of PostgreSQL, whichever engine runs it (embedded PGlite or a server through
 * `pg`). Route handlers only see {@link Queryable}, so the same SQL runs on both.
 */

/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /**
   * Runs one parameterised statement (`$1`, `$2`...) and returns its rows.
   *
   * @example
   * ```ts
   * const rows = await db.query<{ id: string }>('select id from participants where org_id = $1', [orgId]);
   * ```
   */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A database connection (pool) the registry owns. */
export interface Database extends Queryable {
  /** `pglite` (embedded, the sandbox default) or `postgres` (a server, the production store). */
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   *
   * @example
   * ```ts
   * await db.transaction(async (tx) => { await tx.query('insert into audit_log ...'); });
   * ```
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes every connection. */
  close(): Promise<void>;
}

/** Options for {@link openDatabase}. */
export interface DatabaseOptions {
  /** A PostgreSQL URL; when absent, embedded PGlite is used. */
  readonly databaseUrl?: string | undefined;
  /** A PGlite data directory; when absent (and no URL), the database lives in memory. */
  readonly dataDir?: string | undefined;
}

/**
 * Opens the registry's database: a PostgreSQL server when `databaseUrl` is set, else embedded PGlite
 * (in memory, or in `dataDir`). Drivers are loaded lazily so that one does not cost the other's start.
 *
 * @example
 * ```ts
 * const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
 * ```
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
