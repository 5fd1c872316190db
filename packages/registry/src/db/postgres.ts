import pg from 'pg';
import type { Database, Queryable } from './database.js';

// Counts and sequence values are bigint: return them as JS numbers like PGlite does (they stay far
// below 2^53 here), so that the same code reads both engines.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

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
 * @example
 * ```ts
 * const db = await openPostgres('postgres://postgres@127.0.0.1:5432/postgres');
 * ```
 */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const root = wrap(pool);
  await root.query('select 1');
  return {
    engine: 'postgres',
    query: root.query,
    exec: root.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
