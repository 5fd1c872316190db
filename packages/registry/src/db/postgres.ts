import pg from 'pg';
import type { Database, DatabaseErrorSink, Queryable } from './database.js';

// Counts and sequence values are bigint: return them as JS numbers like PGlite does (they stay far
// below 2^53 here), so that the same code reads both engines. Set on this pool only (pg's `types`
// option), never on pg's global parsers: importing the registry must not change another pool's results.
const INT8 = pg.types.builtins.INT8;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * Names of prepared statements, one per SQL text, shared by every connection of the process. A named
 * statement is parsed once per connection and its plan can be cached: parsing and planning had been
 * about a third of the server's work per list request (docs/decisions/2026-12-07-prepared-statements.md).
 * Texts are built from code (values always travel as parameters), so there are few; past
 * {@link MAX_NAMED} the rest go unnamed.
 */
const MAX_NAMED = 2000;
let names = new Map<string, string>();
let generation = 0;

function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `nb${generation}_${names.size.toString(36)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * A statement prepared before another process changed a table (a migration during a rolling upgrade)
 * fails with "cached plan must not change result type". Every name is then replaced by a new one, so
 * each connection prepares the statement afresh.
 */
function isStalePlan(error: unknown): boolean {
  return (
    (error as { code?: unknown } | null)?.code === '0A000' &&
    /cached plan must not change result type/.test((error as Error).message)
  );
}

function forgetNames(): void {
  generation++;
  names = new Map();
}

function wrap(target: pg.Pool | pg.PoolClient, prepared: boolean, retry: boolean): Queryable {
  const run = async (sql: string, params: readonly unknown[]) => {
    const name = prepared ? statementName(sql) : undefined;
    const values = params as unknown[];
    return name === undefined ? target.query(sql, values) : target.query({ name, text: sql, values });
  };
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        return (await run(sql, params)).rows as T[];
      } catch (error) {
        if (!prepared || !isStalePlan(error)) throw error;
        forgetNames();
        // Outside a transaction the statement can simply run again; inside one, the transaction is
        // already aborted and the caller's retry (a 500 is retryable) finds the new names.
        if (!retry) throw error;
        return (await run(sql, params)).rows as T[];
      }
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

/**
 * Opens a pool of connections to a PostgreSQL server. Several registry processes may share one server:
 * everything another process needs (idempotency, rate limits, tokens) lives in the database.
 *
 * A connection the server drops (restart, failover, idle timeout, `pg_terminate_backend`) is reported to
 * `onError` and replaced by the pool: the process keeps serving (pg would otherwise throw the error
 * as an unhandled `error` event and end the process).
 *
 * @example
 * ```ts
 * const db = await openPostgres('postgres://postgres@127.0.0.1:5432/postgres', console.error);
 * ```
 */
export async function openPostgres(
  url: string,
  onError: DatabaseErrorSink,
  options: { preparedStatements?: boolean } = {},
): Promise<Database> {
  const prepared = options.preparedStatements ?? true;
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  // Idle connections: the pool already discards the broken client; this only keeps the event handled.
  pool.on('error', (error) => onError(error));
  const root = wrap(pool, prepared, true);
  await root.query('select 1');
  return {
    engine: 'postgres',
    query: root.query,
    exec: root.exec,
    async transaction(fn) {
      // The connection is taken, and `begin` sent, at the transaction's first statement: a request's body
      // is read and validated inside its transaction, and must not hold one of the pool's few
      // connections meanwhile. A transaction that sends no statement costs no round trip.
      let client: pg.PoolClient | undefined;
      let opening: Promise<Queryable> | undefined;
      // A checked-out client has no listener of its own: a connection dropped between two statements
      // of this transaction must not end the process either. The failing statement rejects anyway.
      let broken = false;
      const onClientError = (error: Error) => {
        broken = true;
        onError(error);
      };
      const open = () =>
        (opening ??= (async () => {
          client = await pool.connect();
          client.on('error', onClientError);
          await client.query('begin');
          return wrap(client, prepared, false);
        })());
      const tx: Queryable = {
        query: async (sql, params) => (await open()).query(sql, params),
        exec: async (sql) => (await open()).exec(sql),
      };
      try {
        const result = await fn(tx);
        if (opening) {
          await opening;
          await client!.query('commit');
        }
        return result;
      } catch (error) {
        // A statement may still be opening the transaction (one not awaited by `fn`).
        if (opening) await opening.catch(() => undefined);
        if (client) {
          await client.query('rollback').catch(() => {
            broken = true;
          });
        }
        throw error;
      } finally {
        if (client) {
          client.removeListener('error', onClientError);
          // A broken connection is destroyed rather than returned to the pool.
          client.release(broken);
        }
      }
    },
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}
