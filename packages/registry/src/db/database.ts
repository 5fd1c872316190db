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

/**
 * Receives errors of connections the database server dropped while idle (PostgreSQL only). Only the
 * error's class and code should be logged: a driver message can quote values.
 */
export type DatabaseErrorSink = (error: unknown) => void;

/**
 * The log line of a dropped connection: the error's class and SQLSTATE code, never its message.
 *
 * @example
 * ```ts
 * connectionErrorLine(Object.assign(new Error('x'), { code: '57P01' })); // { msg: 'database connection error', code: '57P01', ... }
 * ```
 */
export function connectionErrorLine(error: unknown): Record<string, unknown> {
  return {
    time: new Date().toISOString(),
    level: 'error',
    msg: 'database connection error',
    error: error instanceof Error ? error.name : typeof error,
    code: (error as { code?: unknown } | null)?.code ?? null,
  };
}

/** Options for {@link openDatabase}. */
export interface DatabaseOptions {
  /** A PostgreSQL URL; when absent, embedded PGlite is used. */
  readonly databaseUrl?: string | undefined;
  /** A PGlite data directory; when absent (and no URL), the database lives in memory. */
  readonly dataDir?: string | undefined;
  /**
   * Where errors of dropped connections go (PostgreSQL); the pool replaces the connection and the
   * process keeps serving.
   * @default one JSON line (class and code only) on standard error
   */
  readonly onConnectionError?: DatabaseErrorSink | undefined;
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
    return openPostgres(options.databaseUrl, options.onConnectionError);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
