import { connectionErrorLine, type Database, type DatabaseErrorSink } from './database.js';

/**
 * The default sink of connection errors: one JSON line on standard error with the error's class and
 * SQLSTATE code only (a driver message can quote values). Defined here, not in the lazily loaded driver,
 * so the driver's chunk shares no module with the entry (a shared chunk is imported for effect).
 */
const stderrSink: DatabaseErrorSink = (error) =>
  process.stderr.write(`${JSON.stringify(connectionErrorLine(error))}\n`);

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
  /**
   * Send each statement as a named prepared statement (PostgreSQL): parsed once per connection, its plan
   * cached by the server. Turn off behind a connection pooler that cannot keep prepared statements
   * (PgBouncer before 1.21, or with `max_prepared_statements = 0`, in transaction mode).
   * @default true
   */
  readonly preparedStatements?: boolean | undefined;
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
    return openPostgres(options.databaseUrl, options.onConnectionError ?? stderrSink, {
      preparedStatements: options.preparedStatements ?? true,
    });
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
