/**
 * The registry's one view of PostgreSQL, whichever engine runs it (embedded PGlite or a server through
 * `pg`). Route handlers only see {@link Queryable}, so the same SQL runs on both. Opening one is in
 * `open.ts`, so that the drivers can import these types without a cycle.
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
  /**
   * The pool's connections now (PostgreSQL only; PGlite has one connection and no pool), for metrics.
   */
  readonly poolStats?: () => PoolStats;
}

/** How a pool's connections are used at one moment. */
export interface PoolStats {
  /** Connections open. */
  readonly total: number;
  /** Open connections not checked out. */
  readonly idle: number;
  /** Callers waiting for a connection. */
  readonly waiting: number;
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
