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

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query(sql, params as unknown[]);
      return result.rows as T[];
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
export async function openPostgres(url: string, onError: DatabaseErrorSink): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  // Idle connections: the pool already discards the broken client; this only keeps the event handled.
  pool.on('error', (error) => onError(error));
  const root = wrap(pool);
  await root.query('select 1');
  return {
    engine: 'postgres',
    query: root.query,
    exec: root.exec,
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no listener of its own: a connection dropped between two statements
      // of this transaction must not end the process either. The failing statement rejects anyway.
      let broken = false;
      const onClientError = (error: Error) => {
        broken = true;
        onError(error);
      };
      client.on('error', onClientError);
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        client.removeListener('error', onClientError);
        // A broken connection is destroyed rather than returned to the pool.
        client.release(broken);
      }
    },
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}
